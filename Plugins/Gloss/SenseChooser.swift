import Foundation
import JieduCore
import JieduDictionary

/// Puts the sense that fits the sentence first: the hand-written sense table's gloss where it has a
/// row for the word, else CC-CEDICT's senses with slang, archaic, variant and surname senses dropped
/// (kept only when nothing else is left).
struct SenseChooser {
  let table: SenseTable

  /// The token's glosses with the chosen one first (no duplicates).
  func choose(_ glosses: [String], word: String, context: SenseTable.Context) -> [String] {
    var senses = SenseChooser.withoutMarginal(glosses)
    if let chosen = table.gloss(for: word, in: context) {
      senses.removeAll { $0 == chosen }
      senses.insert(chosen, at: 0)
    }
    return senses
  }

  /// Senses without `(slang)`, archaic, variant and surname ones, unless that would leave none.
  static func withoutMarginal(_ glosses: [String]) -> [String] {
    let kept = glosses.filter { sense in
      // Most senses are ASCII: tested on their bytes at once (no memo to lock, no text to hash).
      !(LowercasedASCII.with(sense, isMarginal)
        ?? marginalMemo.value(for: WordKey(sense)) { isMarginal(sense) })
    }
    return kept.isEmpty ? glosses : kept
  }

  /// `isMarginal` of an all-ASCII sense, over its bytes.
  static func isMarginal(_ lower: LowercasedASCII) -> Bool {
    SenseCleaner.rank(lower) > 0 || isSlang(lower)
  }

  /// Slang, vulgar, dialect senses, on the sense's lower-cased text.
  static func isSlang<Text: LowercasedText>(_ lower: Text) -> Bool {
    lower.hasPrefix("(slang)") || lower.hasPrefix("(vulgar)") || lower.hasPrefix("(dialect)")
      || lower.hasPrefix("(internet slang)") || lower.contains("(slang) homosexual")
  }

  /// `isMarginal` remembered per sense: the same few thousand senses recur on every token of a
  /// corpus, and the test runs Foundation string searches.
  static let marginalMemo = LockedMemo<WordKey, Bool>()

  /// Whether a sense is slang, vulgar, archaic, a cross-reference or a surname.
  static func isMarginal(_ sense: String) -> Bool {
    if let quick = LowercasedASCII.with(sense, isMarginal) { return quick }
    return SenseCleaner.rank(of: sense) > 0 || isSlang(LowercasedString(sense))
  }
}
