import Foundation
import JieduCore
import JieduVocabulary
import Yams

@testable import TranslationStage

/// Builds the stage from YAML options and runs it over a small document whose glossary terms are
/// given as `term` annotations (as the glossary stage would add them).
enum TranslationFixture {
  static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

  static let text = """
    宝山区推动基层党建。
    会议在宝山召开。
    今天天气很好。
    代表们认真讨论了报告。

    """

  /// The document with `党建` annotated as a term rendered "Party building".
  static func document(_ text: String = text) throws -> Document {
    var document = try Ingestion.document(from: Array(text.utf8), name: "test.txt")
    Ingestion.tokenize(&document, with: SimpleSegmenter())
    for block in document.blocks {
      let scalars = Array(block.text.unicodeScalars)
      for start in scalars.indices.dropLast()
      where scalars[start] == "党" && scalars[start + 1] == "建" {
        document.annotations.append(
          Annotation(
            stage: "glossary", type: .term, block: block.id, start: start, end: start + 2,
            text: "党建", rendering: "Party building"))
      }
    }
    return document
  }

  static func context(_ directory: URL? = nil) -> StageContext {
    StageContext(baseDirectory: directory ?? fixtures, stageID: "translation")
  }

  static func options(_ yaml: String) throws -> TranslationOptions {
    try YAMLDecoder().decode(TranslationOptions.self, from: yaml.isEmpty ? "{}" : yaml)
  }

  /// Runs the stage; returns the document.
  static func run(_ yaml: String, text: String = text, directory: URL? = nil) async throws
    -> Document
  {
    let stage = try await TranslationStage(options: try options(yaml), context: context(directory))
    var document = try document(text)
    try await stage.annotate(&document, context: context(directory))
    return document
  }

  /// Each sentence's translation, in order.
  static func translations(_ document: Document) -> [SentenceTranslation?] {
    document.blocks.flatMap { $0.sentences.map(\.translation) }
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-tr-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
