import JieduDictionary

/// What CC-CEDICT says about numeral-led words that are no formula: idioms (两肋插刀: its senses
/// say "(idiom)") and ordinary compounds (四边形 "quadrilateral", 二重唱 "duet", 双方 "both sides").
///
/// A headword counts as ordinary when every sense starts in lower case and none reads like a
/// political name (an abbreviation, a slogan, a policy, a campaign…): 四个全面 "Four Comprehensives"
/// stays a formula. Without the dictionary (no data folder) nothing is known and nothing is excluded.
struct OrdinaryWords: Sendable {
  /// CC-CEDICT, when the run has it.
  let dictionary: ChineseDictionary?

  /// Words in senses that make a headword a name rather than an ordinary word.
  static let nameMarkers = [
    "abbr", "slogan", "polic", "politic", "campaign", "principle", "Party", "CPC", "CCP",
    "Communist", "Mao", "Deng", "Xi Jinping", "movement", "formula", "represent", "see ",
    "initiative", "strateg", "reform", "guideline", "doctrine",
  ]

  /// Whether CC-CEDICT marks the word an idiom.
  func isIdiom(_ word: String) -> Bool {
    guard let dictionary else { return false }
    return dictionary.entries(for: word).contains { entry in
      entry.senses.contains { $0.contains("(idiom)") }
    }
  }

  /// Whether the word is an idiom or an ordinary (non-name) headword of CC-CEDICT.
  func isIdiomOrOrdinary(_ word: String) -> Bool {
    guard let dictionary else { return false }
    let entries = dictionary.entries(for: word)
    guard !entries.isEmpty else { return false }
    if entries.contains(where: { $0.senses.contains { $0.containsBytes("(idiom)") } }) {
      return true
    }
    return entries.allSatisfy { entry in
      entry.senses.allSatisfy { sense in
        guard let first = sense.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else {
          return true
        }
        return !first.properties.isUppercase
          && !OrdinaryWords.nameMarkers.contains { sense.containsBytes($0) }
      }
    }
  }
}
