import JieduCore

/// Finds definitions the text states: “三进入”即…, 三会一课是指…, “两学一做”包括…
///
/// The term is the quoted text (or the numeral-led run) right before the keyword; the definition runs
/// to the end of the sentence, or to the closing quotation mark around it. Its items are the clause
/// whose 、-separated pieces match the announced count, else the pieces of the first ；-segment split
/// on 、 and ，, else its ；-segments.
enum StatedDefinitionFinder {
  /// Keywords that introduce a definition, longest first (folded).
  static let keywords: [[Unicode.Scalar]] = [
    "指的是", "分别是", "分别为", "是指", "就是", "包括", "包含", "即",
  ].map { Array($0.unicodeScalars) }

  /// The first characters of `keywords`.
  private static let keywordStarts = Set(keywords.compactMap(\.first))

  /// Characters after 即 that make it a different word (即将, 即使, 即可…).
  static let notDefiningAfterJi: Set<Unicode.Scalar> = ["将", "使", "便", "时", "刻", "可", "日", "位"]
  private static let betweenTermAndKeyword: Set<Unicode.Scalar> = [
    "，", ",", "：", ":", " ", "\u{3000}",
  ]
  private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n"]
  private static let segmentSeparators: Set<Unicode.Scalar> = ["；", ";"]
  private static let clauseSeparators: Set<Unicode.Scalar> = ["，", ",", "：", ":"]
  private static let itemSeparators: Set<Unicode.Scalar> = ["、"]

  /// Every stated definition in the block, in order.
  static func definitions(in block: ScannedBlock) -> [DocumentDefinition] {
    var result: [DocumentDefinition] = []
    var i = 0
    while i < block.folded.count {
      guard let keyword = keyword(at: i, in: block) else {
        i += 1
        continue
      }
      defer { i += keyword.count }
      guard let term = term(before: i, in: block) else { continue }
      var bodyStart = i + keyword.count
      if keyword == ["即"], bodyStart < block.folded.count,
        ["为", "是"].contains(block.folded[bodyStart])
      {
        bodyStart += 1
      }
      // 就是指, 即指: the 指 belongs to the keyword.
      if bodyStart < block.folded.count, block.folded[bodyStart] == "指", keyword.last != "指" {
        bodyStart += 1
      }
      guard let body = bodyRange(from: bodyStart, in: block),
        let announced = ChineseNumerals.expectedCount(of: Array(block.folded[term])),
        let items = items(in: body, announced: announced, block: block)
      else { continue }
      let quoted = term.lowerBound > 0 && block.openToClose[term.lowerBound - 1] != nil
      guard ItemShape.areWellFormed(items, unquoted: false) else { continue }
      result.append(
        DocumentDefinition(
          term: block.foldedText(term), surface: block.text(term), items: items,
          announced: announced,
          block: block.id, range: term, form: .stated, quoted: quoted))
    }
    return result
  }

  private static func keyword(at i: Int, in block: ScannedBlock) -> [Unicode.Scalar]? {
    // Asked at every character: most open no keyword, told by their first scalar alone.
    guard keywordStarts.contains(block.folded[i]) else { return nil }
    let rest = block.folded[i...]
    guard let keyword = keywords.first(where: { rest.starts(with: $0) }) else { return nil }
    if keyword == ["即"], i + 1 < block.folded.count,
      notDefiningAfterJi.contains(block.folded[i + 1])
    {
      return nil
    }
    return keyword
  }

  /// The formula right before a keyword: quoted, or a numeral-led run of Han characters.
  static func term(before keyword: Int, in block: ScannedBlock) -> Range<Int>? {
    var end = keyword
    while end > 0, keyword - end < 2, betweenTermAndKeyword.contains(block.scalars[end - 1]) {
      end -= 1
    }
    guard end > 0 else { return nil }
    if let open = block.closeToOpen[end - 1] {
      let quoted = block.trimmed((open + 1)..<(end - 1))
      guard let first = quoted.first, !block.inOrdinalName[first] else { return nil }
      return FormulaShape.isTerm(block.folded[quoted]) ? quoted : nil
    }
    var start = end
    while start > 0, end - start < FormulaShape.maximumLength + 4, block.folded[start - 1].isHan {
      start -= 1
    }
    for p in start..<end
    where ChineseNumerals.isLeading(block.folded[p]) && block.allowsFormulaStart(at: p)
      && !block.inOrdinalName[p]
    {
      return FormulaShape.isBareTerm(block.folded[p..<end]) ? p..<end : nil
    }
    return nil
  }

  /// Longest definition body, in scalars; a sentence that runs on longer defines nothing (and is not
  /// scanned to its end for every keyword, which made long unpunctuated blocks quadratic).
  static let maximumBodyLength = 600

  /// From `start` to the end of the sentence or of the quotation the definition stands in; nil when
  /// that is further than `maximumBodyLength`.
  private static func bodyRange(from start: Int, in block: ScannedBlock) -> Range<Int>? {
    var i = start
    while i < block.scalars.count, betweenTermAndKeyword.contains(block.scalars[i]) { i += 1 }
    let bodyStart = i
    while i < block.scalars.count {
      if i - bodyStart > maximumBodyLength { return nil }
      if let close = block.openToClose[i] {
        i = close + 1
        continue
      }
      if sentenceEnds.contains(block.scalars[i]) { break }
      if segmentSeparators.contains(block.scalars[i]), startsDefinition(at: i + 1, in: block) {
        break
      }
      if let open = block.closeToOpen[i], open < bodyStart { break }
      i += 1
    }
    return bodyStart..<i
  }

  /// Whether another definition (“三同步”即…) starts at or just after `position`.
  private static func startsDefinition(at position: Int, in block: ScannedBlock) -> Bool {
    let limit = min(block.folded.count, position + FormulaShape.maximumLength + 4)
    guard position < limit else { return false }
    for k in position..<limit where keyword(at: k, in: block) != nil {
      if let term = term(before: k, in: block), term.lowerBound <= position + 2 { return true }
    }
    return false
  }

  /// The items of a definition body; when none fit the count, the most plausible pieces (so the
  /// caller can report the mismatch); nil when the body holds no enumeration at all.
  private static func items(in body: Range<Int>, announced: Int, block: ScannedBlock) -> [String]? {
    guard !body.isEmpty, announced > 1 else { return nil }
    let segments = block.split(body, on: segmentSeparators)
    let first = segments[0]
    let clauses = block.split(first, on: clauseSeparators)
    let enumerations = clauses.map { block.split($0, on: itemSeparators) }
    let allPieces = block.split(first, on: itemSeparators.union(clauseSeparators))
    let candidates = enumerations + [allPieces, segments]
    if let exact = candidates.first(where: { $0.count == announced }) {
      return EnumerationItems.items(exact, in: block)
    }
    for pieces in candidates where pieces.count > 1 && pieces.count == announced - 1 {
      if let split = EnumerationItems.splittingLastConjunction(pieces, in: block) {
        return EnumerationItems.items(split, in: block)
      }
    }
    guard allPieces.count > 1 else { return nil }
    let longest = enumerations.max { $0.count < $1.count } ?? []
    return EnumerationItems.items(longest.count > 1 ? longest : allPieces, in: block)
  }

}
