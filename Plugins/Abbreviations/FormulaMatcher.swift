import JieduCore
/// Finds every mention of known terms in a block: longest match first, left to right, over folded
/// scalars, independent of how the block was segmented.
struct FormulaMatcher<Payload> {
  private var byFirstScalar: [Unicode.Scalar: [(term: [Unicode.Scalar], payload: Payload)]] = [:]

  /// Creates a matcher over folded terms.
  init(_ terms: [(String, Payload)]) {
    for (term, payload) in terms {
      let scalars = Array(term.unicodeScalars)
      guard let first = scalars.first else { continue }
      byFirstScalar[first, default: []].append((scalars, payload))
    }
    for key in byFirstScalar.keys { byFirstScalar[key]?.sort { $0.term.count > $1.term.count } }
  }

  /// Mentions in the block: ranges and payloads, not overlapping. A term does not match right after
  /// a numeral, a digit or 第 (二十三会 is not 三会…).
  func mentions(in block: ScannedBlock) -> [(range: Range<Int>, payload: Payload)] {
    var result: [(Range<Int>, Payload)] = []
    var i = 0
    while i < block.folded.count {
      if block.allowsFormulaStart(at: i) || !ChineseNumerals.isNumeral(block.folded[i]),
        let hit = longest(at: i, in: block)
      {
        result.append((i..<(i + hit.length), hit.payload))
        i += hit.length
      } else {
        i += 1
      }
    }
    return result
  }

  /// The longest term that starts at `index` of the block, with its length.
  func longest(at index: Int, in block: ScannedBlock) -> (length: Int, payload: Payload)? {
    let f = block.folded
    guard index < f.count, let candidates = byFirstScalar[f[index]] else { return nil }
    for candidate in candidates {
      let end = index + candidate.term.count
      if end <= f.count, f[index..<end].elementsEqual(candidate.term) {
        return (candidate.term.count, candidate.payload)
      }
    }
    return nil
  }
}
