import Foundation
import JieduCore
import JieduSegmenter
import Testing

/// Words a stage offers before segmentation come out as single tokens.
@Suite struct WholeWordTests {
  @Test(arguments: ["三会一课", "同频共振", "科创强区"])
  func offeredTermStaysWhole(term: String) throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let base = try fixtures.segmenter()
    #expect(!words(base, "我们坚持\(term)").contains(term), "the lexicon alone should split \(term)")
    let segmenter = try base.makeSegmenter(wholeWords: ["三会一课", "同频共振", "科创强区"])
    #expect(words(segmenter, "我们坚持\(term)的") == ["我们", "坚持", term, "的"])
  }

  @Test func longestOfferedWordWinsWhereTheyOverlap() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let segmenter = try fixtures.segmenter().makeSegmenter(wholeWords: ["三会", "三会一课", "一课时"])
    #expect(words(segmenter, "三会一课时") == ["三会一课", "时"])
  }

  @Test func rangesUseTheSliceIndices() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let segmenter = try fixtures.segmenter().makeSegmenter(wholeWords: ["三会一课"])
    let scalars = Array("标题。我们坚持三会一课".unicodeScalars)
    let ranges = segmenter.segment(scalars[3...])
    #expect(ranges == [3..<5, 5..<7, 7..<11])
  }

  @Test func noOfferedWordsBehavesAsTheBaseSegmenter() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let base = try fixtures.segmenter()
    let derived = try base.makeSegmenter(wholeWords: ["", " "])
    #expect(words(derived, "结婚的和尚未结婚的") == words(base, "结婚的和尚未结婚的"))
  }
}
