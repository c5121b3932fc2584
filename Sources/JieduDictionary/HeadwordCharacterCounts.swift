/// How many of CC-CEDICT's headwords write a character in their traditional form: where
/// simplification merged characters, the common one is written in thousands of headwords and a
/// rare one in a handful (只 is 隻 "classifier for animals" in 22 headwords, 秖 "grain that has
/// begun to ripen" in one). Counted when the dictionary is indexed and kept in its cache, so a run
/// only looks the counts up.
struct HeadwordCharacterCounts: Sendable {
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
      var input = bytes[traditional].makeIterator()
      var decoder = UTF8()
      decoding: while true {
        switch decoder.decode(&input) {
        case .scalarValue(let scalar):
          guard !seen.contains(scalar.value) else { continue }
          seen.append(scalar.value)
          table[scalar.value, default: 0] += 1
        case .error: continue
        case .emptyInput: break decoding
        }
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
}
