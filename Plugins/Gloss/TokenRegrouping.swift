import JieduCore
import JieduDictionary

/// Regroups a sentence's tokens where grammar reads them across the segmenter's boundaries
/// (`ContextReadings.regroup`: 跑 | 得 | 分外 | 快, 有 | 时差, 把 | 门 | 关上, 为人 | 很 | 正直), so each
/// word is read and glossed as the sentence means it. Tokens a rule leaves alone are kept as they are.
enum TokenRegrouping {
  /// Regroups the tokens of one sentence in place (only when they are contiguous, as the segmenter
  /// writes them).
  static func apply(to tokens: inout [Token], dictionary: ChineseDictionary) {
    guard tokens.count >= 2, let base = tokens.first?.start else { return }
    // Only a token opening with one of the rules' characters can start a regrouping (`regroup`
    // leaves the rest as they are): most sentences stop here, with no scalars built.
    guard
      tokens.indices.contains(where: {
        tokens[$0].text.unicodeScalars.first.map(ContextReadings.opensRule) ?? false
      })
    else { return }
    var scalars: [Unicode.Scalar] = []
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(tokens.count)
    for t in tokens.indices {
      // Appended straight from the token's text (no array per token), checked after.
      let start = scalars.count
      guard tokens[t].start - base == start, t == 0 || tokens[t - 1].end == tokens[t].start else {
        return
      }
      scalars.append(contentsOf: tokens[t].text.unicodeScalars)
      guard scalars.count - start == tokens[t].end - tokens[t].start else { return }
      ranges.append(start..<scalars.count)
    }
    let regrouped = ContextReadings.regroup(ranges, scalars: scalars, dictionary: dictionary)
    guard regrouped != ranges else { return }
    var kept: [Range<Int>: Int] = [:]
    for (t, range) in ranges.enumerated() { kept[range] = t }
    tokens = regrouped.map { range in
      if let t = kept[range] { return tokens[t] }
      return Token(
        text: ScalarString.make(scalars[range]), start: base + range.lowerBound,
        end: base + range.upperBound)
    }
  }
}
