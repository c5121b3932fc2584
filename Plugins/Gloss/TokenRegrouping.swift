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
    var scalars: [Unicode.Scalar] = []
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(tokens.count)
    for (t, token) in tokens.enumerated() {
      let text = Array(token.text.unicodeScalars)
      guard text.count == token.end - token.start, token.start - base == scalars.count,
        t == 0 || tokens[t - 1].end == token.start
      else { return }
      ranges.append(scalars.count..<(scalars.count + text.count))
      scalars.append(contentsOf: text)
    }
    let regrouped = ContextReadings.regroup(ranges, scalars: scalars, dictionary: dictionary)
    guard regrouped != ranges else { return }
    var kept: [Range<Int>: Int] = [:]
    for (t, range) in ranges.enumerated() { kept[range] = t }
    tokens = regrouped.map { range in
      if let t = kept[range] { return tokens[t] }
      return Token(
        text: String(String.UnicodeScalarView(scalars[range])), start: base + range.lowerBound,
        end: base + range.upperBound)
    }
  }
}
