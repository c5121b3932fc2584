import Foundation
import JieduCore
import JieduPipeline

/// Runs stages through the real host — real segmenter, real checks — on marked text, for tests.
///
/// ```swift
/// let problems = try await StageTestKit.check(BuiltinStages.registry.factory(for: "glossary")!,
///                                             StageExample("抓⟦党建⟧工作"))
/// #expect(problems.isEmpty)
/// ```
public enum StageTestKit {
  /// A setup over the project's data folder (./data, `$JIEDU_DATA`) and no config file.
  public static func setup() throws -> PipelineSetup {
    try PipelineSetup(PipelineSettings(configPath: nil, defaultConfig: "stages: []"))
  }

  /// Runs one stage, configured from YAML `options` (nil for defaults), over `text` through the
  /// host; the document comes back with the host's checks passed.
  public static func run(
    _ factory: StageFactory, options yaml: String? = nil, on text: String,
    setup given: PipelineSetup? = nil
  ) async throws -> Document {
    let setup = try given ?? setup()
    var context = setup.context
    context.stageID = factory.id
    context.configLocation = "test"
    let source = try ConfigSource(name: "test options", text: yaml ?? "")
    let stage = try await factory.configure(
      options: yaml == nil ? nil : source.root, source: source, path: "options", context: context)
    let host = try PipelineHost(stages: [stage], segmenterProvider: try setup.segmenter())
    return try await host.run(bytes: Array(text.utf8), name: "test.txt", context: context)
  }

  /// Checks one example: every marked span, and nothing else, is annotated by the stage, each with
  /// the example's fields. Returns the problems found (empty when the example holds).
  public static func check(
    _ factory: StageFactory, _ example: StageExample, setup: PipelineSetup? = nil
  ) async throws -> [String] {
    let marked = try MarkedText(example.marked)
    let document = try await run(factory, on: marked.text, setup: setup)
    let found = document.annotations.filter { $0.block == 0 }
    var problems: [String] = []
    let spans = found.map { $0.start..<$0.end }
    for span in marked.spans where !spans.contains(span) {
      let text = ScalarText(marked.text).slice(span.lowerBound, span.upperBound)
      problems.append("\(example.location): '\(text)' (\(span)) was not annotated")
    }
    for a in found where !marked.spans.contains(a.start..<a.end) {
      problems.append("\(example.location): unexpected \(a.type) '\(a.text)' at \(a.start)..<\(a.end)")
    }
    for a in found where marked.spans.contains(a.start..<a.end) {
      let fields = try JSONSerialization.jsonObject(with: JSONEncoder().encode(a)) as? [String: Any]
      for (key, expected) in example.fields.sorted(by: { $0.key < $1.key }) {
        let actual = fields?[key].map { "\($0)" } ?? "(missing)"
        if actual != expected {
          problems.append("\(example.location): '\(a.text)' has \(key) '\(actual)', expected '\(expected)'")
        }
      }
    }
    return problems
  }
}

extension StageTestKit {
  /// Runs a ready stage over input bytes through the real host with the given segmenter (a test's
  /// own, or the real one): the host's checks — text unchanged, annotations valid, none removed —
  /// apply as in a real run.
  public static func run<S: AnnotationStage>(
    _ stage: S, bytes: [UInt8], name: String = "test.txt", segmenter: any SegmenterProvider,
    context: StageContext, onError: StageFailurePolicy = .fail
  ) async throws -> Document {
    var context = context
    context.stageID = S.id
    let host = try PipelineHost(
      stages: [ConfiguredStage(stage, location: "test", onError: onError)],
      segmenterProvider: segmenter)
    return try await host.run(bytes: bytes, name: name, context: context)
  }
}
