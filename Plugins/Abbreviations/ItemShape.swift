import JieduCore

/// Whether the pieces of a mined definition are well-formed items: phrases that stand on their own,
/// not a clause's fragments. '两个根本性转变' after "一个基本适合我国国情、适应" is no definition: the
/// last piece is the verb that governs the formula, the first a measure phrase.
enum ItemShape {
  /// Characters an item does not start with: conjunctions and particles.
  static let badStarts: Set<Unicode.Scalar> = [
    "和", "与", "及", "并", "而", "但", "的", "或", "且", "之", "了", "着", "地", "得",
  ]
  /// Characters an item does not end with: particles, prepositions, conjunctions.
  static let badEnds: Set<Unicode.Scalar> = [
    "的", "和", "与", "及", "了", "着", "地", "得", "把", "被", "对", "在", "从", "向", "将", "或", "并",
    "而", "为", "是", "以", "于", "让", "使", "给",
  ]
  /// Verbs that, at the end of the last piece, govern the counted phrase rather than close an item
  /// (…适应两个根本性转变, …实现三个转变).
  static let governingVerbs: [[Unicode.Scalar]] = [
    "适应", "实现", "推进", "坚持", "落实", "贯彻", "实行", "实施", "推动", "促进", "深化", "抓住", "抓好",
    "做好", "围绕", "突出", "加强", "强化", "完成", "形成", "提出", "学习", "体现", "具有", "包括", "成为",
    "通过", "根据", "按照", "依照", "遵循", "把握", "树立", "增强", "发挥", "做到", "达到", "取得", "建立",
    "确立", "提高", "加快", "开展", "进行", "搞好", "解决", "处理", "面临", "存在", "出现", "经历", "具备",
  ].map { Array($0.unicodeScalars) }
  /// Verbs after 以 that make a purpose clause (以提高, 以促进).
  static let purposeVerbs: Set<Unicode.Scalar> = [
    "提", "促", "推", "实", "加", "确", "保", "达", "便", "求", "增", "适", "满",
  ]
  /// Punctuation that never stands inside an item.
  static let clausePunctuation: Set<Unicode.Scalar> = [
    "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?",
  ]

  /// Whether every item is well-formed; `unquoted` adds the rules for bare enumerations before a
  /// count (no measure phrase first, no governing verb last, lengths alike).
  static func areWellFormed(_ items: [String], unquoted: Bool) -> Bool {
    let scalars = items.map { Array($0.unicodeScalars) }
    for item in scalars {
      guard let first = item.first, let last = item.last else { return false }
      if badStarts.contains(first) || badEnds.contains(last) { return false }
      // 以提高…: "in order to", a purpose clause, not an item.
      if first == "以", item.count > 2, purposeVerbs.contains(item[1]) { return false }
      if item.contains(where: clausePunctuation.contains) { return false }
    }
    guard unquoted, let last = scalars.last else { return true }
    if governingVerbs.contains(where: {
      last.count >= $0.count && last.suffix($0.count).elementsEqual($0)
    }) {
      return false
    }
    if let first = scalars.first, first.count >= 3, ChineseNumerals.isNumeral(first[0]),
      FormulaShape.measureWords.contains(first[1])
    {
      return false
    }
    // A first piece much longer than every other still carries a preamble.
    if let first = scalars.first, let longestOther = scalars.dropFirst().map(\.count).max(),
      first.count > longestOther + 2
    {
      return false
    }
    let lengths = scalars.map(\.count)
    if let shortest = lengths.min(), let longest = lengths.max(), longest > 3 * shortest + 2 {
      return false
    }
    return true
  }
}
