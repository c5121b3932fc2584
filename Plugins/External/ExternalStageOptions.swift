import JieduCore

/// Options of the `external` stage. What happens when the program fails is the host's `on-error:`,
/// beside the stage's `id:`.
public struct ExternalStageOptions: StageOptions {
  /// The program and its arguments; relative program paths resolve against the config's folder.
  @StageOption(
    "command", default: "(required)", help: "program and arguments; reads the document JSON on stdin")
  public var command: [String] = []
  /// Seconds before the whole process group is killed.
  @StageOption(
    "timeout", type: "seconds", help: "kill the program's process group after this long",
    validate: { $0 > 0 ? nil : "must be more than 0 seconds" })
  public var timeout: Double = 30
  /// Extra environment variables for the program.
  @StageOption("env", help: "extra environment variables")
  public var env: [String: String] = [:]
  /// The name written into each annotation's `stage` field (default: the program's file name).
  @StageOption("name", default: "program name", help: "the `stage` field of its annotations")
  public var name: String? = nil
  /// Largest accepted output on stdout, in bytes.
  @StageOption(
    "max-output", type: "bytes", help: "largest accepted stdout",
    validate: { $0 > 0 ? nil : "must be more than 0 bytes" })
  public var maxOutput: Int = 16 << 20
  /// Capabilities the program reads (`terms`, `formulas`, `readings`), so the host checks that the
  /// stages producing them come first.
  @StageOption(
    "requires", type: "[capability]", default: "[tokens]",
    help: "what the program reads (terms, formulas, readings); checked against the stage order")
  public var requires: [String] = []
  /// Capabilities the program adds, for stages after it.
  @StageOption(
    "produces", type: "[capability]", default: "[external]",
    help: "what the program adds, for stages configured after it")
  public var produces: [String] = []

  /// Defaults (an empty command is rejected when the stage is set up).
  public init() {}
}
