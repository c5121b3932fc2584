import Foundation

/// Pinyin as a handout shows it: the syllables of one word written together, as Hanyu Pinyin
/// orthography does (tuī dòng → tuīdòng, Xī ān → Xī'ān), so the reading over each word is as narrow as
/// it can be and word boundaries stay visible.
enum PinyinDisplay {
  /// The word's syllables joined, with an apostrophe before a syllable starting with a, o or e.
  /// Text that is not plain syllables (digits, other symbols) is returned unchanged.
  static func word(_ pinyin: String) -> String {
    let syllables = pinyin.split(separator: " ", omittingEmptySubsequences: true)
    guard syllables.count > 1,
      syllables.allSatisfy({
        $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" }
      })
    else {
      return pinyin
    }
    var out = String(syllables[0])
    for syllable in syllables.dropFirst() {
      if let first = syllable.unicodeScalars.first, startsWithAOE(first) { out += "'" }
      out += syllable
    }
    return out
  }

  private static func startsWithAOE(_ scalar: Unicode.Scalar) -> Bool {
    let base = String(scalar).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return base == "a" || base == "o" || base == "e"
  }
}
