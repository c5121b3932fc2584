/// Turns the pieces of an enumeration into formula items: trimmed, unquoted, with a verb that the
/// first item carries for all of them stripped (推动A、B、C → A, B, C).
enum EnumerationItems {
  /// Verbs and adverbs that lead an enumeration and govern all its items (folded).
  static let sharedLeads: [[Unicode.Scalar]] = [
    "推动", "促进", "确保", "实现", "坚持", "加强", "做到", "推进", "强化", "深化", "注重", "落实", "开展", "打造",
    "构建", "提升", "完善", "健全", "建立", "形成", "抓好", "做好", "突出", "聚焦", "着力", "切实", "大力", "积极",
    "不断", "持续", "深入", "扎实", "努力", "坚决", "进一步", "围绕", "依托", "包括", "涵盖", "重点", "全力",
    "加快", "集中", "建立起", "形成了", "实现了",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Prepositions that may open the clause of an enumeration followed by a count (在A、B两大园区).
  static let leadingPrepositions: Set<Unicode.Scalar> = [
    "在", "以", "将", "把", "对", "从", "由", "向", "与",
  ]

  /// Conjunctions that join the last item to the one before it (A、B和C), longest first.
  static let conjunctions: [[Unicode.Scalar]] = ["以及", "和", "及", "与", "或"].map {
    Array($0.unicodeScalars)
  }

  /// The pieces with the last one split at its last conjunction (A、B和C → A, B, C), when it has one
  /// outside quotation marks and both halves are non-empty.
  static func splittingLastConjunction(_ pieces: [Range<Int>], in block: ScannedBlock) -> [Range<
    Int
  >]? {
    guard let last = pieces.last, last.count >= 3 else { return nil }
    var i = last.upperBound - 2
    while i > last.lowerBound {
      if let open = block.closeToOpen[i] {
        i = open - 1
        continue
      }
      for conjunction in conjunctions
      where i + conjunction.count < last.upperBound
        && block.folded[i..<(i + conjunction.count)].elementsEqual(conjunction)
      {
        let before = block.trimmed(last.lowerBound..<i)
        let after = block.trimmed((i + conjunction.count)..<last.upperBound)
        guard !before.isEmpty, !after.isEmpty else { return nil }
        return pieces.dropLast() + [before, after]
      }
      i -= 1
    }
    return nil
  }

  /// Words after which the items of an enumeration start, when the first piece carries a preamble
  /// (鹭江出版社拥有厦门、福州、北京三个办公地点), longest first.
  static let introducers: [[Unicode.Scalar]] = [
    "分别是", "分别为", "包括", "包含", "拥有", "共有", "分为", "称", "辖", "有", "是", "为", "如",
  ].map { Array($0.unicodeScalars) }

  /// Words after which a bare enumeration's items start whatever the length of the first piece:
  /// verbs and adverbs that take the enumeration as their object (利用国际、国内两种资源,
  /// 使党、政、工三个方面, 先后经历了护法运动、…四大历史事件), longest first.
  static let leadVerbs: [[Unicode.Scalar]] = [
    "仅次于", "归口到", "认为", "利用", "其中", "分别", "经过", "经历", "分为", "登上", "了", "指", "使", "到",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// The first piece cut after the last lead verb it holds (keeping at least one scalar).
  static func cuttingLeadVerb(_ pieces: [Range<Int>], in block: ScannedBlock) -> [Range<Int>] {
    guard let first = pieces.first, pieces.count > 1 else { return pieces }
    var i = first.upperBound - 2
    while i >= first.lowerBound {
      for verb in leadVerbs
      where i + verb.count < first.upperBound
        && block.folded[i..<(i + verb.count)].elementsEqual(verb)
      {
        return [block.trimmed((i + verb.count)..<first.upperBound)] + pieces.dropFirst()
      }
      i -= 1
    }
    return pieces
  }

  /// The first piece cut after its last introducer, when it is much longer than the other pieces.
  static func cuttingPreamble(_ pieces: [Range<Int>], in block: ScannedBlock) -> [Range<Int>] {
    guard let first = pieces.first, pieces.count > 1 else { return pieces }
    let longestOther = pieces.dropFirst().map(\.count).max() ?? 0
    guard first.count > longestOther + 2 else { return pieces }
    var i = first.upperBound - 2
    while i > first.lowerBound {
      for introducer in introducers
      where i + introducer.count < first.upperBound
        && block.folded[i..<(i + introducer.count)].elementsEqual(introducer)
      {
        return [block.trimmed((i + introducer.count)..<first.upperBound)] + pieces.dropFirst()
      }
      i -= 1
    }
    return pieces
  }

  /// The items of the pieces (ranges of `block`), or nil when a piece is empty.
  static func items(
    _ pieces: [Range<Int>], in block: ScannedBlock, stripPrepositions: Bool = false
  ) -> [String]? {
    var ranges = pieces.map { block.trimmed($0) }
    guard !ranges.isEmpty, ranges.allSatisfy({ !$0.isEmpty }) else { return nil }
    for _ in 0..<2 {
      guard let lead = sharedLead(of: ranges, in: block) else { break }
      ranges[0] = block.trimmed((ranges[0].lowerBound + lead)..<ranges[0].upperBound)
    }
    if stripPrepositions, ranges[0].count > 2,
      leadingPrepositions.contains(block.folded[ranges[0].lowerBound])
    {
      ranges[0] = (ranges[0].lowerBound + 1)..<ranges[0].upperBound
    }
    return ranges.map { block.text($0) }
  }

  /// Length of a verb that starts the first piece and no other, leaving at least two scalars.
  private static func sharedLead(of ranges: [Range<Int>], in block: ScannedBlock) -> Int? {
    let first = block.folded[ranges[0]]
    for lead in sharedLeads where first.count >= lead.count + 2 && first.starts(with: lead) {
      let othersHaveIt = ranges.dropFirst().contains { block.folded[$0].starts(with: lead) }
      return othersHaveIt ? nil : lead.count
    }
    return nil
  }
}
