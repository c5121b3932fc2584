/// How much of each token the JSON carries (`--tokens`).
public enum TokenDetail: String, CaseIterable, Sendable {
  /// Every field: text, offsets, pinyin, all glosses and the stages' own fields.
  case full
  /// Text, offsets, pinyin and the first gloss only.
  case compact
  /// No tokens: sentences keep their offsets, blocks their text.
  case none
}
