import JieduCore

extension AbbreviationsStage {
  /// Options of the `abbreviations` stage.
  public struct Options: StageOptions {
    /// Formula lists of the user's, in the built-in list's format; earlier files win.
    @StageOption(
      "files", type: "[path]",
      help: "formula lists of your own (YAML, as formulas.yaml); earlier files win")
    public var files: [String] = []
    /// Whether to use the built-in list.
    @StageOption("builtin", help: "use the built-in formula list")
    public var builtin = true
    /// Whether formulas that are neither listed nor defined are annotated (`origin: unresolved`) and
    /// reported.
    @StageOption(
      "report-unresolved",
      help: "mark and report numeric formulas that are neither listed nor defined in the text")
    public var reportUnresolved = true

    /// All defaults.
    public init() {}

    /// Creates options.
    public init(files: [String] = [], builtin: Bool = true, reportUnresolved: Bool = true) {
      self.files = files
      self.builtin = builtin
      self.reportUnresolved = reportUnresolved
    }
  }
}
