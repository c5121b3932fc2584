import AbbreviationsStage
import JieduCore
import Testing

@Suite("Formulas nothing explains, and numbers that are not formulas")
struct FormulaShapeTests {
  let stage: AbbreviationsStage

  init() throws {
    stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
  }

  @Test(arguments: [
    ("开展“四个一”活动。", "四个一"),
    ("落实四个一要求。", "四个一"),
    ("建立三张清单，明确责任。", "三张清单"),
    ("按照“五个基本”抓好建设。", "五个基本"),
    ("践行三严三实。", "三严三实"),
    ("落实一岗双责。", "一岗双责"),
    ("增强两个确立的认识。", "两个确立"),
    ("实施“双提升”工程。", "双提升"),
  ])
  func unexplainedFormulasAreMarkedAndNamed(text: String, formula: String) async throws {
    let document = try await StageHarness.run(text, stage: stage)
    #expect(document.annotations.map(\.text) == [formula])
    #expect(document.annotations.first?.formulaOrigin?.rawValue == "unresolved")
    #expect(document.annotations.first?.expansion == nil)
    #expect(
      document.diagnostics.map(\.message) == [
        "numeric formula '\(formula)' is neither in the formula list nor explained in this text"
      ])
  }

  @Test(arguments: [
    "形成28条68项行动计划。",
    "区科委党组制定实施“6+5”工作举措。",
    "《第十四个五年规划和二〇三五年远景目标纲要》",
    "实施“三年行动”计划。",
    "强化区委“一线指挥部”作用，确保一张蓝图绘到底。",
    "拧成“一股绳”，来自四面八方，五湖四海。",
    "推行一企一策、一村一品。",
    "上海要加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局。",
    "走访企业一百余家，解决问题六十多个。",
    "开局就是决战，起步就是冲刺。",
    "对相关企业在一个区域、相对集中的。",
    "一座三层的楼，三到六层，一又四分之一，三加四，两个三等奖。",
    "被称为“三门”，是一个“两难”的选择。",
  ])
  func notFormulas(text: String) async throws {
    let document = try await StageHarness.run(text, stage: stage)
    #expect(document.annotations.isEmpty, "\(document.annotations.map(\.text))")
    #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
  }

  @Test func unresolvedFormulasAreAnnotatedAtEveryMentionButReportedOnce() async throws {
    let document = try await StageHarness.run("开展“四个一”活动。\n\n四个一活动成效明显，四个一要坚持。", stage: stage)
    #expect(document.annotations.map(\.text) == ["四个一", "四个一", "四个一"])
    #expect(document.diagnostics.count == 1)
  }

  @Test func reportUnresolvedFalseLeavesThemAlone() async throws {
    let quiet = try StageHarness.stage(
      .init(files: ["small-formulas.yaml"], builtin: false, reportUnresolved: false))
    let document = try await StageHarness.run("开展“四个一”活动，落实三会一课。", stage: quiet)
    #expect(document.annotations.map(\.text) == ["三会一课"])
    #expect(document.diagnostics.isEmpty)
  }

  @Test func aFormulaInsideAListedOneIsNotReportedSeparately() async throws {
    let document = try await StageHarness.run("坚持“三会一课制度”。", stage: stage)
    #expect(document.annotations.map(\.text) == ["三会一课"])
    #expect(document.diagnostics.isEmpty)
  }
}
