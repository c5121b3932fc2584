/// One CC-CEDICT entry: `Traditional Simplified [pin1 yin1] /sense/sense/`.
public struct CedictEntry: Sendable, Equatable {
  /// The traditional headword.
  public var traditional: String
  /// The simplified headword.
  public var simplified: String
  /// Numbered pinyin, one space between syllables (`zhong4 dian3`); v2 entries (`[[zhong4dian3]]`)
  /// are normalised to this spacing.
  public var pinyinNumbered: String
  /// English senses in file order.
  public var senses: [String]

  /// Creates an entry.
  public init(traditional: String, simplified: String, pinyinNumbered: String, senses: [String]) {
    self.traditional = traditional
    self.simplified = simplified
    self.pinyinNumbered = pinyinNumbered
    self.senses = senses
  }

  /// The pinyin syllables (`["zhong4", "dian3"]`).
  public var syllables: [String] {
    pinyinNumbered.split(separator: " ").map(String.init)
  }

  /// Whether the pinyin starts with a capital letter: CC-CEDICT's mark for proper nouns.
  public var isProperNoun: Bool {
    guard let first = pinyinNumbered.unicodeScalars.first else { return false }
    return first.value >= 0x41 && first.value <= 0x5A
  }

  /// Whether every sense is a cross-reference, surname or archaic use (a weak entry).
  public var isOnlyMarginal: Bool {
    !senses.isEmpty && senses.allSatisfy { SenseCleaner.rank(of: $0) > 0 }
  }
}
