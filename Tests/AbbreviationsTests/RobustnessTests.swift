import AbbreviationsStage
import JieduCore
import Testing

@Suite("Odd input: a result and valid annotations, never a crash")
struct RobustnessTests {
  let stage: AbbreviationsStage

  init() throws { stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"])) }

  @Test(arguments: [
    "", "三", "即", "“三进入”即", "“三进入", "三进入”即甲、乙、丙", "”“", "“”即、、、。", "甲、乙、丙三", "甲、乙、丙三大",
    "、、三大平台", "“‘三会一课”’", "三会一课三会一课", "第三会一课", "二十三会一课", "“三进入”即“甲、乙、丙",
    String(repeating: "“三进入”即甲、乙、丙；", count: 200),
    String(repeating: "三", count: 5000),
    String(repeating: "“", count: 3000) + String(repeating: "”", count: 3000),
  ])
  func oddTexts(text: String) async throws {
    // StageHarness.run throws if an annotation's offsets or text do not match its block.
    _ = try await StageHarness.run(text, stage: stage)
  }

  /// Deterministic random texts over the characters the stage cares about.
  @Test func randomTextsOverTheStagesAlphabet() async throws {
    let alphabet = Array("三两双一四个大级项即是指包括“”‘’「」，、；。：—等第28会课甲乙丙进入\n".unicodeScalars)
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for _ in 0..<300 {
      var view = String.UnicodeScalarView()
      for _ in 0..<(next() % 80) { view.append(alphabet[next() % alphabet.count]) }
      _ = try await StageHarness.run(String(view), stage: stage)
    }
  }
}
