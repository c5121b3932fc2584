import AbbreviationsStage
import Foundation
import JieduCore
import JieduKnowledge
import JieduVocabulary
import Testing

/// The formula schema's provenance fields (status, source, url, also, items-en) and the check on them.
@Suite("Formula schema")
struct FormulaSchemaTests {
  static let good = """
    - term: 两个维护
      en: Two Upholds
      category: ideology
      status: official
      source: "Xinhua, 2022"
      url: https://example.org/two-upholds
      also: [two safeguards]
      items: [坚决维护习近平总书记党中央的核心、全党的核心地位, 坚决维护党中央权威和集中统一领导]
      items-en: ["uphold Xi's core position", uphold the Central Committee's authority]
    """

  @Test func everyFieldIsRead() throws {
    let entry = try #require(try FormulaList.parse(Self.good, name: "f.yaml").first)
    #expect(entry.status == .official)
    #expect(entry.url == "https://example.org/two-upholds")
    #expect(entry.also == ["two safeguards"])
    #expect(entry.itemsEn?.count == 2)
    #expect(FormulaChecker.check([entry], name: "f.yaml").isEmpty)
  }

  @Test func itemsEnMustMatchItems() {
    let text = Self.good.replacingOccurrences(
      of: "items-en: [\"uphold Xi's core position\", uphold the Central Committee's authority]",
      with: "items-en: [only one]")
    #expect {
      _ = try FormulaList.parse(text, name: "f.yaml")
    } throws: { "\($0)".contains("items-en has 1 entry but items has 2") }
  }

  @Test func aBadStatusIsRefused() {
    let text = Self.good.replacingOccurrences(of: "status: official", with: "status: offcial")
    #expect {
      _ = try FormulaList.parse(text, name: "f.yaml")
    } throws: { "\($0)".contains("unknown status 'offcial'; did you mean 'official'?") }
  }

  @Test func officialNeedsASource() throws {
    let text = Self.good.replacingOccurrences(of: "  source: \"Xinhua, 2022\"\n", with: "")
    let entries = try FormulaList.parse(text, name: "f.yaml")
    #expect(
      FormulaChecker.check(entries, name: "f.yaml") == [
        "f.yaml: '两个维护' is official but has no source (give 'source: Outlet, document or article, year', or make it descriptive)"
      ])
  }

  @Test func annotationsCarryProvenanceAndEnglishItems() async throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "formulas-\(UUID().uuidString).yaml")
    try Self.good.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let stage = try StageHarness.stage(.init(files: [file.path], builtin: false))
    let a = try #require(try await StageHarness.annotations("做到两个维护。", stage: stage).first)
    #expect(a.status == "official" && a.source == "Xinhua, 2022")
    #expect(a.url == "https://example.org/two-upholds" && a.also == ["two safeguards"])
    #expect(
      a.expansionEn == ["uphold Xi's core position", "uphold the Central Committee's authority"])
  }

  @Test func everyBuiltInFormulaFileIsLoaded() {
    let names = FormulaList.builtinFiles.map(\.lastPathComponent)
    #expect(names.first == "formulas.yaml")
    #expect(names.allSatisfy(FormulaList.isFormulaFileName))
  }
}
