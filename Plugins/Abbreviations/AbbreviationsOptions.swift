import JieduCore

extension AbbreviationsStage {
  /// Options of the `abbreviations` stage.
  public struct Options: StageOptions {
    /// Formula lists of the user's, in the built-in list's format; earlier files win.
    public var files: [String] = []
    /// Whether to use the built-in list.
    public var builtin = true
    /// Whether formulas that are neither listed nor defined are annotated (`origin: unresolved`) and
    /// reported.
    public var reportUnresolved = true

    private enum CodingKeys: String, CodingKey {
      case files, builtin
      case reportUnresolved = "report-unresolved"
    }

    /// All defaults.
    public init() {}

    /// Creates options.
    public init(files: [String] = [], builtin: Bool = true, reportUnresolved: Bool = true) {
      self.files = files
      self.builtin = builtin
      self.reportUnresolved = reportUnresolved
    }

    /// Decodes options; absent keys keep their defaults.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      files = try c.decodeIfPresent([String].self, forKey: .files) ?? []
      builtin = try c.decodeIfPresent(Bool.self, forKey: .builtin) ?? true
      reportUnresolved = try c.decodeIfPresent(Bool.self, forKey: .reportUnresolved) ?? true
    }

    /// The keys, as `jiedu stages` lists them.
    public static let specs: [OptionSpec] = [
      OptionSpec(
        "files", type: "[path]", default: "[]",
        "formula lists of your own (YAML, as formulas.yaml); earlier files win"),
      OptionSpec("builtin", type: "bool", default: "true", "use the built-in formula list"),
      OptionSpec(
        "report-unresolved", type: "bool", default: "true",
        "mark and report numeric formulas that are neither listed nor defined in the text"),
    ]
  }
}
