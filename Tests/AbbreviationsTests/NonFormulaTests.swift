import AbbreviationsStage
import JieduCore
import JieduVocabulary
import Testing

/// Shapes that look like numeric formulas and are not: CC-CEDICT idioms and ordinary compounds,
/// enumerators, relations between numbers, measure phrases, names built from ordinals; and mined
/// definitions whose pieces are not items.
@Suite("Not formulas")
struct NonFormulaTests {
  static func unresolved(_ text: String) async throws -> [String] {
    let stage = try StageHarness.stage()
    return try await StageHarness.annotations(text, stage: stage)
      .filter { $0.formulaOrigin == .unresolved }.map(\.text)
  }

  @Test(arguments: [
    "他为朋友两肋插刀，在所不辞。",  // CC-CEDICT: (idiom)
    "四乡八镇的群众都来了。",  // 四…八… idiom pattern
    "“一箭双星”发射成功。",
    "画一个“四边形”。",  // CC-CEDICT: quadrilateral
    "她们表演了“二重唱”。",  // CC-CEDICT: duet
    "双方一致同意。",  // 双方 is a word
    "一是加强领导，二是完善制度，三是一些地方要落实。",  // enumerators
    "学院开展“一帮一”的教学指导。",  // a relation, not a count
    "他是“两头受气”。",  // 两头: both ends
    "草莓变为“四季常红”。",
    "美国“四朝元老”重出山。",  // 四朝: four reigns
    "“新官上任三把火”，大概是习惯做法。",  // CC-CEDICT idiom around it
    "面对的是一群十几岁的中学生。",  // measure phrase
    "将扭亏计划“三小步并作一大步”。",  // a clause
    "学习贯彻十五大精神。",  // the 15th Party Congress
    "十九届四中全会和“十四五”规划。",
    "庆祝建党百年和建国七十周年。",
  ])
  func noUnresolvedFormula(text: String) async throws {
    #expect(try await Self.unresolved(text) == [])
  }

  @Test(arguments: [
    ("坚持“两手抓、两手都要硬”。", ["两手抓", "两手都要硬"]),
    ("视察工作要做到“三不可”。", ["三不可"]),
    ("实施“三大一强”战略。", ["三大一强"]),
  ])
  func realFormulasAreStillFound(text: String, expected: [String]) async throws {
    #expect(try await Self.unresolved(text) == expected)
  }

  @Test func aMinedDefinitionNeedsWellFormedItems() async throws {
    let text =
      "一个基本适合我国国情、适应两个根本性转变的环境与资源法律体系框架已经形成。"
      + "把实行两个根本性转变、实施可持续发展战略贯穿于教学之中。"
    let stage = try StageHarness.stage()
    let document = try await StageHarness.run(text, stage: stage)
    #expect(!document.annotations.contains { $0.formulaOrigin == .document })
    #expect(!document.diagnostics.contains { $0.message.contains("defined with") })
  }

  @Test func anUnquotedMiscountIsNotReported() async throws {
    let text = "建设了六大副食品生产基地，包括年产十亿公斤的蔬菜基地，存栏一千万只、年产鲜蛋十万吨的蛋鸡基地。"
    let document = try await StageHarness.run(text, stage: try StageHarness.stage())
    let aboutTheText = document.diagnostics.filter { $0.block != nil }
    #expect(aboutTheText.isEmpty, "\(aboutTheText.map(\.message))")
  }

  @Test func aLeadVerbIsCutFromTheFirstItem() async throws {
    let text = "充分利用国际、国内两种资源。"
    let stage = try StageHarness.stage()
    let defined = try await StageHarness.annotations(text, stage: stage)
      .filter { $0.formulaOrigin == .document }
    #expect(defined.first?.text == "两种资源")
    #expect(defined.first?.expansion == ["国际", "国内"])
  }
}
