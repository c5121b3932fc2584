import Synchronization

/// How many of CC-CEDICT's headwords write a character in their traditional form: where
/// simplification merged characters, the common one is written in thousands of headwords and a
/// rare one in a handful (只 is 隻 "classifier for animals" in 22 headwords, 秖 "grain that has
/// begun to ripen" in one). Counted once per dictionary, on first use (one pass over the headwords,
/// a few milliseconds), not at load: most runs never ask.
final class TraditionalUsage: Sendable {
  private let counts = Mutex<[Unicode.Scalar: Int32]?>(nil)

  /// The count of `character`, counting the headwords of `lines` in `bytes` first if not yet done.
  func count(of character: Unicode.Scalar, bytes: [UInt8], lines: [Range<Int32>]) -> Int {
    counts.withLock { table in
      if table == nil { table = TraditionalUsage.counted(bytes: bytes, lines: lines) }
      return Int(table?[character] ?? 0)
    }
  }

  /// Each scalar of the traditional headwords, counted once per headword.
  private static func counted(bytes: [UInt8], lines: [Range<Int32>]) -> [Unicode.Scalar: Int32] {
    var table: [Unicode.Scalar: Int32] = [:]
    table.reserveCapacity(16_384)
    var seen: [Unicode.Scalar] = []
    for line in lines {
      guard
        let (traditional, _) = CedictParser.headwords(
          bytes, Int(line.lowerBound), Int(line.upperBound))
      else { continue }
      seen.removeAll(keepingCapacity: true)
      for scalar in String(decoding: bytes[traditional], as: UTF8.self).unicodeScalars
      where !seen.contains(scalar) {
        seen.append(scalar)
        table[scalar, default: 0] += 1
      }
    }
    return table
  }
}
