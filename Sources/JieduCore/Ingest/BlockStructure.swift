/// Finds the article's structure in normalised text: kicker, title, byline, headings, paragraphs,
/// captions and notes; rejoins paragraphs that page layout broke in two.
enum BlockStructure {
  /// A non-empty line with the blank lines around it.
  struct Line {
    var text: String
    var scalars: [Unicode.Scalar]
    var blankBefore: Int
    var blankAfter: Int
  }

  /// Scalars that end a sentence or a paragraph.
  static let terminal: ScalarSet = [
    "。", "！", "？", "；", "：", "…", ".", "!", "?", ";", ":",
  ]
  /// Closing quotes and brackets that may follow a terminal.
  static let closers: ScalarSet = [
    "”", "’", "」", "』", "）", ")", "》", "〉", "】", "\"", "'", "〕",
  ]
  /// Markers that start a byline.
  static let bylineMarks: ScalarSet = ["■", "●", "▲", "◆", "□", "◎", "★"]

  /// Splits text into typed blocks (without sentences). Returns blocks and repair diagnostics.
  static func blocks(in text: String) -> (blocks: [Block], diagnostics: [Diagnostic]) {
    let lines = nonEmptyLines(text)
    var kinds = lines.map { classify($0) }
    classifyOpening(lines, &kinds)
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    var i = 0
    while i < lines.count {
      var text = lines[i].text
      var kind = kinds[i]
      // Rejoin a paragraph broken by page layout: it ends mid-sentence and the next line is body text.
      while kind == .paragraph, i + 1 < lines.count,
        kinds[i + 1] == .paragraph || kinds[i + 1] == .heading,
        endsMidSentence(text), startsLikeContinuation(lines[i + 1])
      {
        text += lines[i + 1].text
        i += 1
        diagnostics.append(
          Diagnostic(
            level: .info, stage: "ingest", block: blocks.count,
            message:
              "rejoined a paragraph broken by page layout before '\(String(lines[i].text.prefix(8)))…'"
          ))
        kind = .paragraph
      }
      blocks.append(Block(id: blocks.count, kind: kind, text: text))
      i += 1
    }
    return (blocks, diagnostics)
  }

  static func nonEmptyLines(_ text: String) -> [Line] {
    var lines: [Line] = []
    var blank = 0
    // Split on LF scalars: a line feed is a grapheme of its own, so this is the split by
    // Characters, without breaking the whole text into graphemes.
    let all = text.scalarArray
    var start = 0
    while start <= all.count {
      var end = start
      while end < all.count, all[end] != "\n" { end += 1 }
      defer { start = end + 1 }
      var lo = start
      var hi = end
      while lo < hi, all[lo].isSpaceLike || all[lo] == "\u{FEFF}" { lo += 1 }
      while hi > lo, all[hi - 1].isSpaceLike { hi -= 1 }
      if lo == hi {
        blank += 1
        continue
      }
      if !lines.isEmpty { lines[lines.count - 1].blankAfter = blank }
      let trimmed = Array(all[lo..<hi])
      lines.append(
        Line(
          text: ScalarString.make(trimmed[...]), scalars: trimmed,
          blankBefore: lines.isEmpty ? 99 : blank, blankAfter: 0))
      blank = 0
    }
    if !lines.isEmpty { lines[lines.count - 1].blankAfter = 99 }
    return lines
  }

  static func lastMeaningful(_ s: [Unicode.Scalar]) -> Unicode.Scalar? {
    var i = s.count - 1
    while i >= 0, closers.contains(s[i]) { i -= 1 }
    return i >= 0 ? s[i] : nil
  }

  static func endsMidSentence(_ text: String) -> Bool {
    let s = text.scalarArray
    guard let last = s.last else { return false }
    if terminal.contains(last) { return false }
    if closers.contains(last), let m = lastMeaningful(s), terminal.contains(m) { return false }
    return true
  }

  static func startsLikeContinuation(_ line: Line) -> Bool {
    // A follower that is itself a short heading-like line is not a continuation unless the break is
    // inside a word (the previous line ended in a Han character or an open quote/comma).
    line.blankBefore <= 1
  }

