import Foundation
import JieduCore

/// The one entry point to Jiedu as a library: config → a ready pipeline → `run(bytes:name:)` → an
/// annotated `Document`. The CLI, the tests and a server all call this.
///
/// ```swift
/// let pipeline = try await Pipeline(PipelineSettings(configPath: "config.yaml"), registry: registry)
/// let document = try await pipeline.run(bytes: Array(text.utf8), name: "article.txt")
/// ```
public struct Pipeline: Sendable {
  /// The config, data folder and stage context.
  public let setup: PipelineSetup
  /// The stages, set up and checked in order, and the segmenter built with their whole words.
  public let host: PipelineHost

  /// Loads the config, sets every stage up (checking ids, options and order before anything runs)
  /// and builds the segmenter.
  public init(_ settings: PipelineSettings, registry: StageRegistry) async throws {
    var settings = settings
    if settings.registry == nil { settings.registry = registry }
    let setup = try PipelineSetup(settings)
    // The segmenter's lexicon loads while the stages set up (neither needs the other); a stage's
    // error is still the one reported when both fail.
    async let built = registry.build(setup.config, context: setup.context)
    let clock = ContinuousClock()
    let start = clock.now
    let lexicon = Result { try setup.segmenter() }
    let loaded = clock.now - start
    let stages = try await built
    let segmenter = try lexicon.get()
    setup.context.progress("lexicon loaded in \(PipelineHost.milliseconds(loaded)) ms")
    host = try PipelineHost(
      stages: stages, segmenterProvider: segmenter, progress: setup.context.progress)
    self.setup = setup
  }

  /// The loaded config.
  public var config: JieduConfig { setup.config }

  /// Ingests, segments and annotates one article; stages may spread it over `threads` threads
  /// (the output is the same for any number).
  public func run(bytes: [UInt8], name: String, threads: Int = 1) async throws -> Document {
    var context = setup.context
    context.threads = max(1, threads)
    return try await host.run(bytes: bytes, name: name, context: context)
  }

  /// Ingests, segments and annotates several articles, each stage over all of them before the next
  /// (faster for short articles than one `run` each); one result per article, in order, each the same
  /// as `run(bytes:name:)` gives for it alone.
  public func run(_ articles: [(bytes: [UInt8], name: String)], threads: Int = 1) async
    -> [Result<Document, any Error>]
  {
    var context = setup.context
    context.threads = max(1, threads)
    return await host.run(articles, context: context)
  }
}
