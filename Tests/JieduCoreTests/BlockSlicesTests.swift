import Testing

@testable import JieduCore

/// Spreading one document over threads: where the slices fall, and that the blocks and mapped
/// results come back whole and in order.
@Suite("Block slices and concurrent maps")
struct BlockSlicesTests {
  private func blocks(_ lengths: [Int]) -> [Block] {
    lengths.enumerated().map {
      Block(id: $0, kind: .paragraph, text: String(repeating: "字", count: $1))
    }
  }

  @Test(arguments: [
    ([100, 100, 100, 100], 2, 50, 2),
    ([100, 100, 100, 100], 4, 50, 4),
    ([100, 100, 100, 100], 2, 1_000, 1),  // too short to be worth a second thread
    ([5_000, 1, 1, 1], 2, 10, 2),  // one long block: it is a slice of its own
    ([7], 8, 1, 1),
    ([Int](), 2, 1, 1),
  ])
  func slicesCoverTheBlocksInOrder(_ lengths: [Int], _ parts: Int, _ minimum: Int, _ count: Int) {
    let ranges = BlockSlicing.ranges(blocks(lengths), parts: parts, minimumCharacters: minimum)
    #expect(ranges.count == count)
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == lengths.count)
    for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    #expect(ranges.allSatisfy { !$0.isEmpty } || lengths.isEmpty)
  }

  @Test func slicesShareTheTextAboutEvenly() {
    let ranges = BlockSlicing.ranges(
      blocks(Array(repeating: 10, count: 1_000)), parts: 2, minimumCharacters: 100)
    #expect(ranges == [0..<500, 500..<1_000])
  }

  @Test(arguments: [1, 2, 3, 8])
  func blocksComeBackInOrderAfterWorkOnThreads(_ threads: Int) {
    var document = Document(
      source: SourceInfo(name: "t", encoding: "utf-8", sha256: "", bytes: 0),
      blocks: blocks(Array(repeating: 40, count: 300)))
    document.withBlockSlices(threads: threads, minimumCharacters: 100) { slice in
      for b in slice.indices { slice[b].sentences = [Sentence(start: 0, end: slice[b].id % 7)] }
    }
    #expect(document.blocks.map(\.id) == Array(0..<300))
    #expect(document.blocks.map { $0.sentences.first?.end } == (0..<300).map { $0 % 7 })
  }

  @Test(arguments: [1, 2, 5])
  func aConcurrentMapKeepsTheOrder(_ threads: Int) {
    let numbers = Array(0..<10_000)
    #expect(
      numbers.concurrentMap(threads: threads, minimumCount: 16) { $0 * 3 } == numbers.map { $0 * 3 }
    )
  }
}
