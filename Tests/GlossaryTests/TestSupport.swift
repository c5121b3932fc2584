import Foundation
import JieduCore

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
  static func annotate(_ file: URL, with stage: GlossaryStage) throws -> Document {
    let bytes = [UInt8](try Data(contentsOf: file))
    var document = try Ingestion.document(from: bytes, name: file.lastPathComponent)
    let segmenter = try SimpleSegmenter().makeSegmenter(wholeWords: stage.wholeWords)
    Ingestion.tokenize(&document, with: segmenter)
    try stage.annotate(&document, context: context())
    return document
  }

  /// Annotates a string as a one-file document.
  static func annotate(text: String, with stage: GlossaryStage) throws -> Document {
    var document = try Ingestion.document(from: Array(text.utf8), name: "test.txt")
    Ingestion.tokenize(&document, with: SimpleSegmenter())
    try stage.annotate(&document, context: context())
    return document
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
