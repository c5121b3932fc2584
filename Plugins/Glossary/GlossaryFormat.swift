/// The file formats a glossary can be read from.
public enum GlossaryFormat: String, Sendable, CaseIterable {
  /// A YAML list of entries (term, en, pinyin, note, category, aliases, source).
  case yaml
  /// Comma-separated values: term, en, note (or named columns after a header row).
  case csv
  /// Tab-separated values: term, en, note (or named columns after a header row).
  case tsv
  /// TermBase eXchange (ISO 30042) XML.
  case tbx

  /// The format for a file name's extension (`.yaml`, `.yml`, `.csv`, `.tsv`, `.txt`, `.tbx`,
  /// `.xml`), or nil when unknown.
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "yaml", "yml": self = .yaml
    case "csv": self = .csv
    case "tsv", "tab", "txt": self = .tsv
    case "tbx", "xml": self = .tbx
    default: return nil
    }
  }

  /// The extensions a user may give, for messages.
  public static let knownExtensions = ".yaml, .yml, .csv, .tsv, .txt, .tbx"
}
