import JieduCore

/// Options of the `glossary` stage, from the `options:` mapping of its config entry.
public struct GlossaryStageOptions: StageOptions, Equatable {
  /// Glossary files, highest priority first; relative paths resolve against the config's folder.
  @StageOption(
    "files", type: "[path]",
    help:
      "glossary files (YAML, CSV, TSV, TBX), highest priority first; --glossary files come before them"
  )
  public var files: [String] = []
  /// Whether the built-in glossary is used (below every file).
  @StageOption("builtin", help: "use the built-in glossary, below every file")
  public var builtin = true
  /// Only entries of these categories; nil for all.
  @StageOption(
    "categories", default: "all",
    help:
      "only entries of these categories (\(GlossaryCategory.all.joined(separator: ", ")), or your own)"
  )
  public var categories: [String]? = nil
  /// Which regional entries of the built-in glossary are used (`region: shanghai`…).
  @StageOption(
    "regions", type: "all|none|[region]", default: "all",
    help: "regional entries of the built-in glossary: all, none, or a list such as [shanghai]")
  public var regions: RegionSelection = .all
  /// Whether names built from ordinals are annotated by rule (十九大, 十九届四中全会, 十四五, 建党百年).
  @StageOption(
    "ordinals",
    help:
      "annotate congresses, plenums, sessions, Five-Year Plans and anniversaries by rule (十九大, 十四五)"
  )
  public var ordinals = true
  /// Whether traditional forms of terms are matched too (needs CC-CEDICT in the data folder).
  @StageOption(
    "traditional",
    help: "also match traditional forms of terms (uses CC-CEDICT from the data folder when present)"
  )
  public var traditional = true

  /// All defaults: no files, the built-in glossary, every category, traditional forms matched.
  public init() {}

  /// Creates options.
  public init(
    files: [String] = [], builtin: Bool = true, categories: [String]? = nil,
    traditional: Bool = true, regions: RegionSelection = .all, ordinals: Bool = true
  ) {
    self.files = files
    self.builtin = builtin
    self.categories = categories
    self.traditional = traditional
    self.regions = regions
    self.ordinals = ordinals
  }

  /// Options are equal when every value is.
  public static func == (a: Self, b: Self) -> Bool {
    a.files == b.files && a.builtin == b.builtin && a.categories == b.categories
      && a.traditional == b.traditional && a.regions == b.regions
      && a.ordinals == b.ordinals
  }
}
