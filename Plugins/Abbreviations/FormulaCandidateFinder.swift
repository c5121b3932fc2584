import JieduCore

/// Finds numeral-led formulas by their shape, whether or not anything explains them: quoted ones
/// (“五个基本”, “三进入、三同步、三联动”) and the usual unquoted shapes — 四个一, 三会一课 (numeral,
/// character, numeral, character), 四个意识 (numeral 个 and an abstract noun), 三张清单.
///
/// Counts such as 28条68项 or 6+5 (Arabic digits), ordinals (第十四个五年) and names built from them
/// (十九大, 十四五), quantities (三年), enumerators (一是…三是一些), numeral idioms (四面八方, 两肋插刀:
/// CC-CEDICT's "(idiom)") and ordinary compounds (四边形, 二重唱, 双方一致) are not formulas.
enum FormulaCandidateFinder {
  /// Nouns that make 「numeral 个 noun」 a formula (四个意识, 两个维护, 五个基本), folded.
  static let abstractNouns: Set<String> = [
    "意识", "自信", "维护", "确立", "基本", "全面", "坚持", "必须", "务必", "统筹", "代表", "服务", "没有", "结合",
    "转变", "覆盖", "表率", "带头", "示范", "到位", "融合", "优先", "不准", "严禁", "禁止", "率先", "聚焦", "着力",
    "围绕", "提升", "强化", "推进", "加强", "落实", "作为", "担当", "敢于", "善于", "面向", "对标", "看齐", "用好",
  ]

  /// Last characters that make 「numeral 张/项 noun」 a formula (三张清单, 一张网, 两张表).
  static let listNouns: Set<Unicode.Scalar> = ["单", "网", "表", "卡", "账"]

  /// Characters that make 「numeral X numeral Y」 a quantity, a range or a sum (一座三层, 三到六层,
  /// 一又四分, 三加四), not a formula.
  static let quantityJoiners: Set<Unicode.Scalar> = [
    "又", "至", "到", "或", "比", "分", "点", "加", "减", "乘", "除", "等", "个", "位", "座", "层", "间", "届", "条",
    "张", "次", "名", "户", "家", "所", "种", "类", "级", "年", "月", "日", "天", "岁", "倍", "成", "元", "米", "里",
    "亩", "斤", "本", "件", "只", "台", "辆", "片", "块", "根", "颗", "对", "套", "批", "组", "队", "楼", "号", "车",
    "胎", "流", "代", "世", "科", "楹", "角", "群", "几", "厂", "矿", "连", "营", "团", "班", "排", "室",
  ]

  /// Numeral idioms with the formula shape that are not formulas.
  static let idioms: Set<String> = [
    "三心二意", "四面八方", "五湖四海", "七上八下", "三番五次", "三令五申", "四平八稳", "五花八门", "九牛一毛",
    "一石二鸟", "一举两得", "一箭双雕", "三头六臂", "七嘴八舌", "七手八脚", "千方百计", "千军万马", "千山万水",
    "千丝万缕", "千变万化", "千家万户", "千辛万苦", "千言万语", "千秋万代", "万无一失", "百战百胜", "百发百中",
    "十全十美", "一干二净", "一清二楚", "五颜六色", "七零八落", "一本万利", "一日千里", "一落千丈", "一字千金",
    "一刻千金", "一目十行", "一呼百应", "一了百了", "三长两短", "三言两语", "三天两头", "三年五载", "一波三折",
    "一唱三叹", "四通八达", "四分五裂", "五光十色", "九死一生", "十拿九稳", "十有八九", "一心二用", "百里挑一",
    "千姿百态", "千差万别", "千真万确", "万众一心", "千篇一律", "一分为二", "两面三刀", "三五成群", "百花齐放",
    "一言九鼎", "三教九流", "十里八乡", "七纵八横", "一举四得", "五子登科", "三坊七巷", "五代十国", "一清二白",
    "三战三败", "三回三出", "七级八面", "五斗米道", "两肋插刀", "四乡八镇", "一箭双星", "一箭多星", "三三两两",
    "一五一十", "说一不二", "独一无二", "接二连三", "一穷二白", "三从四德", "四书五经", "五脏六腑", "六神无主",
    "八仙过海", "九九归一", "十万火急", "一针见血", "三顾茅庐", "一丝不苟", "一模一样", "两全其美",
  ]

