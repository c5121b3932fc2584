/// The segmentation seam: the host hands each sentence's scalars to a segmenter and gets word ranges.
public protocol WordSegmenter: Sendable {
  /// Splits scalars into consecutive ranges that cover them exactly (whitespace may be left out).
  func segment(_ scalars: ArraySlice<Unicode.Scalar>) -> [Range<Int>]
}

/// Makes a segmenter once the stages have offered their must-stay-whole words.
public protocol SegmenterProvider: Sendable {
  /// A segmenter that keeps every word in `wholeWords` as one token where it occurs.
  func makeSegmenter(wholeWords: [String]) throws -> any WordSegmenter
}

/// A simple segmenter: forward maximum matching over a word set, single Han characters otherwise,
/// and runs of Latin letters and digits kept together. A fallback for tests and for when the real
/// segmenter's data is missing.
package struct SimpleSegmenter: WordSegmenter, SegmenterProvider {
  private var words: Set<String>
  private var longest: Int

  /// Creates a segmenter over a word list.
  package init(words: [String] = []) {
    self.words = Set(words)
    longest = words.map(\.unicodeScalars.count).max() ?? 1
  }

  /// A copy that also knows `wholeWords`.
  package func makeSegmenter(wholeWords: [String]) throws -> any WordSegmenter {
    SimpleSegmenter(words: Array(words) + wholeWords)
  }

  /// Segments by forward maximum matching.
  package func segment(_ scalars: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var i = scalars.startIndex
    let end = scalars.endIndex
    while i < end {
      let s = scalars[i]
      if s.isSpaceLike {
        i += 1
        continue
      }
      if SimpleSegmenter.isWordChar(s) {
        var j = i + 1
        while j < end, SimpleSegmenter.isWordChar(scalars[j]) { j += 1 }
        ranges.append(i..<j)
        i = j
        continue
      }
      var matched = 1
      if s.isHan, longest > 1 {
        var len = min(longest, end - i)
        while len > 1 {
          var v = String.UnicodeScalarView()
          v.append(contentsOf: scalars[i..<(i + len)])
          if words.contains(String(v)) {
            matched = len
            break
          }
          len -= 1
        }
      }
      ranges.append(i..<(i + matched))
      i += matched
    }
    return ranges
  }

  static func isWordChar(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A)
      || (s.value >= 0x61 && s.value <= 0x7A)
      || (s.value >= 0xFF10 && s.value <= 0xFF19)
  }
}
