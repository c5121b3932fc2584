import JieduCore

/// How often each character is read each way inside words, weighted by word frequency.
///
/// Built in one pass over CC-CEDICT's bytes without making strings: for every multi-character,
/// non-proper-noun entry that jieba's dictionary lists, each character's syllable gets the square root
/// of the word's frequency. The heaviest reading inside words is the fallback for characters that no
/// rule and no hand-written default settles.
struct ReadingStatistics: Sendable {
  /// Hash of (character, syllable) → weight (a Float's bit pattern).
  let table: HashMultimap

  /// An empty table.
  init() { table = HashMultimap(expected: 0) }

  /// Restores a table from the compiled cache.
  init(table: HashMultimap) { self.table = table }

  /// Accumulates from CC-CEDICT lines given as byte ranges.
  init(bytes: [UInt8], lines: [Range<Int32>], frequencies: WordFrequencies) {
    var weights = HashMultimap(expected: 60_000)
    var scalarStarts: [Int] = []
    var syllables: [Range<Int>] = []
    for range in lines {
      let start = Int(range.lowerBound)
      let end = Int(range.upperBound)
      guard let (_, simp) = CedictParser.headwords(bytes, start, end), simp.count > 3 else {
        continue
      }
      guard let frequency = frequencies.frequency(hash: FNVHash.of(bytes, simp)), frequency > 0
      else { continue }
      // Scalars of the simplified headword.
      scalarStarts.removeAll(keepingCapacity: true)
      for i in simp where bytes[i] & 0xC0 != 0x80 { scalarStarts.append(i) }
      scalarStarts.append(simp.upperBound)
      // Syllables inside the first [...] (v1 spacing; v2 joined syllables are rare and skipped).
      var i = simp.upperBound
      while i < end && bytes[i] != 0x5B { i += 1 }
      i += 1
      guard i < end, !(bytes[i] >= 0x41 && bytes[i] <= 0x5A), bytes[i] != 0x5B else { continue }
      syllables.removeAll(keepingCapacity: true)
      var syllableStart = i
      while i < end && bytes[i] != 0x5D {
        if bytes[i] == 0x20 {
          if i > syllableStart { syllables.append(syllableStart..<i) }
          syllableStart = i + 1
        }
        i += 1
      }
      if i > syllableStart { syllables.append(syllableStart..<i) }
      guard syllables.count == scalarStarts.count - 1 else { continue }
      let weight = Float(Double(frequency).squareRoot())
      for k in 0..<syllables.count {
        var hash = FNVHash()
        for b in scalarStarts[k]..<scalarStarts[k + 1] { hash.add(bytes[b]) }
        hash.add(0x20)
        for b in syllables[k] { hash.add(bytes[b]) }
        weights.accumulate(hash.value, weight)
      }
    }
    self.table = weights
  }

  /// The weight of a character read as a (lower-case, numbered) syllable inside words.
  func weight(of scalar: Unicode.Scalar, as syllable: String) -> Float {
    var hash = FNVHash()
    hash.add(scalar)
    hash.add(0x20)
    for b in syllable.utf8 { hash.add(b) }
    guard let bits = table.first(hash.value) else { return 0 }
    return Float(bitPattern: UInt32(bitPattern: bits))
  }
}
