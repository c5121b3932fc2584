import JieduCore

/// Options of the `glossary` stage, from the `options:` mapping of its config entry.
public struct GlossaryStageOptions: StageOptions, Equatable {
  /// Glossary files, highest priority first; relative paths resolve against the config's folder.
  public var files: [String]
  /// Whether the built-in glossary is used (below every file).
  public var builtin: Bool
  /// Only entries of these categories; nil for all.
  public var categories: [String]?
  /// Whether traditional forms of terms are matched too (needs CC-CEDICT in the data folder).
  public var traditional: Bool

  /// All defaults: no files, the built-in glossary, every category, traditional forms matched.
  public init() {
    files = []
    builtin = true
    categories = nil
    traditional = true
  }

  /// Creates options.
  public init(
    files: [String] = [], builtin: Bool = true, categories: [String]? = nil,
    traditional: Bool = true
  ) {
    self.files = files
    self.builtin = builtin
    self.categories = categories
    self.traditional = traditional
  }

  private enum CodingKeys: String, CodingKey {
    case files, builtin, categories, traditional
  }

  /// Decodes the options; absent keys keep their defaults.
  public init(from decoder: any Decoder) throws {
    self.init()
    let c = try decoder.container(keyedBy: CodingKeys.self)
    files = try c.decodeIfPresent([String].self, forKey: .files) ?? files
    builtin = try c.decodeIfPresent(Bool.self, forKey: .builtin) ?? builtin
    categories = try c.decodeIfPresent([String].self, forKey: .categories)
    traditional = try c.decodeIfPresent(Bool.self, forKey: .traditional) ?? traditional
  }

  /// The keys `jiedu stages` lists.
  public static let specs: [OptionSpec] = [
    OptionSpec(
      "files", type: "[path]", default: "[]",
      "glossary files (YAML, CSV, TSV, TBX), highest priority first; --glossary files come before them"
    ),
    OptionSpec(
      "builtin", type: "bool", default: "true", "use the built-in glossary, below every file"),
    OptionSpec(
      "categories", type: "[string]", default: "all",
      "only entries of these categories (\(GlossaryCategory.all.joined(separator: ", ")), or your own)"
    ),
    OptionSpec(
      "traditional", type: "bool", default: "true",
      "also match traditional forms of terms (uses CC-CEDICT from the data folder when present)"),
  ]
}
