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

/// Walks a block's sorted, non-overlapping spans row by row (rows in order): each call returns the
/// spans that overlap the row, so the whole block is placed in linear time.
struct RowSpans {
  private let spans: [HighlightSpan]
  private var first = 0

  /// A walk over the block's spans.
  init(_ spans: [HighlightSpan]) { self.spans = spans }

  /// The spans that overlap `start..<end`; rows must come in increasing order.
  mutating func spans(from start: Int, to end: Int) -> [HighlightSpan] {
    while first < spans.count, spans[first].end <= start { first += 1 }
    var last = first
    while last < spans.count, spans[last].start < end { last += 1 }
    return Array(spans[first..<last])
  }
}