  static func sentenceTerminalCount(_ s: [Unicode.Scalar]) -> Int {
    // Compared as scalars: searching a string's scalars decoded it again for every character.
    var count = 0
    for scalar in s where scalar == "。" || scalar == "！" || scalar == "？" { count += 1 }
    return count
  }

  static func classify(_ line: Line) -> BlockKind {
    let s = line.scalars
    guard let first = s.first, let last = s.last else { return .paragraph }
    if bylineMarks.contains(first) { return .byline }
    // A letter's salutation (陈耀朋友：) and a date line ((2024年5月12日)) are body text.
    // So is a letter's closing (祝, 此致): a line of one or two characters.
    if isSalutation(s) || isDateLine(s) || s.count <= 2 { return .paragraph }
    if (first == "（" || first == "(" || first == "【" || first == "[")
      && (last == "）" || last == ")" || last == "】" || last == "]")
      && s.count <= 40
    {
      return .note
    }
    let terminals = sentenceTerminalCount(s)
    let hasComma = s.contains("，") || s.contains("、")
    // Captions stand alone between photo gaps: two or more blank lines before (or after) them.
    let gapBefore = line.blankBefore >= 2 && line.blankBefore != 99
    let gapAfter = line.blankAfter >= 2 && line.blankAfter != 99
    if s.count <= 60, terminals <= 1, gapBefore || gapAfter, !hasComma || s.count <= 30 {
      return .caption
    }
    if s.count <= 40, terminals == 0, !terminal.contains(last), !hasComma || s.count <= 20,
      !s.contains("，")
    {
      return .heading
    }
    return .paragraph
  }

  /// A letter's salutation: a short line ending in a colon (陈耀朋友：, 各位同事:).
  static func isSalutation(_ s: [Unicode.Scalar]) -> Bool {
    guard let last = s.last, last == "：" || last == ":" else { return false }
    return s.count <= 20 && sentenceTerminalCount(s) == 0 && !s.contains("，")
  }

  /// A line that is only a date, perhaps in brackets: 2024年5月12日, （二〇二四年五月十二日）.
  static func isDateLine(_ s: [Unicode.Scalar]) -> Bool {
    // Counted in one pass over the line, with no filtered copy (asked of every line).
    var count = 0
    var hasUnit = false
    var hasDigit = false
    for scalar in s where !dateBrackets.contains(scalar) {
      count += 1
      guard count <= 16 else { return false }
      if dateDigits.contains(scalar) {
        hasDigit = true
      } else if dateUnits.contains(scalar) {
        if scalar == "年" || scalar == "月" { hasUnit = true }
      } else {
        return false
      }
    }
    return count >= 4 && hasUnit && hasDigit
  }

  /// What a date line may be wrapped in, and what it is written with.
  static let dateBrackets: ScalarSet = ["（", "）", "(", ")", "【", "】", "[", "]", " ", "\u{3000}"]
  static let dateDigits = ScalarSet("0123456789０１２３４５６７８９〇零一二三四五六七八九十".unicodeScalars)
  static let dateUnits: ScalarSet = ["年", "月", "日", "号", "-", "/", ".", "."]

  /// The lines before the first body paragraph: a short label (kicker), the title, a byline.
  static func classifyOpening(_ lines: [Line], _ kinds: inout [BlockKind]) {
    var titleCandidates: [Int] = []
    for (i, line) in lines.enumerated() {
      if kinds[i] == .byline || kinds[i] == .note { continue }
      let s = line.scalars
      if isSalutation(s) { break }
      let titleLike = s.count <= 60 && sentenceTerminalCount(s) == 0
      if !titleLike { break }
      titleCandidates.append(i)
      if titleCandidates.count == 2 || i > 3 { break }
    }
    switch titleCandidates.count {
    case 2 where lines[titleCandidates[0]].scalars.count <= 10:
      kinds[titleCandidates[0]] = .kicker
      kinds[titleCandidates[1]] = .title
    case 1, 2:
      kinds[titleCandidates[0]] = .title
    default: break
    }
  }
}
