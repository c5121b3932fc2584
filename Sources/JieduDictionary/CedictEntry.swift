/// One CC-CEDICT entry: `Traditional Simplified [pin1 yin1] /sense/sense/`.
public struct CedictEntry: Sendable, Equatable {
  /// The traditional headword.
  public var traditional: String
  /// The simplified headword.
  public var simplified: String
  /// Numbered pinyin, one space between syllables (`zhong4 dian3`); v2 entries (`[[zhong4dian3]]`)
  /// are normalised to this spacing.
  public var pinyinNumbered: String
  /// English senses in file order.
  public var senses: [String]

  /// Creates an entry.
  public init(traditional: String, simplified: String, pinyinNumbered: String, senses: [String]) {
    self.traditional = traditional
    self.simplified = simplified
    self.pinyinNumbered = pinyinNumbered
    self.senses = senses
  }

  /// The pinyin syllables (`["zhong4", "dian3"]`).
  public var syllables: [String] {
    // All-ASCII pinyin (nearly all of it) is cut at its space bytes: the same pieces as splitting
    // its characters at " ", without breaking the text into characters.
    var pinyin = pinyinNumbered
    let pieces: [String]? = pinyin.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var pieces: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
        if i > start {
          pieces.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }
        start = i + 1
      }
      return pieces
    }
    return pieces ?? pinyinNumbered.split(separator: " ").map(String.init)
  }

  /// `syllables.count` without building the syllables: the runs of bytes between spaces.
  public var syllableCount: Int {
    var count = 0
    var inSyllable = false
    for byte in pinyinNumbered.utf8 {
      if byte == 0x20 {
        inSyllable = false
      } else if !inSyllable {
        inSyllable = true
        count += 1
      }
    }
    return count
  }

  /// Whether the numbered pinyin, lower-cased, is `lowercased` (already lower-case): the same as
  /// `pinyinNumbered.lowercased() == lowercased`, compared byte by byte when both are ASCII.
  public func readsAs(lowercased: String) -> Bool {
    var mine = pinyinNumbered
    var theirs = lowercased
    let same: Bool? = mine.withUTF8 { a in
      theirs.withUTF8 { b in
        guard a.count == b.count else {
          // Lower-casing keeps an ASCII text's length; anything else is asked of `lowercased()`.
          return a.allSatisfy { $0 < 0x80 } && b.allSatisfy { $0 < 0x80 } ? false : nil
        }
        for i in 0..<a.count {
          let (x, y) = (a[i], b[i])
          guard x < 0x80, y < 0x80 else { return nil }
          let lower = x >= 0x41 && x <= 0x5A ? x | 0x20 : x
          if lower != y { return false }
        }
        return true
      }
    }
    return same ?? (pinyinNumbered.lowercased() == lowercased)
  }

  /// Whether the pinyin starts with a capital letter: CC-CEDICT's mark for proper nouns.
  public var isProperNoun: Bool {
    guard let first = pinyinNumbered.unicodeScalars.first else { return false }
    return first.value >= 0x41 && first.value <= 0x5A
  }

  /// Whether every sense is a cross-reference, surname or archaic use (a weak entry).
  public var isOnlyMarginal: Bool {
    !senses.isEmpty && senses.allSatisfy { SenseCleaner.rank(of: $0) > 0 }
  }
}
