import AbbreviationsStage
import JieduVocabulary
import Testing

/// Mentions of listed formulas: the longest at each place, never inside a longer numeral or after
/// 第 or a digit, traditional spellings folded, offsets exact.
@Suite("Mentions of listed formulas")
struct MentionTests {
  @Test(arguments: [
    ("坚持三会一课制度", ["2-6 三会一课"]),
    ("三会一课三会一课", ["0-4 三会一课", "4-8 三会一课"]),
    ("落实三會一課和四个意识", ["2-6 三會一課", "7-11 四个意识"]),
    ("第三会一课", []),
    ("二十三会一课", []),
    ("28三会一课", []),
    ("“三服务”、五位一体", ["1-4 三服务", "6-10 五位一体"]),
  ])
  func listedMentions(text: String, expected: [String]) async throws {
    let stage = try StageHarness.stage(.init(files: ["small-formulas.yaml"], builtin: false))
    let found = try await StageHarness.annotations(text, stage: stage)
      .filter { $0.formulaOrigin == .glossary }
      .map { "\($0.start)-\($0.end) \($0.text)" }
    #expect(found == expected)
  }
}
