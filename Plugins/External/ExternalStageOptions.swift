import JieduCore

/// Options of the `external` stage.
public struct ExternalStageOptions: StageOptions {
  /// What to do when the program fails.
  public enum OnError: String, Decodable, Sendable {
    /// Stop the pipeline with an error naming the stage.
    case fail
    /// Print a warning, add a diagnostic, and go on without this stage's annotations.
    case warn
  }

  /// The program and its arguments; relative program paths resolve against the config's folder.
  public var command: [String] = []
  /// Seconds before the whole process group is killed.
  public var timeout: Double = 30
  /// Extra environment variables for the program.
  public var env: [String: String] = [:]
  /// `fail` or `warn`.
  public var onError: OnError = .fail
  /// The name written into each annotation's `stage` field (default: the program's file name).
  public var name: String?
  /// Largest accepted output on stdout, in bytes.
  public var maxOutput: Int = 16 << 20

  /// Defaults (an empty command is rejected when the stage is set up).
  public init() {}

  /// Every key the stage accepts.
  public static let specs: [OptionSpec] = [
    OptionSpec(
      "command", type: "[string]", default: "(required)",
      "program and arguments; reads the document JSON on stdin"),
    OptionSpec(
      "timeout", type: "seconds", default: "30", "kill the program's process group after this long"),
    OptionSpec("env", type: "{name: value}", default: "{}", "extra environment variables"),
    OptionSpec(
      "on-error", type: "fail|warn", default: "fail", "stop the pipeline, or warn and go on"),
    OptionSpec(
      "name", type: "string", default: "program name", "the `stage` field of its annotations"),
    OptionSpec("max-output", type: "bytes", default: "16777216", "largest accepted stdout"),
  ]

  enum CodingKeys: String, CodingKey {
    case command, timeout, env, name
    case onError = "on-error"
    case maxOutput = "max-output"
  }

  /// Decodes the options; absent keys keep their defaults.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    command = try c.decodeIfPresent([String].self, forKey: .command) ?? []
    timeout = try c.decodeIfPresent(Double.self, forKey: .timeout) ?? 30
    env = try c.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
    onError = try c.decodeIfPresent(OnError.self, forKey: .onError) ?? .fail
    name = try c.decodeIfPresent(String.self, forKey: .name)
    maxOutput = try c.decodeIfPresent(Int.self, forKey: .maxOutput) ?? (16 << 20)
  }
}
