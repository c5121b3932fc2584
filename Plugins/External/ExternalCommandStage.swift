import Foundation
import JieduCore

/// The protocol version written to external stages (`"protocol"` in the input JSON).
public let externalStageProtocol = "jiedu-stage/1"

/// Stage `external`: runs any program as a stage, like a pandoc JSON filter for annotations.
///
/// The program reads the document JSON on stdin (with `"protocol": "jiedu-stage/1"` added) and writes
/// `{"annotations": [...], "diagnostics": [...]}` on stdout. Every annotation is validated before it is
/// merged; stderr is passed through prefixed with the stage's name. The program runs in the config
/// file's folder, so relative paths in `command` work from there.
public struct ExternalCommandStage: AnnotationStage {
  /// The stage id.
  public static let id = "external"
  /// One line for `jiedu stages`.
  public static let summary =
    "run a program in any language as a stage: document JSON on stdin, annotations JSON on stdout"
  /// Needs tokens.
  public static let requires: Set<Capability> = [.tokens]
  /// Adds annotations of its own kinds.
  public static let produces: Set<Capability> = [.custom]

  let options: ExternalStageOptions
  let program: [String]
  let name: String

  /// Checks the options.
  public init(options: ExternalStageOptions, context: StageContext) throws {
    guard let first = options.command.first, !first.isEmpty else {
      throw JieduError(
        "options.command is required: the program and its arguments, e.g. [python3, plugin.py]")
    }
    guard options.timeout > 0 else {
      throw JieduError("options.timeout must be more than 0 seconds")
    }
    self.options = options
    var program = options.command
    if first.contains("/") { program[0] = context.resolve(first).path }
    self.program = program
    name = options.name ?? URL(fileURLWithPath: first).lastPathComponent
  }

  /// Runs the program and merges its validated annotations.
  public func annotate(_ document: inout Document, context: StageContext) throws {
    do {
      let input = try ExternalProtocol.request(for: document)
      let result = try ProcessRunner.run(
        program, input: input, environment: options.env, timeout: options.timeout,
        maxOutput: options.maxOutput, stderrPrefix: "[\(name)] ",
        workingDirectory: context.baseDirectory.path)
      let reply = try ExternalProtocol.parseReply(result, program: program[0])
      var check = AnnotationCheck(document)
      for var annotation in reply.annotations {
        annotation.stage = name
        if let problem = check.problem(annotation) {
          throw JieduError("\(name): rejected annotation: \(problem)")
        }
        document.annotations.append(annotation)
      }
      for var diagnostic in reply.diagnostics {
        diagnostic.stage = name
        document.diagnostics.append(diagnostic)
      }
    } catch let error as JieduError {
      guard options.onError == .warn else {
        throw JieduError("external stage '\(name)': \(error.message)")
      }
      document.diagnostics.append(
        .warning("external stage '\(name)' failed and was skipped: \(error.message)", stage: name))
    }
  }
}
