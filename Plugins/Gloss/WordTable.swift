import JieduCore

/// Values by word, asked of every token: a word whose first scalar opens none of the table's words
/// (most tokens) is answered by a bitmap test, without hashing its text.
struct WordTable<Value: Sendable>: Sendable {
  private let byWord: [WordKey: Value]
  /// The words' first scalars; nil for an empty table.
  private let leads: ScalarSet?

  /// A table of `byWord`.
  init(_ byWord: [WordKey: Value]) {
    self.byWord = byWord
    leads = byWord.isEmpty ? nil : ScalarSet(byWord.keys.compactMap(\.text.unicodeScalars.first))
  }

  /// The value of `word`, or nil.
  func value(of word: String) -> Value? {
    guard let leads, let first = word.unicodeScalars.first, leads.contains(first) else {
      return nil
    }
    return byWord[WordKey(word)]
  }
}
