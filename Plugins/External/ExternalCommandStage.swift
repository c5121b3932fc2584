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
  /// Reads the whole document; what else it reads is its `requires:` option.
  public static let requires: Set<Capability> = [.tokens]
  /// Adds annotations of its own kinds; more with its `produces:` option.
  public static let produces: Set<Capability> = [.external]
  /// It runs the program in `command`: a config found in the working folder needs trust.
  public static let runsPrograms = true

  let options: ExternalStageOptions
  let program: [String]
  let name: String

  /// Checks the options.
  public init(options: ExternalStageOptions, context: StageContext) throws {
    guard let first = options.command.first, !first.isEmpty else {
      throw JieduError(
        "options.command is required: the program and its arguments, e.g. [python3, plugin.py]")
    }
    self.options = options
    var program = options.command
    if first.contains("/") { program[0] = context.resolve(first).path }
    self.program = program
    name = options.name ?? URL(fileURLWithPath: first).lastPathComponent
  }

  /// Its `name:`, else its command: two external stages are told apart by these.
  public var identity: String { options.name ?? options.command.joined(separator: " ") }

  /// What this configuration of the stage reads: the document, and its `requires:`.
  public var declaredRequirements: Set<Capability> {
    Self.requires.union(options.requires.map { Capability($0) })
  }

  /// What this configuration adds: its own annotations, and its `produces:`.
  public var declaredProducts: Set<Capability> {
    Self.produces.union(options.produces.map { Capability($0) })
  }

  /// Runs the program and merges its validated annotations; a failure is the host's to handle
  /// (`on-error:` beside the stage's id).
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    do {
      try run(&document, context: context)
    } catch let error as JieduError {
      throw JieduError("program '\(name)': \(error.message)")
    }
  }

  private func run(_ document: inout Document, context: StageContext) throws {
    let input = try ExternalProtocol.request(for: document)
    let result = try ProcessRunner.run(
      program, input: input, environment: options.env, timeout: options.timeout,
      maxOutput: options.maxOutput, stderr: .forward(prefix: "[\(name)] "),
      workingDirectory: context.baseDirectory.path)
    let reply = try ExternalProtocol.parseReply(result, program: program[0])
    var check = AnnotationCheck(document)
    for var annotation in reply.annotations {
      annotation.stage = name
      if let problem = check.problem(annotation) {
        throw JieduError("rejected annotation: \(problem)")
      }
      document.annotations.append(annotation)
    }
    for var diagnostic in reply.diagnostics {
      diagnostic.stage = name
      if let block = diagnostic.block, !document.blocks.indices.contains(block) {
        throw JieduError(
          "rejected diagnostic: block \(block) does not exist (the document has \(document.blocks.count))"
        )
      }
      // The program says it failed: the run fails (or, with on-error: warn, goes on without it).
      if diagnostic.level == .error {
        let place = diagnostic.block.map { "block \($0): " } ?? ""
        throw JieduError("reported an error: \(place)\(diagnostic.message)")
      }
      document.diagnostics.append(diagnostic)
    }
  }
}

extension Capability {
  /// Annotations of an external program's own kinds.
  public static let external = Capability("external")
}