  /// Numeral pairs of 「numeral X numeral Y」 idioms (四面八方, 四乡八镇, 七上八下, 三年五载, 千山万水):
  /// the pair is a figure of speech, not a count.
  static let idiomaticPairs: Set<[Unicode.Scalar]> = [
    ["四", "八"], ["七", "八"], ["三", "五"], ["千", "万"], ["百", "千"], ["千", "百"], ["万", "千"],
    ["十", "九"], ["九", "一"], ["一", "万"], ["一", "千"], ["一", "百"], ["五", "十"], ["五", "六"],
    ["三", "两"], ["三", "四"], ["七", "上"],
  ]

  /// Conjunctions and particles that make a quoted numeral phrase a clause (三小步并作一大步).
  static let clauseJoiners: Set<Unicode.Scalar> = [
    "并", "而", "和", "与", "及", "或", "的", "把", "被", "将",
  ]

  /// Words that follow an enumerator's numeral (一是, 二要, 三为) or join a clause; after a numeral
  /// they make no 「numeral X numeral Y」 formula (三是一些…).
  static let functionWords: Set<Unicode.Scalar> = [
    "是", "为", "要", "在", "有", "的", "和", "与", "把", "被", "对", "让", "使", "就", "才", "也", "都",
    "又", "还", "即", "则", "或", "来", "去", "过", "了", "着", "而", "并", "但", "以", "于", "向", "从",
    "已", "再", "不", "没", "没", "能", "会", "可", "将", "所",
  ]

