import Foundation
import JieduCore
import Testing

/// A stage that marks each article's first token (and gives it a reading), and fails on an article
/// that contains 坏.
private struct FirstTokenMarker: AnnotationStage {
  typealias Options = NoOptions
  static let id = "first-token"
  static let summary = "marks the first token; fails on 坏"
  static let requires: Set<Capability> = [.tokens]
  static let produces: Set<Capability> = []

  init() {}
  init(options: NoOptions, context: StageContext) async throws {}

  func annotate(_ document: inout Document, context: StageContext) async throws {
    if document.blocks.contains(where: { $0.text.contains("坏") }) {
      throw JieduError("will not read 坏")
    }
    guard let token = document.blocks.first?.sentences.first?.tokens.first else { return }
    document.annotations.append(
      Annotation(
        stage: "", type: "term", block: 0, start: token.start, end: token.end, text: token.text))
    document.blocks[0].sentences[0].tokens[0].pinyin = "first"
  }
}

/// A stage that notes how many annotations it found: it must see the first stage's work on every
/// article, so it proves the order of stages within a group.
private struct AnnotationCounter: AnnotationStage {
  typealias Options = NoOptions
  static let id = "counter"
  static let summary = "notes how many annotations came before it"
  static let requires: Set<Capability> = [.tokens]
  static let produces: Set<Capability> = []

  init() {}
  init(options: NoOptions, context: StageContext) async throws {}

  func annotate(_ document: inout Document, context: StageContext) async throws {
    document.diagnostics.append(
      Diagnostic(level: .info, stage: "", message: "\(document.annotations.count) before me"))
  }
}

/// `PipelineHost.run(_:context:)`: several articles, each stage over all of them before the next,
/// must give every article what a run of it alone gives, failures included.
@Suite("Articles run together")
struct GroupedRunTests {
  static let articles: [(bytes: [UInt8], name: String)] = [
    (Array("抓党建工作。\n两个覆盖。\n".utf8), "a.txt"),
    ([0x00, 0x01, 0x02, 0x00, 0xFF, 0x00], "binary.txt"),
    (Array("这是坏的。\n".utf8), "bad.txt"),
    (Array("".utf8), "empty.txt"),
    (Array("三会一课\n\n第二段。".utf8), "b.txt"),
  ]

  private func host(_ onError: StageFailurePolicy) throws -> PipelineHost {
    try PipelineHost(
      stages: [
        ConfiguredStage(FirstTokenMarker(), location: "test", onError: onError),
        ConfiguredStage(AnnotationCounter(), location: "test"),
      ],
      segmenterProvider: SimpleSegmenter())
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return encoder
  }()

  private var context: StageContext {
    StageContext(baseDirectory: FileManager.default.temporaryDirectory)
  }

  /// An outcome as something comparable: the document, or the error's text.
  private func outcome(_ result: Result<Document, any Error>) -> String {
    switch result {
    case .success(let document):
      String(decoding: (try? GroupedRunTests.encoder.encode(document)) ?? Data(), as: UTF8.self)
    case .failure(let error): "failed: \(error)"
    }
  }

  @Test(arguments: [StageFailurePolicy.fail, .warn])
  func everyArticleComesOutAsItWouldAlone(_ onError: StageFailurePolicy) async throws {
    let host = try host(onError)
    let together = await host.run(GroupedRunTests.articles, context: context)
    #expect(together.count == GroupedRunTests.articles.count)
    for (article, result) in zip(GroupedRunTests.articles, together) {
      let alone: Result<Document, any Error>
      do {
        alone = .success(
          try await host.run(bytes: article.bytes, name: article.name, context: context))
      } catch {
        alone = .failure(error)
      }
      #expect(outcome(result) == outcome(alone), "\(article.name)")
    }
  }

  @Test func aFailingArticleLeavesTheOthersAnnotated() async throws {
    let together = try await host(.fail).run(GroupedRunTests.articles, context: context)
    let failed = together.enumerated().compactMap { index, result -> String? in
      if case .failure = result { GroupedRunTests.articles[index].name } else { nil }
    }
    #expect(failed == ["binary.txt", "bad.txt"])
    if case .failure(let error) = together[2] {
      #expect("\(error)".contains("will not read 坏"), "\(error)")
    }
    let first = try together[0].get()
    #expect(first.annotations.map(\.text) == ["抓"])
    #expect(first.annotations.first?.stage == "first-token")
    #expect(first.blocks[0].sentences[0].tokens[0].pinyin == "first")
    #expect(first.diagnostics.map(\.message) == ["1 before me"])
    #expect(try together[4].get().diagnostics.map(\.message) == ["1 before me"])
  }

  @Test func withOnErrorWarnTheFailingArticleKeepsAWarningAndLosesNoWork() async throws {
    let together = try await host(.warn).run(GroupedRunTests.articles, context: context)
    let bad = try together[2].get()
    #expect(bad.annotations.isEmpty)
    #expect(bad.diagnostics.map(\.message).contains { $0.contains("will not read 坏") })
    #expect(bad.diagnostics.last?.message == "0 before me")
  }
}
