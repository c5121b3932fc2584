import AbbreviationsStage
import Foundation
import JieduCore
import JieduStageTesting
import JieduVocabulary

/// Fixture files, the seed article, and running the stage the way the host does.
enum StageHarness {
  /// The text of a file in Fixtures/.
  static func fixture(_ name: String) throws -> String {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else {
      throw JieduError("no fixture '\(name)'")
    }
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// The URL of a file in Fixtures/.
  static func fixtureURL(_ name: String) throws -> URL {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else {
      throw JieduError("no fixture '\(name)'")
    }
    return url
  }

  /// The repository root (three levels above this file).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The seed article's text.
  static func seed() throws -> String {
    String(
      decoding: try Data(
        contentsOf: repositoryRoot.appendingPathComponent("seeds/000_cadf6caf5feb9c49.txt")),
      as: UTF8.self)
  }

  /// A context whose relative paths resolve inside Fixtures/.
  static func context() throws -> StageContext {
    StageContext(
      baseDirectory: try fixtureURL("small-formulas.yaml").deletingLastPathComponent(),
      dataDirectory: DataLocation.find(configured: repositoryRoot.appendingPathComponent("data")))
  }

  /// The stage with the built-in list (and the given options).
  static func stage(_ options: AbbreviationsStage.Options = .init()) throws -> AbbreviationsStage {
    try AbbreviationsStage(options: options, context: context())
  }

  /// Runs the stage over a text through the real host (the stage test kit); only the stage's own
  /// diagnostics are kept.
  static func run(_ text: String, stage: AbbreviationsStage) async throws -> Document {
    var document = try await StageTestKit.run(
      stage, bytes: Array(text.utf8), segmenter: SimpleSegmenter(), context: context())
    document.diagnostics.removeAll { $0.stage != AbbreviationsStage.id }
    return document
  }

  /// The stage's annotations of a text, in order.
  static func annotations(_ text: String, stage: AbbreviationsStage) async throws -> [Annotation] {
    try await run(text, stage: stage).annotations.filter { $0.stage == AbbreviationsStage.id }
  }
}

/// One line of a NAME.expected.yaml fixture.
struct ExpectedFormula: Decodable, Equatable, CustomStringConvertible {
  var text: String
  var origin: String
  var expansion: [String]?

  /// Reads NAME.expected.yaml.
  static func load(_ name: String) async throws -> [ExpectedFormula] {
    let source = try ConfigSource(name: name, text: try StageHarness.fixture(name))
    guard let root = source.root else { return [] }
    return try source.decode([ExpectedFormula].self, from: root, path: "")
  }

  /// What an annotation says, in the same shape (an empty expansion counts as none).
  init(_ annotation: Annotation) {
    text = annotation.text
    origin = annotation.formulaOrigin?.rawValue ?? ""
    expansion = annotation.expansion
  }

  static func == (a: ExpectedFormula, b: ExpectedFormula) -> Bool {
    a.text == b.text && a.origin == b.origin && (a.expansion ?? []) == (b.expansion ?? [])
  }

  var description: String { "\(text) [\(origin)] \((expansion ?? []).joined(separator: ", "))" }
}
