import JieduCore

/// A stretch of a block's text: a token, or the text between tokens.
struct TextPiece {
  /// Start offset in scalars.
  var start: Int
  /// End offset (exclusive).
  var end: Int
  /// The token, or nil for text between tokens.
  var token: Token?
}

/// One row of the handout: a sentence with its pieces, side by side with its English.
struct BlockRow {
  /// Start offset in scalars.
  var start: Int
  /// End offset (exclusive).
  var end: Int
  /// Tokens and the text between them, covering the row.
  var pieces: [TextPiece]
}

/// Cuts a block into rows, one per sentence, covering all of its text (text between sentences goes
/// with the sentence before it) even where tokens or sentences are missing or out of range.
enum BlockRows {
  /// The rows of a block.
  static func rows(of block: Block, text: ScalarText) -> [BlockRow] {
    let count = text.count
    let sentences = block.sentences.filter { $0.start < $0.end && $0.start < count }.sorted {
      $0.start < $1.start
    }
    guard !sentences.isEmpty else {
      return count == 0
        ? [] : [BlockRow(start: 0, end: count, pieces: [TextPiece(start: 0, end: count)])]
    }
    var rows: [BlockRow] = []
    var rowStart = 0
    for (index, sentence) in sentences.enumerated() {
      let rowEnd = index + 1 < sentences.count ? max(rowStart, sentences[index + 1].start) : count
      if rowEnd <= rowStart { continue }
      rows.append(
        BlockRow(start: rowStart, end: rowEnd, pieces: pieces(sentence.tokens, rowStart, rowEnd)))
      rowStart = rowEnd
    }
    return rows
  }

  private static func pieces(_ tokens: [Token], _ start: Int, _ end: Int) -> [TextPiece] {
    var result: [TextPiece] = []
    var position = start
    for token in tokens where token.start >= position && token.end <= end && token.end > token.start
    {
      if token.start > position { result.append(TextPiece(start: position, end: token.start)) }
      result.append(TextPiece(start: token.start, end: token.end, token: token))
      position = token.end
    }
    if position < end { result.append(TextPiece(start: position, end: end)) }
    return result
  }
}
