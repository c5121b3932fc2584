/// Where highlight marks open and close among a row's pieces: marks always hold whole pieces, so a
/// span that starts or ends inside a token grows to cover it.
struct SpanPlacement {
  /// For each piece, the span that opens before it.
  private(set) var opens: [HighlightSpan?]
  /// For each piece, the span that closes after it.
  private(set) var closes: [HighlightSpan?]

  /// Places the (sorted, non-overlapping) spans over the pieces.
  init(pieces: [TextPiece], spans: [HighlightSpan]) {
    opens = Array(repeating: nil, count: pieces.count)
    closes = Array(repeating: nil, count: pieces.count)
    var next = 0
    var open: HighlightSpan?
    for (index, piece) in pieces.enumerated() {
      if open == nil {
        while next < spans.count, spans[next].end <= piece.start { next += 1 }
        if next < spans.count, spans[next].start < piece.end {
          open = spans[next]
          opens[index] = spans[next]
          next += 1
        }
      }
      if let current = open, current.end <= piece.end || index == pieces.count - 1 {
        closes[index] = current
        open = nil
      }
    }
  }
}
