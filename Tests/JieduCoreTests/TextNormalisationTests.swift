import Foundation
import Testing

@testable import JieduCore

@Suite("Normalising text")
struct TextNormalisationTests {
  @Test(arguments: [
    ("72年前,宝山作为", "72年前，宝山作为"),
    ("发展到哪里,\n理顺", "发展到哪里，\n理顺"),
    ("街镇(管委会)—园区", "街镇（管委会）—园区"),
    ("真的吗?是的!好;对:", "真的吗？是的！好；对："),
    ("a, b (c) d?", "a, b (c) d?"),
    ("新发展理念 and 战略部署", "新发展理念 and 战略部署"),
    ("第1,2项", "第1,2项"),
  ])
  func halfWidthPunctuationBetweenCJK(_ input: String, _ expected: String) {
    #expect(TextNormalisation.normalise(input) == expected)
  }

  @Test func lineEndsBecomeLF() {
    #expect(TextNormalisation.normalise("甲\r\n乙\r丙\n") == "甲\n乙\n丙\n")
  }

  @Test func composesToNFC() {
    #expect(TextNormalisation.normalise("lu\u{0308}") == "l\u{00FC}")
  }
}

@Suite("Splitting sentences")
struct SentenceSplittingTests {
  func split(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitting.ranges(in: scalars).map {
      ScalarText(text).slice($0.lowerBound, $0.upperBound)
    }
  }

  @Test func keepsClosingQuotesWithTheirSentence() {
    #expect(split("他说：“开局就是决战。”我们同意！对吗？") == ["他说：“开局就是决战。”", "我们同意！", "对吗？"])
  }

  @Test func splitsOnSemicolonsAndKeepsTheRest() {
    #expect(split("甲即一；乙即二；丙") == ["甲即一；", "乙即二；", "丙"])
  }

  @Test func longRunsWithoutPunctuationAreCutIntoBoundedPieces() {
    let text = String(repeating: "党建", count: 5000)
    let ranges = SentenceSplitting.ranges(in: Array(text.unicodeScalars))
    #expect(ranges.allSatisfy { $0.count <= SentenceSplitting.maximumLength })
    #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 10000)
  }
  @Test(arguments: [
    ("党建工作很重要。“三会一课”——ＡＢＣ", true),
    ("café and naïve", true),
    ("cafe\u{301}", false),  // a combining mark: Foundation composes it
    ("한국어", false),  // Hangul syllables: left to Foundation
    ("\u{F900}", false),  // a compatibility ideograph, which NFC replaces
    ("か\u{3099}", false),
  ])
  func plainlyNFCTextSkipsFoundation(_ text: String, _ plain: Bool) {
    #expect(TextNormalisation.isPlainlyNFC(text) == plain)
    // Either way the result is NFC.
    #expect(
      TextNormalisation.normalise(text).unicodeScalars.elementsEqual(
        text.precomposedStringWithCanonicalMapping.unicodeScalars))
  }
}
