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
  /// The vocabulary and key terms as an Anki package with sentence context.
  case apkg

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
  /// Only words above the reader's level (`reader-level`) that are not known words.
  case aboveLevel = "above-level"
}

/// How the handout is laid out.
public enum HandoutLayout: String, CaseIterable, Sendable, OptionChoices {
  /// Two columns: the text, and beside each sentence its translation or word-by-word glosses.
  case standard
  /// One column: each paragraph with its translation under it, no word-by-word glosses.
  case compact

  /// "unknown layout 'x'".
  public static let choiceNoun = "layout"
}

/// A reader level as config and flags write it: `hsk4`, `HSK 4`, `4`; `hsk7`, `hsk7-9` for the band.
public enum ReaderLevelName {
  /// The level 1–7, or nil when the text names none.
  public static func parse(_ text: String) -> Int? {
    var t = text.lowercased().replacingOccurrences(of: " ", with: "")
    if t.hasPrefix("hsk") { t.removeFirst(3) }
    if ["7-9", "7–9", "8", "9"].contains(t) { return 7 }
    guard let level = Int(t), (1...7).contains(level) else { return nil }
    return level
  }
}
