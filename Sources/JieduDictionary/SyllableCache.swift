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
}

/// A scalar value as a table key, hashed by one multiplication (`ByteHash`) instead of `Hasher`:
/// the table is asked for every character read outside a word.
struct CharacterKey: Hashable {
  let value: UInt32

  init(_ value: UInt32) { self.value = value }

  func hash(into hasher: inout Hasher) { hasher.combine(value) }

  func _rawHashValue(seed: Int) -> Int { ByteHash.hash(UInt64(value), 0, seed: seed) }
}
