import Foundation
import JieduCore

/// The segmenter: jieba's dictionary, CC-CEDICT headwords and user lexicons compiled into a trie; the
/// maximum-probability path through the word DAG; rules for numbers and Latin; an HMM for unknown runs.
public final class LexiconSegmenter: SegmenterProvider, WordSegmenter, @unchecked Sendable {
  private let engine: PathSegmenter

  /// Loads (or compiles and caches) the lexicon; errors are one line naming the bad file and line.
  public init(configuration: SegmenterConfiguration) throws {
    engine = PathSegmenter(lexicon: try LexiconCache.load(configuration), wholeWords: nil)
  }

  private init(engine: PathSegmenter) {
    self.engine = engine
  }

  /// A segmenter over the same lexicon that keeps each of `wholeWords` as one token wherever it occurs
  /// (leftmost-longest when they overlap).
  public func makeSegmenter(wholeWords: [String]) throws -> any WordSegmenter {
    let words = wholeWords.compactMap { word -> (scalars: [UInt32], logProb: Float)? in
      let scalars = word.unicodeScalars.map { ScalarClass.folded($0.value) }
      guard !scalars.isEmpty, !scalars.contains(where: ScalarClass.isSpace) else { return nil }
      return (scalars, 0)
    }
    let trie = words.isEmpty ? nil : LexiconTrie.build(words)
    return LexiconSegmenter(engine: PathSegmenter(lexicon: engine.lexicon, wholeWords: trie))
  }

  /// Word ranges covering every non-space scalar, as indices of the slice's base.
  public func segment(_ scalars: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(scalars.count + 1)  // a token per scalar at most: never grown
    let offset = scalars.startIndex
    scalars.withUnsafeBufferPointer { buffer in
      engine.segment(buffer, 0..<buffer.count, into: &ranges)
    }
    if offset != 0 {
      for index in ranges.indices {
        ranges[index] = (ranges[index].lowerBound + offset)..<(ranges[index].upperBound + offset)
      }
    }
    return ranges
  }

  /// The words of one line (for `jiedu segment`); whitespace and a trailing CR are left out.
  public func segmentLine(_ line: String) -> [String] {
    var words: [String] = []
    forEachWord(in: line) { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// The line's words joined by single spaces (the output line of `jiedu segment`), built in one buffer.
  public func segmentedLine(_ line: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(line.utf8.count * 3 / 2)
    forEachWord(in: line) { word in
      if !out.isEmpty { out.append(0x20) }
      out.append(contentsOf: word)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Calls `body` with the UTF-8 bytes of each word of `line`, in order, without storing the ranges.
  private func forEachWord(in line: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let scalars = Array(line.unicodeScalars)
    func run(_ utf8: UnsafeBufferPointer<UInt8>) {
      scalars.withUnsafeBufferPointer { text in
        withoutActuallyEscaping(body) { body in
          var sink = WordBytesSink(text: text, utf8: utf8, body: body)
          engine.segment(text, 0..<text.count, into: &sink)
        }
      }
    }
    // Native strings are contiguous UTF-8: no copy; others (bridged) are copied once.
    if line.utf8.withContiguousStorageIfAvailable(run) == nil {
      Array(line.utf8).withUnsafeBufferPointer(run)
    }
  }
}

/// Turns token ranges (scalar offsets, in order) into UTF-8 byte slices as they come.
private struct WordBytesSink: TokenSink {
  let text: UnsafeBufferPointer<Unicode.Scalar>
  let utf8: UnsafeBufferPointer<UInt8>
  let body: (UnsafeBufferPointer<UInt8>) -> Void
  var scalarOffset = 0
  var byteOffset = 0

  init(
    text: UnsafeBufferPointer<Unicode.Scalar>, utf8: UnsafeBufferPointer<UInt8>,
    body: @escaping (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    self.text = text
    self.utf8 = utf8
    self.body = body
  }

  mutating func add(_ range: Range<Int>) {
    advance(to: range.lowerBound)
    let start = byteOffset
    advance(to: range.upperBound)
    body(UnsafeBufferPointer(rebasing: utf8[start..<byteOffset]))
  }

  private mutating func advance(to offset: Int) {
    while scalarOffset < offset {
      byteOffset += UTF8.width(text[scalarOffset])
      scalarOffset += 1
    }
  }
}
