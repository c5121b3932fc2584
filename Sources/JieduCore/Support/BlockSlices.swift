import Foundation

extension Document {
  /// Runs `work` over the blocks in up to `threads` contiguous slices of about equal text, each
  /// slice on a thread of its own, and puts the blocks back in order. One slice, on the calling
  /// thread, when `threads` is 1 or the text is shorter than `minimumCharacters` per slice.
  ///
  /// For a stage whose blocks do not depend on one another (the gloss and levels stages): its
  /// output must not depend on where the slices fall. Each slice's blocks are its own while
  /// `work` runs (moved out of the document, so they are changed in place, not copied).
  public mutating func withBlockSlices(
    threads: Int, minimumCharacters: Int = 40_000, _ work: @Sendable (inout [Block]) -> Void
  ) {
    let ranges = BlockSlicing.ranges(blocks, parts: threads, minimumCharacters: minimumCharacters)
    guard ranges.count > 1 else {
      work(&blocks)
      return
    }
    let slices = ranges.map { BlockSlice(Array(blocks[$0])) }
    blocks = []  // each slice now holds the only reference to its blocks' sentences
    DispatchQueue.concurrentPerform(iterations: slices.count) { work(&slices[$0].blocks) }
    blocks.reserveCapacity(ranges.last?.upperBound ?? 0)
    for slice in slices {
      blocks += slice.blocks
      slice.blocks = []
    }
  }
}

/// Where a document's blocks are cut into slices for `withBlockSlices`.
package enum BlockSlicing {
  /// Contiguous ranges covering `blocks`, about equal in UTF-8 bytes of text: at most `parts`, and
  /// fewer when a slice would hold less than `minimumCharacters` (counted as three bytes each).
  package static func ranges(_ blocks: [Block], parts: Int, minimumCharacters: Int) -> [Range<Int>]
  {
    let sizes = blocks.map { $0.text.utf8.count }
    let total = sizes.reduce(0, +)
    let count = max(1, min(parts, blocks.count, total / max(1, minimumCharacters * 3)))
    guard count > 1 else { return [0..<blocks.count] }
    var ranges: [Range<Int>] = []
    var start = 0
    var running = 0
    for (index, size) in sizes.enumerated() {
      running += size
      // Cut after the block that reaches the next share of the text.
      if ranges.count < count - 1, running * count >= total * (ranges.count + 1) {
        ranges.append(start..<(index + 1))
        start = index + 1
      }
    }
    ranges.append(start..<blocks.count)
    return ranges.filter { !$0.isEmpty }
  }
}

/// One slice's blocks, handed to the thread that works on them.
private final class BlockSlice: @unchecked Sendable {
  /// Written by one thread at a time: the worker while `work` runs, the caller before and after.
  var blocks: [Block]

  init(_ blocks: [Block]) { self.blocks = blocks }
}
