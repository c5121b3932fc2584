/// The stage's diagnostics, one line each, naming the formula.
enum AbbreviationMessage {
  static func countMismatch(_ d: DocumentDefinition) -> String {
    "'\(d.surface)' is defined with \(d.items.count) item\(d.items.count == 1 ? "" : "s") "
      + "(\(d.items.joined(separator: "、"))) but its numerals announce \(d.announced); not expanded from the text"
  }

  static func disagreesWithList(_ d: DocumentDefinition, _ entry: FormulaEntry) -> String {
    "'\(d.surface)' is defined in the text as \(d.items.joined(separator: "、")), which differs from the "
      + "formula list (\((entry.items ?? []).joined(separator: "、"))); the text's definition is used"
  }

  static func definedTwice(_ later: DocumentDefinition, _ first: DocumentDefinition) -> String {
    "'\(later.surface)' is defined again as \(later.items.joined(separator: "、")), differently from block "
      + "\(first.block) (\(first.items.joined(separator: "、"))); the first definition is used"
  }

  static func unresolved(_ surface: String) -> String {
    "numeric formula '\(surface)' is neither in the formula list nor explained in this text"
  }

  /// The note on formulas whose definition in the text does not add up, for the handout.
  static func miscountedNote(_ d: DocumentDefinition) -> String {
    "the text lists \(d.items.count) item\(d.items.count == 1 ? "" : "s") (\(d.items.joined(separator: "、"))), "
      + "but the numerals announce \(d.announced)"
  }

  /// The note on unresolved formulas, for the handout.
  static let unresolvedNote = "not explained in this text"
}
