/// How many of CC-CEDICT's headwords write a character in their traditional form: where
/// simplification merged characters, the common one is written in thousands of headwords and a
/// rare one in a handful (只 is 隻 "classifier for animals" in 22 headwords, 秖 "grain that has
/// begun to ripen" in one). Counted when the dictionary is indexed and kept in its cache, so a run
/// only looks the counts up.
struct TraditionalUsage: Sendable {
  /// The scalar values counted, ascending.
  let values: [UInt32]
  /// The count of each of `values`.
  let counts: [Int32]

  /// A table already counted (from the dictionary cache); nil unless `values` ascend and the two
  /// arrays are as long.
  init?(values: [UInt32], counts: [Int32]) {
    guard values.count == counts.count, zip(values, values.dropFirst()).allSatisfy({ $0 < $1 })
    else { return nil }
    self.values = values
    self.counts = counts
  }

  /// Counts each scalar of the traditional headwords of `lines` in `bytes`, once per headword.
  init(bytes: [UInt8], lines: [Range<Int32>]) {
    var table: [UInt32: Int32] = [:]
    table.reserveCapacity(16_384)
    var seen: [UInt32] = []
    for line in lines {
      guard
        let (traditional, _) = CedictParser.headwords(
          bytes, Int(line.lowerBound), Int(line.upperBound))
      else { continue }
      seen.removeAll(keepingCapacity: true)
      var i = traditional.lowerBound
      while i < traditional.upperBound {
        let (value, length) = TraditionalUsage.scalar(in: bytes, at: i, end: traditional.upperBound)
        i += length
        guard let value, !seen.contains(value) else { continue }
        seen.append(value)
        table[value, default: 0] += 1
      }
    }
    let sorted = table.sorted { $0.key < $1.key }
    values = sorted.map(\.key)
    counts = sorted.map(\.value)
  }

  /// How many headwords write `character`.
  func count(of character: Unicode.Scalar) -> Int {
    var (low, high) = (0, values.count)
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < character.value { low = middle + 1 } else { high = middle }
    }
    return low < values.count && values[low] == character.value ? Int(counts[low]) : 0
  }

  /// The scalar value whose UTF-8 starts at `i` and its length in bytes; nil (and one byte) for a
  /// byte that starts none, or a sequence cut short by `end`.
  private static func scalar(in bytes: [UInt8], at i: Int, end: Int) -> (UInt32?, Int) {
    let lead = UInt32(bytes[i])
    let length: Int
    var value: UInt32
    switch lead {
    case 0x00..<0x80: return (lead, 1)
    case 0xC0..<0xE0: (length, value) = (2, lead & 0x1F)
    case 0xE0..<0xF0: (length, value) = (3, lead & 0x0F)
    case 0xF0..<0xF8: (length, value) = (4, lead & 0x07)
    default: return (nil, 1)
    }
    guard i + length <= end else { return (nil, 1) }
    for k in 1..<length {
      let next = UInt32(bytes[i + k])
      guard next & 0xC0 == 0x80 else { return (nil, 1) }
      value = value << 6 | (next & 0x3F)
    }
    return (value, length)
  }
}
