import JieduCore

/// Options of the `glossary` stage, from the `options:` mapping of its config entry.
public struct GlossaryStageOptions: StageOptions, Equatable {
  /// Glossary files, highest priority first; relative paths resolve against the config's folder.
  @StageOption(
    "files", type: "[path]",
    help: "glossary files (YAML, CSV, TSV, TBX), highest priority first; --glossary files come before them")
  public var files: [String] = []
  /// Whether the built-in glossary is used (below every file).
  @StageOption("builtin", help: "use the built-in glossary, below every file")
  public var builtin = true
  /// Only entries of these categories; nil for all.
  @StageOption(
    "categories", default: "all",
    help: "only entries of these categories (\(GlossaryCategory.all.joined(separator: ", ")), or your own)")
  public var categories: [String]? = nil
  /// Whether traditional forms of terms are matched too (needs CC-CEDICT in the data folder).
  @StageOption(
    "traditional",
    help: "also match traditional forms of terms (uses CC-CEDICT from the data folder when present)")
  public var traditional = true

  /// All defaults: no files, the built-in glossary, every category, traditional forms matched.
  public init() {}

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

  /// Options are equal when every value is.
  public static func == (a: Self, b: Self) -> Bool {
    a.files == b.files && a.builtin == b.builtin && a.categories == b.categories
      && a.traditional == b.traditional
  }
}
