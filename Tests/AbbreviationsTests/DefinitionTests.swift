import AbbreviationsStage
import JieduCore
import JieduVocabulary
import Testing

@Suite("Definitions in the text")
struct DefinitionTests {
  let stage: AbbreviationsStage

  init() throws {
    stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
  }

  func expansion(of term: String, in text: String) async throws -> [String]? {
    try await StageHarness.annotations(text, stage: stage).first { $0.text == term }?.expansion
  }

  @Test(arguments: [
    ("“三联通”是指信息联通、资源联通、服务联通。", "三联通", ["信息联通", "资源联通", "服务联通"]),
    ("“三联通”指的是信息联通、资源联通、服务联通。", "三联通", ["信息联通", "资源联通", "服务联通"]),
    ("“三联通”包括信息联通、资源联通、服务联通。", "三联通", ["信息联通", "资源联通", "服务联通"]),
    ("“三联通”，即为信息联通、资源联通、服务联通。", "三联通", ["信息联通", "资源联通", "服务联通"]),
    ("三联通就是信息联通、资源联通、服务联通。", "三联通", ["信息联通", "资源联通", "服务联通"]),
    ("所谓“两学一做”，就是学党章党规、学系列讲话，做合格党员。", "两学一做", ["学党章党规", "学系列讲话", "做合格党员"]),
    ("“三到位”即：思想到位；组织到位；措施到位。", "三到位", ["思想到位", "组织到位", "措施到位"]),
    ("“两个延伸”即“组织向产业链延伸、工作向企业延伸”。", "两个延伸", ["组织向产业链延伸", "工作向企业延伸"]),
    ("“三同步”即注重跨前一步，确保宣传与招商同步、组建与建设同步、作用与发展同步。", "三同步", ["宣传与招商同步", "组建与建设同步", "作用与发展同步"]),
    ("“四个坚持”即坚持甲、坚持乙、坚持丙、坚持丁。", "四个坚持", ["坚持甲", "坚持乙", "坚持丙", "坚持丁"]),
  ])
  func statedDefinitions(text: String, term: String, items: [String]) async throws {
    #expect(try await expansion(of: term, in: text) == items)
  }

  @Test func definitionsSeparatedBySemicolonsStayApart() async throws {
    let text = "“两进入”即推动甲进企业、乙进企业；“两同步”即确保丙同步、丁同步。"
    #expect(try await expansion(of: "两进入", in: text) == ["甲进企业", "乙进企业"])
    #expect(try await expansion(of: "两同步", in: text) == ["丙同步", "丁同步"])
  }

  @Test func aMiscountedDefinitionDoesNotBorrowTheNextOne() async throws {
    let text = "“三进入”即推动甲进企业、乙进企业；“两同步”即丙同步、丁同步；“两联动”即戊联动、己联动。"
    let document = try await StageHarness.run(text, stage: stage)
    let entering = document.annotations.first { $0.text == "三进入" }
    #expect(entering?.expansion == nil)
    #expect(entering?.extra["listed-items"] == .array([.string("甲进企业"), .string("乙进企业")]))
    #expect(document.diagnostics.count == 1)
  }

  @Test(arguments: [
    "园区以“两个延伸”为抓手。“两个延伸”即即将开展的工作。",
    "“三联动”就是要把资源整合起来。",
  ])
  func notDefinitions(text: String) async throws {
    let found = try await StageHarness.annotations(text, stage: stage)
    #expect(found.allSatisfy { $0.formulaOrigin?.rawValue == "unresolved" })
  }

  @Test func aSecondDifferentDefinitionIsReportedAndTheFirstKept() async throws {
    let text = "“两个转变”即甲转变、乙转变。\n\n“两个转变”即丙转变、丁转变。"
    let document = try await StageHarness.run(text, stage: stage)
    #expect(document.annotations.map(\.expansion) == [["甲转变", "乙转变"], ["甲转变", "乙转变"]])
    #expect(document.diagnostics.map(\.block) == [1])
  }

  @Test func enumerationInAQuotationBeforeACount() async throws {
    let text = "完善“街镇（管委会）—园区—企业”三级联动体系，推动党群工作进园区。"
    #expect(try await expansion(of: "三级联动体系", in: text) == ["街镇（管委会）", "园区", "企业"])
  }

  @Test func enumerationWithALeadingPrepositionOrVerb() async throws {
    #expect(
      try await expansion(of: "两大园区", in: "在甲科技园、乙产业园两大园区推行。") == ["甲科技园", "乙产业园"])
    #expect(
      try await expansion(of: "三大任务", in: "重点推进甲工程、乙工程、丙工程三大任务。") == ["甲工程", "乙工程", "丙工程"])
  }

  @Test func enumerationEndingInDengIsNotADefinition() async throws {
    let found = try await StageHarness.annotations("依托甲联盟、乙联盟等三大平台。", stage: stage)
    #expect(found.isEmpty)
  }

  /// An enumeration whose count disagrees is more likely misread than miscounted: not a definition,
  /// and (三大功能平台 not being a formula shape) nothing to report.
  @Test func enumerationWithTheWrongCountIsNotADefinition() async throws {
    let document = try await StageHarness.run("甲园区、乙园区三大功能平台加速推进。", stage: stage)
    #expect(document.annotations.isEmpty)
    #expect(document.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("鹭江出版社拥有厦门、福州、北京三个办公地点。", "三个办公地点", ["厦门", "福州", "北京"]),
    ("渔业、航运和旅游是三大支柱。", "三大支柱", ["渔业", "航运", "旅游"]),
    ("元人乐府称马东篱、郑德辉、关汉卿、白仁甫为四大家。", "四大家", ["马东篱", "郑德辉", "关汉卿", "白仁甫"]),
  ])
  func enumerationsWithAPreambleOrAConjunction(text: String, term: String, items: [String]) async throws {
    #expect(try await expansion(of: term, in: text) == items)
  }

  @Test(arguments: [
    "是一条位于北海道的道路，与甲、乙一个海关相邻。",
    "前三位分别是中国、泰国和越南，三位火枪手。",
    "亨利七世即位后，七世纪。",
    "因此地曾是南宋皇室庄文、景献两位太子的攒园。",
    "张三、李四两名同志。",
  ])
  func ordinaryCountsAreNotDefinitions(text: String) async throws {
    let document = try await StageHarness.run(text, stage: stage)
    #expect(document.annotations.isEmpty, "\(document.annotations.map(\.text))")
    #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
  }

  @Test func aStatedDefinitionSplitsTheLastItemAtAConjunction() async throws {
    #expect(try await expansion(of: "三联通", in: "“三联通”是指信息联通、资源联通和服务联通。") == ["信息联通", "资源联通", "服务联通"])
  }

  @Test func theDefinitionAppliesBeforeItInOtherBlocksAndTraditionalSpellings() async throws {
    let text = "落實「三服務」。\n\n“三服务”即服务企业、服务群众、服务基层。"
    let found = try await StageHarness.annotations(text, stage: stage)
    #expect(found.map(\.text) == ["三服務", "三服务"])
    #expect(
      found.allSatisfy { $0.formulaOrigin?.rawValue == "document" && $0.expansion == ["服务企业", "服务群众", "服务基层"] })
  }
}
