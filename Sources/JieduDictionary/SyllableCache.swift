import JieduCore

/// What `PinyinReader` has found about the words of the sentences one task has read: the pieces a
/// token is read by and the syllables of a dictionary word, by the word's `PackedWord`. The
/// dictionary keeps the same facts for the run behind a lock; this copy is the task's own, so a
/// word that recurs costs one look-up of two integers. Words longer than a packed word are not kept.
/// Also the readings of characters read alone that no context changes.
public struct SyllableCache: Sendable {
  /// What is known of each word, in one table: a token's pieces and then its syllables are asked
  /// one after the other, and the second look-up finds the entry the first just read.
  var words: [PackedWord: WordFacts] = [:]
  /// Characters read outside a word, by scalar value: the reading where it is the same in every
  /// context, nil where the context decides (read anew each time).
  var characters: [CharacterKey: String?] = [:]

  /// Most words the word table keeps before it starts again.
  public static let maximumKeys = 200_000

  /// An empty cache.
  public init() {}

  /// Empties the word table once it holds `maximumKeys`.
  public mutating func resetIfLarge() {
    if words.count >= SyllableCache.maximumKeys { words = [:] }
  }
}

/// What a task has found about one word: the pieces it is read by and its syllables as a dictionary
/// word (nil: not worked out yet; `.some(nil)`: no entry's syllables line up).
struct WordFacts: Sendable {
  var pieces: [Range<Int>]?
  var syllables: [String]??

  // The two methods below change nothing: `mutating` so that the task's table lends the facts in
  // place (`words[packed]?.…`) rather than copying them out.

  /// Appends the word's pieces, moved to start at `base`, to `out` and returns true; false when they
  /// are not worked out yet.
  mutating func appendPieces(at base: Int, to out: inout [Range<Int>]) -> Bool {
    guard let known = pieces else { return false }
    for piece in known { out.append((base + piece.lowerBound)..<(base + piece.upperBound)) }
    return true
  }

  /// Writes the word's syllables at the Han scalars of `scalars[range]` in `result`: nil when they
  /// are not worked out yet, false (nothing written) when no entry's syllables line up, else true.
  mutating func writeSyllables(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, into result: inout [String?]
  ) -> Bool? {
    guard case .some(let known) = syllables else { return nil }
    return WordFacts.write(known, scalars, range, into: &result)
  }

  /// Writes `syllables` (one per scalar of `scalars[range]`) at the Han scalars in `result`;
  /// false, writing nothing, for nil.
  static func write(
    _ syllables: [String]?, _ scalars: [Unicode.Scalar], _ range: Range<Int>,
    into result: inout [String?]
  ) -> Bool {
    guard let syllables else { return false }
    for (offset, syllable) in syllables.enumerated() where scalars[range.lowerBound + offset].isHan
    {
      result[range.lowerBound + offset] = syllable
    }
    return true
  }
}

/// A scalar value as a table key, hashed by one multiplication (`ByteHash`) instead of `Hasher`:
/// the table is asked for every character read outside a word.
struct CharacterKey: Hashable {
  let value: UInt32

  init(_ value: UInt32) { self.value = value }

  func hash(into hasher: inout Hasher) { hasher.combine(value) }

  func _rawHashValue(seed: Int) -> Int { ByteHash.hash(UInt64(value), 0, seed: seed) }
}