  /// Ranges of formula-shaped text in the block, in order, not overlapping.
  static func candidates(
    in block: ScannedBlock, words: OrdinaryWords = OrdinaryWords(dictionary: nil)
  )
    -> [Range<Int>]
  {
    var found = quoted(in: block, words: words)
    found += shaped(in: block, words: words)
    found.sort {
      $0.lowerBound < $1.lowerBound || ($0.lowerBound == $1.lowerBound && $0.count > $1.count)
    }
    var result: [Range<Int>] = []
    for range in found where result.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
      result.append(range)
    }
    return result
  }

  /// Quoted formulas, or quoted lists made only of formulas (“三进入、三同步、三联动”).
  static func quoted(in block: ScannedBlock, words: OrdinaryWords) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for (open, close) in block.openToClose {
      let content = block.trimmed((open + 1)..<close)
      let pieces = block.split(content, on: ["、", "，", ","])
      let shaped = pieces.filter {
        FormulaShape.isTerm(block.folded[$0]) && !block.inOrdinalName[$0.lowerBound]
      }
      if pieces.count > 1 {
        if shaped.count == pieces.count { result += pieces }
      } else if let only = shaped.first, only.count >= 3, !isNoFormula(only, in: block, words) {
        result.append(only)
      }
    }
    return result
  }

  /// Unquoted formulas of the usual shapes.
  static func shaped(in block: ScannedBlock, words: OrdinaryWords) -> [Range<Int>] {
    let f = block.folded
    var result: [Range<Int>] = []
    var i = 0
    while i < f.count {
      guard let m = block.numeralRunEnd(startingAt: i) else {
        i += 1
        continue
      }
      if let end = shapeEnd(numeralStart: i, numeralEnd: m, in: block, words: words),
        FormulaShape.isTerm(f[i..<end]),
        !isNoFormula(i..<end, in: block, words)
      {
        result.append(i..<end)
        i = end
      } else {
        i = m
      }
    }
    return result
  }

  private static func shapeEnd(
    numeralStart i: Int, numeralEnd m: Int, in block: ScannedBlock, words: OrdinaryWords
  ) -> Int? {
    let f = block.folded
    func han(_ k: Int) -> Bool { k < f.count && f[k].isHan && !ChineseNumerals.isNumeral(f[k]) }
    func numeral(_ k: Int) -> Bool { k < f.count && ChineseNumerals.isNumeral(f[k]) }
    guard m < f.count else { return nil }
    // 四个一, 五个一
    if f[m] == "个", m + 1 < f.count, f[m + 1] == "一", !numeral(m + 2) {
      if m + 2 < f.count, FormulaShape.quantityWords.contains(f[m + 2]) { return nil }
      return m + 2
    }
    // 三会一课, 两学一做, 三严三实, 一岗双责 (not 一X一Y: 一企一策 is "one per", not a count)
    if m == i + 1, han(m), !quantityJoiners.contains(f[m]), numeral(m + 1),
      ChineseNumerals.isLeading(f[m + 1]), han(m + 2), !quantityJoiners.contains(f[m + 2]),
      !numeral(m + 3)
    {
      if f[i] == "一" && f[m + 1] == "一" { return nil }
      if functionWords.contains(f[m]) || functionWords.contains(f[m + 2]) { return nil }
      if idiomaticPairs.contains([f[i], f[m + 1]]) { return nil }
      // 双方一致, 一路两旁: the first half is an ordinary word, not a numeral and its noun.
      if words.isIdiomOrOrdinary(block.foldedText(i..<(m + 1))) { return nil }
      return m + 3
    }
    // 四个意识, 两个维护, 五个基本
    if f[m] == "个", han(m + 1), han(m + 2) {
      return abstractNouns.contains(block.foldedText((m + 1)..<(m + 3))) ? m + 3 : nil
    }
    // 三张清单, 两张表
    if f[m] == "张" || f[m] == "项" {
      if han(m + 1), listNouns.contains(f[m + 1]) { return m + 2 }
      if han(m + 1), han(m + 2), listNouns.contains(f[m + 2]) { return m + 3 }
    }
    return nil
  }

  /// Whether a formula-shaped range is an idiom or an ordinary word: in the built-in list, or in
  /// CC-CEDICT as an idiom or a compound that names nothing political.
  static func isNoFormula(_ range: Range<Int>, in block: ScannedBlock, _ words: OrdinaryWords)
    -> Bool
  {
    let text = block.foldedText(range)
    if idioms.contains(text) || words.isIdiomOrOrdinary(text) { return true }
    let f = block.folded
    // 一帮一, 一拖二, 一对一: a relation between two numbers, not a count of items.
    if range.count == 3, ChineseNumerals.isNumeral(f[range.lowerBound + 2]),
      f[range.lowerBound + 1] != "个"
    {
      return true
    }
    // 两头受气, 四季常红, 两栖专家: the numeral belongs to an ordinary word (两头 "both ends").
    let runs = ChineseNumerals.runs(in: Array(f[range]))
    if runs.count == 1, let run = runs.first, run.range.lowerBound == 0,
      range.lowerBound + run.range.upperBound < range.upperBound,
      words.isIdiomOrOrdinary(
        block.foldedText(range.lowerBound..<(range.lowerBound + run.range.upperBound + 1)))
    {
      return true
    }
    // 三小步并作一大步: a conjunction or particle inside makes a clause, not a name.
    if f[range].dropFirst().contains(where: clauseJoiners.contains) { return true }
    // 两个大块头: 个 and an ordinary word of three characters or more (not 两个基本点, an abbreviation).
    if let run = runs.first, run.range.lowerBound == 0,
      range.lowerBound + run.range.upperBound < range.upperBound,
      f[range.lowerBound + run.range.upperBound] == "个",
      range.upperBound - (range.lowerBound + run.range.upperBound + 1) >= 3,
      words.isIdiomOrOrdinary(
        block.foldedText((range.lowerBound + run.range.upperBound + 1)..<range.upperBound))
    {
      return true
    }
    // 三把火 in 新官上任三把火: the end of an idiom that starts a little before.
    for back in 1...4 where range.lowerBound >= back {
      if words.isIdiom(block.foldedText((range.lowerBound - back)..<range.upperBound)) {
        return true
      }
    }
    return false
  }
}
