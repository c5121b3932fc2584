import Foundation
import JieduCore
import Testing

@testable import GlossaryStage

/// The built-in glossary covers every term an English reader needs explained in the sample articles.
@Suite struct SeedCoverageTests {
  static let articles: [(article: URL, expected: String)] = [
    (Fixture.seed, "seed-expected-terms.txt"),
    (Fixture.url("economy-article.txt"), "economy-expected-terms.txt"),
  ]

  @Test(arguments: [0, 1])
  func everyExpectedTermIsAnnotated(_ index: Int) async throws {
    let (article, expectedFile) = Self.articles[index]
    let stage = try GlossaryStage(options: GlossaryStageOptions(), context: Fixture.context())
    let document = try await Fixture.annotate(article, with: stage)
    let expected = try Fixture.lines(expectedFile)
    let report = GlossaryCoverage.report(document: document, expected: expected)
    print("glossary coverage \(article.lastPathComponent): \(report.summary)")
    #expect(report.missing.isEmpty, "not annotated: \(report.missing.joined(separator: ", "))")
    #expect(!expected.isEmpty)
  }

  @Test func annotationsMatchTheirSpansAndCarryTheEntryFields() async throws {
    let stage = try GlossaryStage(options: GlossaryStageOptions(), context: Fixture.context())
    let document = try await Fixture.annotate(Fixture.seed, with: stage)
    let terms = document.annotations.filter { $0.type == "term" }
    #expect(terms.count > 20)
    for annotation in terms {
      #expect(AnnotationCheck.problem(annotation, in: document) == nil)
      #expect(annotation.stage == "glossary")
      #expect(annotation.rendering?.isEmpty == false)
      #expect(annotation.category.map(GlossaryCategory.all.contains) == true)
    }
  }

  @Test func glossaryTermsComeOutOfSegmentationAsSingleTokens() async throws {
    let stage = try GlossaryStage(options: GlossaryStageOptions(), context: Fixture.context())
    let document = try await Fixture.annotate(Fixture.seed, with: stage)
    let tokens = Set(document.allTokens.map { "\($0.block):\($0.token.start):\($0.token.end)" })
    let whole = Set(stage.wholeWords)
    var split: [String] = []
    for a in document.annotations
    where whole.contains(a.text) && a.text.unicodeScalars.allSatisfy(\.isHan) {
      if !tokens.contains("\(a.block):\(a.start):\(a.end)") { split.append(a.text) }
    }
    // Forward maximum matching may still take a longer word that starts earlier; that is rare.
    #expect(split.count * 10 <= document.annotations.count, "split terms: \(split)")
  }
}
