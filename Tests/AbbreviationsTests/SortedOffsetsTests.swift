import Testing

@testable import AbbreviationsStage

/// `SortedOffsets`: membership by binary search, whether or not the offsets came sorted.
@Suite struct SortedOffsetsTests {
  static let cases: [[Int]] = [[], [3], [1, 2, 5, 9, 14], [9, 1, 14, 5, 2], [2, 2, 7]]

  @Test(arguments: cases)
  func holdsExactlyItsOffsets(_ offsets: [Int]) {
    let sorted = SortedOffsets(offsets)
    for offset in -1...16 {
      #expect(sorted.contains(offset) == offsets.contains(offset))
    }
  }
}
