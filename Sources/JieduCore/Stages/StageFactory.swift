import Foundation
import Yams

/// A stage ready to run, with its type erased.
public struct ConfiguredStage: Sendable {
  /// The stage id.
  public let id: String
  /// Where it was configured, for messages.
  public let location: String
  /// What it needs.
  public let requires: Set<Capability>
  /// What it adds.
  public let produces: Set<Capability>
  /// Words offered to segmentation.
  public let wholeWords: [String]
  /// What the host does when the stage fails while it runs.
  public let onError: StageFailurePolicy
  /// What tells it from another stage of the same id.
  public let identity: String
  private let run: @Sendable (inout Document, StageContext) async throws -> Void

  /// Wraps a stage.
  public init<S: AnnotationStage>(
    _ stage: S, location: String, onError: StageFailurePolicy = .fail
  ) {
    id = S.id
    self.location = location
    requires = stage.declaredRequirements
    produces = stage.declaredProducts
    wholeWords = stage.wholeWords
    self.onError = onError
    identity = stage.identity
    run = { doc, ctx in try await stage.annotate(&doc, context: ctx) }
  }

  /// Runs the stage over the document.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    try await run(&document, context)
  }
}

/// How the host knows a stage: its id, description, options, and how to make one from config.
public struct StageFactory: Sendable {
  /// The stage id.
  public let id: String
  /// One line on what it does.
  public let summary: String
  /// The options it takes.
  public let options: [OptionSpec]
  /// What it needs.
  public let requires: Set<Capability>
  /// What it adds.
  public let produces: Set<Capability>
  /// The examples on the stage type.
  public let examples: [StageExample]
  /// Whether it runs a program named in its options.
  public var runsPrograms = false
  private let make:
    @Sendable (Node?, ConfigSource, String, StageContext, StageFailurePolicy) async throws ->
      ConfiguredStage

  /// The factory for a stage type.
  public static func of<S: AnnotationStage>(_ type: S.Type) -> StageFactory {
    var factory = StageFactory(
      id: S.id, summary: S.summary, options: S.Options.specs, requires: S.requires,
      produces: S.produces, examples: S.examples,
      make: { node, source, path, context, onError in
        let options: S.Options
        if let node {
          options = try source.decodeOptions(S.Options.self, from: node, path: path)
        } else {
          options = S.Options()
        }
        let stage: S
        do {
          stage = try await S(options: options, context: context)
        } catch {
          throw StageError.wrapping(
            error, stage: S.id, location: context.configLocation, phase: .setup)
        }
        return ConfiguredStage(stage, location: context.configLocation, onError: onError)
      })
    factory.runsPrograms = S.runsPrograms
    return factory
  }

  /// Makes a configured stage from its `options:` node (nil when absent).
  package func configure(
    options node: Node?, source: ConfigSource, path: String, context: StageContext,
    onError: StageFailurePolicy = .fail
  ) async throws -> ConfiguredStage {
    try await make(node, source, path, context, onError)
  }
}
