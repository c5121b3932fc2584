import AbbreviationsStage
import Foundation
import JieduCore
import Testing

@Suite("Formula lists")
struct FormulaListTests {
  @Test func theBuiltInListLoadsAndIsNotEmpty() throws {
    let entries = try FormulaList.builtin()
    #expect(entries.count >= 50)
    #expect(entries.contains { $0.term == "三会一课" })
  }

  /// Every built-in entry's items add up to its numerals (or to its explicit `count`).
  @Test func everyBuiltInEntryHasAsManyItemsAsItsNumeralsSay() throws {
    for entry in try FormulaList.builtin() {
      let announced = entry.announcedCount
      #expect(announced != nil, "'\(entry.term)' has no numeral")
      #expect(
        entry.countMatches,
        "'\(entry.term)' announces \(announced ?? 0) items but lists \(entry.items?.count ?? 0)")
    }
  }

  @Test func builtInTermsAndAliasesAreUniqueAndWellFormed() throws {
    var list = FormulaList()
    let entries = try FormulaList.builtin()
    list.add(entries, from: "formulas.yaml")
    #expect(list.entries.count == entries.count, "a term is listed twice")
    var owner: [String: String] = [:]
    for entry in entries {
      #expect(entry.category != nil, "'\(entry.term)' has no category")
      #expect(!entry.en.isEmpty)
      for spelling in [entry.term] + entry.aliases {
        if let other = owner[spelling], other != entry.term {
          Issue.record("'\(spelling)' names both '\(other)' and '\(entry.term)'")
        }
        owner[spelling] = entry.term
      }
    }
  }

  @Test func userFilesComeFirstAndTheBuiltInListFillsIn() async throws {
    let stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"]))
    #expect(stage.list.entry(for: "三会一课")?.en == "three meetings and one lesson (test list)")
    #expect(stage.list.entry(for: "两个覆盖") != nil)
    #expect(stage.list.entry(for: "三會一課")?.term == "三会一课")
    #expect(stage.wholeWords.contains("三会一课"))
    #expect(stage.wholeWords.contains("三會一課"))
  }

  @Test func theSegmenterKeepsListedFormulasWhole() async throws {
    let stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
    let document = try await StageHarness.run("结合“三会一课”开展学习。", stage: stage)
    let tokens = document.blocks[0].sentences.flatMap(\.tokens).map(\.text)
    #expect(tokens.contains("三会一课"))
  }

  @Test func builtinFalseUsesOnlyTheUsersFiles() async throws {
    let stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
    #expect(stage.list.entries.count == 4)
    #expect(stage.list.entry(for: "两个覆盖") == nil)
  }

  @Test func aWrongCategoryIsAnErrorWithFileLineAndColumn() async throws {
    let error = #expect(throws: JieduError.self) {
      try StageHarness.stage(.init(files: ["bad-category.yaml"], builtin: false))
    }
    #expect(
      error?.message.hasPrefix(
        "bad-category.yaml:5:13: [0].category: unknown category 'organization'") == true)
    #expect(error?.message.contains("did you mean 'organisation'") == true)
  }

  @Test func anUnknownKeyIsAnErrorNamingTheKey() async throws {
    let error = #expect(throws: JieduError.self) {
      try StageHarness.stage(.init(files: ["unknown-key.yaml"], builtin: false))
    }
    #expect(error?.message.contains("unknown key 'itmes'") == true, "\(error?.message ?? "")")
    #expect(error?.message.hasPrefix("unknown-key.yaml:4:") == true, "\(error?.message ?? "")")
  }

  @Test func aMissingFileIsAnError() async throws {
    let error = #expect(throws: JieduError.self) {
      try StageHarness.stage(.init(files: ["no-such-list.yaml"]))
    }
    #expect(error?.message.contains("no-such-list.yaml") == true)
  }

  @Test(arguments: [
    ("", 0),
    ("[]", 0),
    ("- term: 两个维护\n  en: two upholds\n  items: [甲, 乙]\n", 1),
  ])
  func parsesSmallLists(yaml: String, count: Int) throws {
    #expect(try FormulaList.parse(yaml, name: "x.yaml").count == count)
  }

  @Test(arguments: [
    "- term: 两个维护\n  en: two upholds\n",
    "- term: 两个维护\n  en: two upholds\n  items: []\n",
    "- term: ''\n  en: x\n  items: [甲]\n",
    "term: 两个维护\n",
    "- term: 两个维护\n  en: two upholds\n  items: [甲, 乙]\n  count: 0\n",
  ])
  func rejectsBadEntries(yaml: String) {
    #expect(throws: JieduError.self) { try FormulaList.parse(yaml, name: "x.yaml") }
  }

  @Test func countsThatDisagreeAndDuplicatesAreWarnings() throws {
    var list = FormulaList()
    let entries = try FormulaList.parse(
      "- term: 两个维护\n  en: a\n  items: [甲]\n- term: 两个维护\n  en: b\n  items: [甲, 乙]\n",
      name: "x.yaml")
    list.add(entries, from: "x.yaml")
    #expect(list.entries.count == 1)
    #expect(list.warnings.count == 2)
  }
}
