import Foundation
import Testing

@testable import JieduCore

/// A stage used to test config handling.
struct TestStage: AnnotationStage {
  struct Options: StageOptions {
    var limit = 1
    var files: [String] = []
    init() {}
    static let specs = [
      OptionSpec("limit", type: "int", default: "1", "how many"),
      OptionSpec("files", type: "[path]", default: "[]", "which files"),
    ]
    enum CodingKeys: String, CodingKey { case limit, files }
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      limit = try c.decodeIfPresent(Int.self, forKey: .limit) ?? 1
      files = try c.decodeIfPresent([String].self, forKey: .files) ?? []
    }
  }
  static let id = "test-stage"
  static let summary = "a stage for tests"
  static let requires: Set<Capability> = [.tokens]
  static let produces: Set<Capability> = [.terms]
  let options: Options
  init(options: Options, context: StageContext) throws { self.options = options }
  func annotate(_ document: inout Document, context: StageContext) throws {}
}

@Suite("Loading config.yaml")
struct ConfigTests {
  let registry = StageRegistry([.of(TestStage.self), .of(GlossaryLike.self)])

  func load(_ file: String) async throws -> [ConfiguredStage] {
    let source = try ConfigSource(name: file, text: try FixtureFiles.text(file))
    let config = try JieduConfig.parse(source, baseDirectory: URL(fileURLWithPath: "/tmp"))
    return try await registry.build(
      config, context: StageContext(baseDirectory: URL(fileURLWithPath: "/tmp")))
  }

  func message(_ file: String) async -> String {
    do {
      _ = try await load(file)
      return "no error"
    } catch let error as StageError {
      return error.description
    } catch {
      return (error as? JieduError)?.message ?? "\(error)"
    }
  }

  @Test(arguments: [
    (
      "config-unknown-stage.yaml",
      "config-unknown-stage.yaml:4:9: stages[1].id: unknown stage 'glosary'; did you mean 'glossary'?; available stages: test-stage, glossary"
    ),
    (
      "config-unknown-option.yaml",
      "config-unknown-option.yaml:5:7: stages[0].options.fils: unknown option 'fils'; did you mean 'files'?; valid: limit, files"
    ),
    (
      "config-type-mismatch.yaml",
      "config-type-mismatch.yaml:4:14: stages[0].options.limit: expected a number, found 'three'"
    ),
    (
      "config-unknown-section.yaml",
      "config-unknown-section.yaml:2:1: ouput: unknown section 'ouput'; did you mean 'output'?; valid: stages, data, segmentation, output"
    ),
    (
      "config-bad-format.yaml",
      "config-bad-format.yaml:2:11: output.format: unknown format 'htm'; did you mean 'html'?; valid: html, json, md, tsv, pdf, jsonl, tmx, xliff, apkg"
    ),
  ])
  func errorsNameFileLineColumnAndKeyPath(_ file: String, _ expected: String) async {
    #expect(await message(file) == expected)
  }

  @Test func syntaxErrorsCarryAPosition() async {
    #expect(
      await message("config-syntax-error.yaml").hasPrefix(
        "config-syntax-error.yaml:4:1: YAML syntax error:"))
  }

  @Test func aliasBombsAreRefused() async {
    let text = await message("config-alias-bomb.yaml")
    #expect(text.contains("alias bomb"))
  }

  @Test func oversizedConfigsAreRefused() async {
    let big = String(repeating: "# padding\n", count: 500_000)
    #expect(throws: JieduError.self) { try ConfigSource(name: "big.yaml", text: big) }
  }

  @Test func goodConfigIsReadWithEverySection() async throws {
    let source = try ConfigSource(name: "c.yaml", text: try FixtureFiles.text("config-good.yaml"))
    let config = try JieduConfig.parse(source, baseDirectory: URL(fileURLWithPath: "/tmp"))
    #expect(config.stages.map(\.id) == ["test-stage", "test-stage"])
    #expect(
      config.segmentation
        == JieduConfig.SegmentationSection(lexicons: ["my-words.txt"], cache: false))
    #expect(
      config.output.format == .md && config.output.pinyinOver == .unknown
        && config.output.maxVocabulary == 50)
    let context = StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"))
    // The same stage twice would make every annotation twice: building refuses it.
    await #expect(throws: JieduError.self) { try await registry.build(config, context: context) }
    var single = config
    single.stages.removeLast()
    let stages = try await registry.build(single, context: context)
    #expect(stages.count == 1)
  }

  @Test func emptyConfigHasDefaults() async throws {
    let config = try JieduConfig.parse(
      try ConfigSource(name: "e.yaml", text: ""), baseDirectory: URL(fileURLWithPath: "/"))
    #expect(config.stages.isEmpty && config.output.format == .html && config.segmentation.cache)
  }
}

/// Stands in for a stage named like the real glossary, for suggestion tests.
struct GlossaryLike: AnnotationStage {
  static let id = "glossary"
  static let summary = "terms"
  static let requires: Set<Capability> = [.tokens]
  static let produces: Set<Capability> = [.terms]
  init(options: NoOptions, context: StageContext) throws {}
  func annotate(_ document: inout Document, context: StageContext) throws {}
}

@Suite("Stage order")
struct StageOrderTests {
  @Test func aStageNeedingTermsAfterTheGlossaryIsFine() async throws {
    try StageOrder.validate([("glossary", [.tokens], [.terms]), ("reader", [.terms], [])])
  }

  @Test func aStageNeedingTermsBeforeTheGlossaryIsRefused() async {
    #expect(
      throws: JieduError(
        "stages[0] 'reader' needs terms, which no stage before it produces; 'glossary' produces terms, so configure it before 'reader'"
      )
    ) {
      try StageOrder.validate([("reader", [.terms], []), ("glossary", [.tokens], [.terms])])
    }
  }
}

@Suite("Name suggestions")
struct NameSuggestionTests {
  @Test(arguments: [("glosary", "glossary"), ("abreviations", "abbreviations"), ("Gloss", "gloss")])
  func suggestsTheNearest(_ typo: String, _ expected: String) {
    #expect(
      NameSuggestion.nearest(typo, in: ["glossary", "abbreviations", "gloss", "external"])
        == expected)
  }

  @Test func suggestsNothingForFarNames() async {
    #expect(NameSuggestion.nearest("segmenter", in: ["glossary", "gloss"]) == nil)
  }
}

extension Capability {
  /// Stands in for the glossary stage's capability.
  static let terms = Capability("terms")
}
