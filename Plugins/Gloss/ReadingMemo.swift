import JieduCore

/// Remembers the readings filled in for a word with given syllables, so a word that recurs (most do)
/// is looked up and its senses cleaned once per document, not once per occurrence.
struct ReadingMemo {
  private var filled: [String: Token] = [:]

  /// Fills `token` from the memo, or with `compute` and remembers the result.
  mutating func fill(_ token: inout Token, syllables: [String], compute: (inout Token) -> Void) {
    let key = token.text + "\u{1F}" + syllables.joined(separator: " ")
    if let known = filled[key] {
      token.pinyin = known.pinyin
      token.glosses = known.glosses
      token.extra = known.extra
      return
    }
    compute(&token)
    filled[key] = token
  }
}
