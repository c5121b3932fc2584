import JieduCore

/// Finds enumerations followed by their count: 吴淞创新城、南大智慧城、大学科技园三大功能平台, or
/// “街镇（管委会）—园区—企业”三级联动体系.
///
/// The term is the numeral, a measure word (大, 个, 项, 级…) and a short noun ending in a known head
/// (平台, 体系, 工程…); the items are the 、-separated pieces of the clause just before it, or the
/// pieces of the quotation just before it split on 、 or dashes.
enum EnumeratedDefinitionFinder {
  /// Measure words between the numeral and the noun.
  static let measureWords: Set<Unicode.Scalar> = [
    "大", "个", "项", "类", "种", "级", "条", "张", "座", "所", "家", "层", "支", "方", "件", "批",
    "组", "部", "间",
  ]

  /// Characters that end the counted noun's window (三大功能平台加速 stops nowhere; 两位太子的攒园
  /// stops at 的).
  static let windowStops: Set<Unicode.Scalar> = [
    "的", "之", "是", "和", "与", "及", "在", "等", "了", "中", "为", "于", "被", "把", "将", "向", "对", "从",
  ]

  /// Longest item accepted, in scalars.
  static let maximumItemLength = 16

  /// Nouns that end a counted term (folded), longest first.
  static let heads: [[Unicode.Scalar]] = [
    "攻坚战", "平台", "体系", "机制", "工程", "行动", "工作", "任务", "清单", "功能", "制度", "原则", "要求", "目标",
    "作用", "能力", "领域", "区域", "中心", "基地", "片区", "板块", "产业", "环节", "方面", "模式", "举措", "措施",
    "战略", "理念", "问题", "成果", "效应", "项目", "园区", "城区", "新城", "载体", "阵地", "主体", "层级", "联动",
    "格局", "品牌", "行业", "集群", "计划", "战役", "难题", "短板", "优势", "特色", "类型", "重点", "主线", "会议",
    "组织", "队伍", "群体", "网络", "服务", "课堂", "地点", "地区", "城市", "单位", "部门", "渠道", "途径",
    "系统", "环境", "体制", "支柱", "方向", "主题", "专题", "活动", "责任", "关系", "职能", "基础", "保障", "片", "区", "圈",
    "带", "链", "城", "园", "事件", "情况", "观点", "方针", "语言",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Longest clause searched back for an enumeration, in scalars: twenty items of the longest length
  /// and a preamble.
  static let maximumClauseLength = 20 * (maximumItemLength + 1) + 60

  /// How far after the measure word the noun may end.
  static let headWindow = 6

  private static let clauseBreaks: Set<Unicode.Scalar> = [
    "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?", "\n",
  ]
  private static let quotedItemSeparators: Set<Unicode.Scalar> = [
    "、", "，", "—", "―", "－", "/", "／",
  ]

  /// Every enumeration with a count in the block whose items match the count, in order.
  static func definitions(in block: ScannedBlock) -> [DocumentDefinition] {
    var result: [DocumentDefinition] = []
    let f = block.folded
    var i = 1
    while i < f.count {
      guard let m = block.numeralRunEnd(startingAt: i) else {
        i += 1
        continue
      }
      let announced = ChineseNumerals.value(of: f[i..<m])
      guard announced >= 2, announced <= 20, m < f.count, measureWords.contains(f[m]),
        let end = termEnd(after: m + 1, in: block),
        let pieces = enumeration(endingAt: i, in: block),
        let fitted = fit(pieces.ranges, to: announced, in: block),
        let items = EnumerationItems.items(fitted, in: block, stripPrepositions: !pieces.quoted),
        items.allSatisfy({ $0.unicodeScalars.count <= maximumItemLength }),
        ItemShape.areWellFormed(items, unquoted: !pieces.quoted)
      else {
        i = m
        continue
      }
      let term = i..<end
      result.append(
        DocumentDefinition(
          term: block.foldedText(term), surface: block.text(term), items: items,
          announced: announced, block: block.id, range: term, form: .enumerated))
      i = end
    }
    return result
  }

  /// The pieces made to fit the count: a preamble cut from the first (…拥有厦门), a copula cut from
  /// the last (…白仁甫为四大家), the last split at 和 when one item is missing. Nil when they do not
  /// fit: an enumeration whose count disagrees is more likely misread than miscounted, so it is
  /// silently not a definition.
  private static func fit(_ pieces: [Range<Int>], to announced: Int, in block: ScannedBlock)
    -> [Range<Int>]?
  {
    var ranges = EnumerationItems.cuttingLeadVerb(
      EnumerationItems.cuttingPreamble(pieces, in: block), in: block)
    if let last = ranges.last, last.count > 2,
      ["为", "是"].contains(block.folded[last.upperBound - 1])
    {
      ranges[ranges.count - 1] = last.lowerBound..<(last.upperBound - 1)
    }
    if ranges.count == announced { return ranges }
    if ranges.count == announced - 1 {
      return EnumerationItems.splittingLastConjunction(ranges, in: block)
    }
    return nil
  }

  /// End of the counted noun: the longest run after the measure word that ends in a head noun;
  /// otherwise two Han characters; nil when no Han character follows.
  static func termEnd(after start: Int, in block: ScannedBlock) -> Int? {
    let f = block.folded
    var limit = start
    while limit < f.count, limit - start < headWindow, f[limit].isHan,
      !windowStops.contains(f[limit])
    {
      limit += 1
    }
    guard limit > start else { return nil }
    var best: Int?
    for end in (start + 1)...limit {
      if heads.contains(where: {
        end - $0.count >= start && f[(end - $0.count)..<end].elementsEqual($0)
      }) {
        best = end
      }
    }
    if let best { return best }
    let tokenEnd = ((start + 2)...max(start + 2, limit)).first {
      block.tokenEnds.contains($0) && $0 <= limit
    }
    return tokenEnd ?? min(limit, start + 2)
  }

  /// The pieces of the enumeration that ends right before `index`: a quotation's content, or the
  /// clause's 、-separated pieces. Nil when nothing enumerative stands there or the list ends in 等.
  private static func enumeration(endingAt index: Int, in block: ScannedBlock) -> (
    ranges: [Range<Int>], quoted: Bool
  )? {
    let previous = index - 1
    if let open = block.closeToOpen[previous] {
      let content = block.trimmed((open + 1)..<previous)
      let pieces = block.split(content, on: quotedItemSeparators)
      return pieces.count > 1 ? (pieces, true) : nil
    }
    guard
      block.folded[previous].isHan || block.scalars[previous] == "）"
        || block.scalars[previous] == ")"
    else {
      return nil
    }
    var start = previous
    while start > 0 {
      // A clause longer than any enumeration: nothing to find, and no scan back to the block's
      // start for every numeral (which made long unpunctuated blocks quadratic).
      if index - start > maximumClauseLength { return nil }
      let s = block.scalars[start - 1]
      if let open = block.closeToOpen[start - 1] {
        start = open
        continue
      }
      if clauseBreaks.contains(s) || ScannedBlock.quotePairs[s] != nil { break }
      start -= 1
    }
    let pieces = block.split(start..<index, on: ["、"])
    guard pieces.count > 1, let last = pieces.last, !last.isEmpty,
      block.folded[last.upperBound - 1] != "等"
    else {
      return nil
    }
    return (pieces, false)
  }
}
