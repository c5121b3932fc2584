/// Splits a block's text into sentences on 。！？； (and ! ? ;) and line ends, keeping closing quotes and
/// brackets with their sentence. Offsets are exact scalar offsets into the block's text.
enum SentenceSplitting {
  static let terminals: ScalarSet = ["。", "！", "？", "；", "!", "?", ";", "\n"]
  /// Longest sentence handed to the segmenter; longer runs without punctuation are cut into pieces.
  static let maximumLength = 4096

  /// Sentence ranges covering the text (leading and trailing spaces stay in the sentence).
  static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    let n = scalars.count
    while i < n {
      let s = scalars[i]
      if terminals.contains(s) || (s == "…" && i + 1 < n && scalars[i + 1] == "…") {
        var end = i + 1
        while end < n, terminals.contains(scalars[end]) || scalars[end] == "…" { end += 1 }
        while end < n, BlockStructure.closers.contains(scalars[end]) { end += 1 }
        ranges.append(start..<end)
        start = end
        i = end
        continue
      }
      if i - start + 1 >= maximumLength {
        ranges.append(start..<(i + 1))
        start = i + 1
      }
      i += 1
    }
    if start < n { ranges.append(start..<n) }
    return ranges
  }
}
