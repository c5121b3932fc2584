import Foundation
import JieduSegmenter
import Testing

/// Numbers, dates, percentages, ordinals and mixed Latin/digit runs come out as the rules say.
@Suite struct NumberRuleTests {
  @Test(arguments: [
    ("72年", ["72年"]),
    ("2021年", ["2021年"]),
    ("28条", ["28条"]),
    ("6+5", ["6+5"]),
    ("B2版", ["B2版"]),
    ("5G", ["5G"]),
    ("１９９８年１月１日", ["１９９８年", "１月", "１日"]),
    ("增长１２．５％", ["增长", "１２．５％"]),
    ("增长3.5%", ["增长", "3.5%"]),
    ("二○○○年十二月三十一日", ["二○○○年", "十二月", "三十一日"]),
    ("第十二", ["第十二"]),
    ("3分钟", ["3", "分钟"]),
    ("10:30", ["10:30"]),
    ("——", ["——"]),
    ("ＣＯＶＩＤ", ["ＣＯＶＩＤ"]),
    ("iPhone12的", ["iPhone12", "的"]),
  ])
  func rule(text: String, expected: [String]) throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    #expect(words(try fixtures.segmenter(), text) == expected)
  }
}
