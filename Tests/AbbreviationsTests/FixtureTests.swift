import AbbreviationsStage
import JieduCore
import JieduVocabulary
import Testing

@Suite("Fixtures: text in, the formulas the stage should find out")
struct FixtureTests {
  @Test(arguments: [
    "definition-ji", "definition-shizhi", "definition-after-use", "nested-quotes", "traditional",
  ])
  func findsWhatTheFixtureExpects(name: String) async throws {
    let expected = try await ExpectedFormula.load("\(name).expected.yaml")
    let found = try await StageHarness.annotations(
      try StageHarness.fixture("\(name).txt"), stage: try StageHarness.stage())
    #expect(found.map(ExpectedFormula.init) == expected)
  }

  /// The issue: a definition whose count does not match its numerals gives no expansion and a
  /// diagnostic.
  @Test func countMismatchGivesNoExpansionAndOneDiagnostic() async throws {
    let document = try await StageHarness.run(
      try StageHarness.fixture("count-mismatch.txt"), stage: try StageHarness.stage())
    let expected = try await ExpectedFormula.load("count-mismatch.expected.yaml")
    #expect(document.annotations.map(\.text) == expected.map(\.text))
    for a in document.annotations {
      #expect(a.text == "四个到位")
      #expect(a.expansion == nil)
      #expect(a.formulaOrigin?.rawValue == "document")
      #expect(
        a.extra["listed-items"] == .array(["思想认识到位", "组织领导到位", "措施落实到位"].map { .string($0) }))
    }
    let warnings = document.diagnostics.filter { $0.stage == "abbreviations" && $0.block != nil }
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.contains("四个到位") == true)
    #expect(warnings.first?.message.contains("announce 4") == true)
    #expect(warnings.first?.block == 0)
  }

  /// The issue: an enumeration followed by a count (甲园区、乙园区、丙园区三大功能平台) is a document
  /// definition; a tally such as 15条42项 is nothing.
  /// (Also in enumeration-count.expected.yaml.)
  @Test func enumerationFollowedByACountIsADefinition() async throws {
    let found = try await StageHarness.annotations(
      try StageHarness.fixture("enumeration-count.txt"), stage: try StageHarness.stage())
    #expect(found.map(\.text) == ["三大功能平台", "三会一课"])
    #expect(found.first?.formulaOrigin?.rawValue == "document")
    #expect(found.first?.expansion == ["甲园区", "乙园区", "丙园区"])
    #expect(found.last?.formulaOrigin?.rawValue == "glossary")
  }

  @Test func aDefinitionInTheTextWinsOverTheListWithADiagnostic() async throws {
    // small-formulas.yaml lists 三服务 as 服务企业、服务职工、服务社会; the text says otherwise.
    let stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
    let document = try await StageHarness.run(try StageHarness.fixture("definition-ji.txt"), stage: stage)
    let services = document.annotations.filter { $0.text == "三服务" }
    #expect(services.count == 3)
    #expect(
      services.allSatisfy { $0.formulaOrigin?.rawValue == "document" && $0.expansion == ["服务企业", "服务群众", "服务基层"] })
    #expect(services.first?.rendering == "three services (test list)")
    let disagreement = document.diagnostics.filter {
      $0.message.contains("differs from the formula list")
    }
    #expect(disagreement.count == 1)
    #expect(disagreement.first?.message.contains("三服务") == true)
  }
}
