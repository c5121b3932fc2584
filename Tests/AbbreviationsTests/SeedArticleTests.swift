import AbbreviationsStage
import JieduCore
import JieduVocabulary
import Testing

@Suite("The seed article")
struct SeedArticleTests {
  let document: Document
  var formulas: [Annotation] { document.annotations }

  init() async throws {
    document = try await StageHarness.run(try StageHarness.seed(), stage: try StageHarness.stage())
  }

  func mentions(_ text: String) -> [Annotation] { formulas.filter { $0.text == text } }

  @Test(arguments: [
    ("三进入", ["党的政策进企业", "政府服务进企业", "先进文化进企业"]),
    ("三同步", ["党建宣传与招商引资同步", "组织组建与开发建设同步", "作用发挥与高质量发展同步"]),
    ("三联动", ["央地联动", "条块联动", "校企联动"]),
  ])
  func definedInTheParagraph(term: String, items: [String]) {
    let found = mentions(term)
    // Once in “三进入、三同步、三联动”工作机制 (before the definitions), once where each is defined.
    #expect(found.count == 2)
    for a in found {
      #expect(a.formulaOrigin?.rawValue == "document")
      #expect(a.expansion == items)
      #expect(a.type == .abbreviation)
    }
  }

  @Test(arguments: ["三会一课", "两个覆盖", "五个基本"])
  func fromTheList(term: String) {
    let found = mentions(term)
    #expect(found.count == 1)
    #expect(found.first?.formulaOrigin?.rawValue == "glossary")
    #expect(found.first?.rendering?.isEmpty == false)
    #expect((found.first?.expansion?.count ?? 0) >= 2)
  }

  @Test func enumerationsWithACount() {
    #expect(mentions("三大功能平台").map(\.expansion) == [["吴淞创新城", "南大智慧城", "大学科技园"]])
    #expect(mentions("三大功能平台").map { $0.formulaOrigin?.rawValue } == ["document"])
    // “街镇（管委会）—园区—企业”三级联动体系: the quotation names the three levels.
    #expect(mentions("三级联动体系").map(\.expansion) == [["街镇（管委会）", "园区", "企业"]])
  }

  @Test func nothingElseIsAFormula() {
    let texts = Set(formulas.map(\.text))
    #expect(texts == ["三大功能平台", "三会一课", "三进入", "三同步", "三联动", "五个基本", "两个覆盖", "三级联动体系"])
    for a in formulas {
      #expect(
        !["28条68项", "6+5", "一线指挥部", "两翼齐飞"].contains { a.text.contains($0) || $0.contains(a.text) })
    }
  }

  @Test func noFormulaIsLeftUnexplained() {
    #expect(!formulas.contains { $0.formulaOrigin?.rawValue == "unresolved" })
    let unresolved = document.diagnostics.filter {
      $0.message.contains("neither in the formula list")
    }
    #expect(unresolved.isEmpty, "\(unresolved.map(\.message))")
  }
}
