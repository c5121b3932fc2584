import Foundation
import JieduCore
import JieduSegmenter
import Testing

/// Whatever the input, the ranges cover every non-space scalar exactly once, in order.
@Suite struct CoverageTests {
  @Test(arguments: [
    "", " ", "\r", "a", "结婚的和尚未结婚的", "  我们  坚持 ", "emoji 😀👍🏽 e\u{301}", "１２．５％。２０２１年——……",
    "CRLF line\r", "马克思·恩格斯 COVID-19 6+5 B2版", "。。。", "\u{FEFF}开头", "第", "十", "一二三四五六七八九十",
    "12345678901234567890123456789012345678901234567890", "a.b.c 1.2.3 1..2 +5 5+ %%",
  ])
  func rangesCoverTheInput(text: String) throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let segmenter = try fixtures.segmenter().makeSegmenter(wholeWords: ["三会一课"])
    let scalars = Array(("前" + text).unicodeScalars)
    let slice = scalars[1...]
    let ranges = segmenter.segment(slice)
    #expect(coversExactly(ranges, slice))
  }

  /// A long line without punctuation is cut into windows: the result still covers it exactly. (The
  /// 30 MB case runs in the benchmark; time is not asserted here.)
  @Test func longLineWithoutPunctuationIsCoveredExactly() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let segmenter = try fixtures.segmenter()
    let pattern = Array("结婚的和尚未结婚的研究生命起源乒乓球拍卖完了龘靐我们坚持2021年".unicodeScalars)
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(2_000_000)
    while scalars.count < 2_000_000 { scalars.append(contentsOf: pattern) }
    let ranges = segmenter.segment(scalars[...])
    #expect(coversExactly(ranges, scalars[...]))
    #expect(ranges.count > scalars.count / 4)
    // Windows do not change the result far from their cuts: the start segments as the short text does.
    #expect(Array(ranges.prefix(6)) == [0..<2, 2..<3, 3..<4, 4..<6, 6..<8, 8..<9])
  }

  @Test func longDigitRunIsCutIntoBoundedTokens() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let scalars = Array(String(repeating: "7", count: 5000).unicodeScalars)
    let ranges = try fixtures.segmenter().segment(scalars[...])
    #expect(coversExactly(ranges, scalars[...]))
    #expect(ranges.allSatisfy { $0.count <= 1024 })
  }
}
