import Foundation
import JieduSegmenter
import Testing

/// The maximum-probability path resolves the classic overlapping ambiguities.
@Suite struct AmbiguityTests {
  @Test(arguments: [
    ("结婚的和尚未结婚的", ["结婚", "的", "和", "尚未", "结婚", "的"]),
    ("研究生命起源", ["研究", "生命", "起源"]),
    ("乒乓球拍卖完了", ["乒乓球", "拍卖", "完", "了"]),
  ])
  func classicAmbiguity(text: String, expected: [String]) throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    #expect(words(try fixtures.segmenter(), text) == expected)
  }

  @Test func segmentLineDropsSpacesAndCarriageReturn() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let segmenter = try fixtures.segmenter()
    #expect(segmenter.segmentLine("我们 坚持\u{3000}研究\r") == ["我们", "坚持", "研究"])
    #expect(segmenter.segmentedLine("我们坚持研究\r") == "我们 坚持 研究")
    #expect(segmenter.segmentLine("") == [])
    #expect(segmenter.segmentLine("   ") == [])
  }

  @Test func unknownCharactersBecomeSingleTokensWithoutHMM() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    #expect(words(try fixtures.segmenter(), "我们龘靐") == ["我们", "龘", "靐"])
  }
}
