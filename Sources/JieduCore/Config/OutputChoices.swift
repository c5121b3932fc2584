/// The formats `jiedu annotate --format` writes.
public enum OutputFormat: String, CaseIterable, Sendable, OptionChoices {
  /// The self-contained HTML handout.
  case html
  /// The annotated document as JSON (the contract external tools read).
  case json
  /// Markdown for notes and wikis.
  case md
  /// Tab-separated vocabulary for Anki.
  case tsv
  /// The HTML handout printed to PDF by headless Chromium.
  case pdf
  /// The annotated document as JSON on one line (JSON Lines: one document per line, for corpora).
  case jsonl
  /// The document's sentence pairs as TMX 1.4b, for OmegaT, Trados and memoQ.
  case tmx
  /// The document as XLIFF 1.2 (OmegaT, Okapi), the required renderings as notes.
  case xliff

  /// "unknown format 'htm'".
  public static let choiceNoun = "format"
}

/// Which words get pinyin over them in the handout.
public enum PinyinOver: String, CaseIterable, Sendable, OptionChoices {
  /// Every word with a reading.
  case all
  /// Only words that are not in the reader's known-words list.
  case unknown
  /// No pinyin over the text (the vocabulary list still has it).
  case none
}
