import JieduCore
import JieduDictionary

/// Splits a token X地 after a degree adverb into the adjective and the adverbial particle (更 | 高 |
/// 地 | 发展, not 高地 "highland"), so it is read and glossed as the sentence means it.
enum AdverbialSplit {
  /// Splits the tokens of one sentence in place.
  static func apply(to tokens: inout [Token]) {
    var t = 1
    while t < tokens.count {
      // Two characters ending in 地 (U+5730, bytes E5 9C B0) or no split: the token is not copied.
      guard tokens[t].end - tokens[t].start == 2, tokens[t].text.utf8.last == 0xB0 else {
        t += 1
        continue
      }
      let token = tokens[t]
      if ContextReadings.splitsAdverbialDe(previous: tokens[t - 1].text, word: token.text),
        let first = token.text.unicodeScalars.first
      {
        let adjective = Token(text: String(first), start: token.start, end: token.start + 1)
        let particle = Token(text: "地", start: token.start + 1, end: token.end)
        tokens.replaceSubrange(t...t, with: [adjective, particle])
        t += 2
        continue
      }
      t += 1
    }
  }
}
