import Foundation
import JieduCore
import JieduStageTesting

@testable import GlossaryStage

/// Paths and helpers shared by the glossary tests.
enum Fixture {
  /// The Fixtures folder beside these tests.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The repository root.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The seed article.
  static let seed = repository.appendingPathComponent("seeds/000_cadf6caf5feb9c49.txt")

  /// A fixture file.
  static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  /// Lines of a fixture, without blanks and `#` comments.
  static func lines(_ name: String) throws -> [String] {
    try String(contentsOf: url(name), encoding: .utf8).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  /// A context with no data folder, rooted at the fixtures.
  static func context(userGlossaries: [URL] = [], data: URL? = nil) -> StageContext {
    StageContext(baseDirectory: directory, dataDirectory: data, userGlossaries: userGlossaries)
  }

  /// Ingests a file, segments it with `SimpleSegmenter` knowing the stage's whole words, and runs
  /// the stage.
  static func annotate(_ file: URL, with stage: GlossaryStage) async throws -> Document {
    try await StageTestKit.run(
      stage, bytes: [UInt8](try Data(contentsOf: file)), name: file.lastPathComponent,
      segmenter: SimpleSegmenter(), context: context())
  }

  /// Annotates a string as a one-file document, through the real host.
  static func annotate(text: String, with stage: GlossaryStage) async throws -> Document {
    try await StageTestKit.run(
      stage, bytes: Array(text.utf8), segmenter: SimpleSegmenter(), context: context())
  }
}

extension GlossaryEntry {
  /// A short entry for tests.
  static func make(_ term: String, _ en: String, aliases: [String] = [], category: String? = nil)
    -> GlossaryEntry
  {
    GlossaryEntry(term: term, en: en, category: category, aliases: aliases)
  }
}
