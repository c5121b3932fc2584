import Foundation
import JieduCore
import JieduDictionary

/// Remembers the finished readings of a word with given syllables, so a word that recurs (most do)
/// is looked up and its senses cleaned once, not once per occurrence: per task (a memo passes from
/// document to document through the stage's `MemoPool`), and — through a `SharedFinished` store
/// the stage keeps — once per run across every task of a batch.
struct ReadingMemo {
  /// Finished readings of this document's words (the glossary's renderings are the document's).
  private var finished: [FilledKey: Readings] = [:]
  /// The latest finished readings of each word, with what they were made from: asked first, with
  /// the sentence's syllables compared in place (no key built; most words read alike every time).
  private var latest: [WordKey: LatestReadings] = [:]
  /// The task's own cache of word pieces and syllables for `PinyinReader`.
  var syllables = SyllableCache()
  /// The task's own name verdicts, in front of the stage's run-wide ones.
  var nameVerdicts: [WordKey: NameFinder.WordVerdict] = [:]
  private let sharedFinished: SharedFinished?

  /// A memo for one document; with `sharedFinished`, readings found in earlier documents are
  /// reused.
  init(sharedFinished: SharedFinished? = nil) {
    self.sharedFinished = sharedFinished
  }

  /// Most keys either table keeps before it starts again (a memo lives for a run, from document to
  /// document).
  static let maximumKeys = 200_000

  /// Empties the tables once either holds `maximumKeys`.
  mutating func resetIfLarge() {
    if finished.count >= ReadingMemo.maximumKeys { finished = [:] }
    if latest.count >= ReadingMemo.maximumKeys { latest = [:] }
    syllables.resetIfLarge()
    if nameVerdicts.count >= ReadingMemo.maximumKeys { nameVerdicts = [:] }
  }
}

extension ReadingMemo {
  /// Gives `token` the finished readings of an earlier token with the same key and returns true, or
  /// returns false. The token keeps its own text and offsets; the readings (pinyin, glosses, extra
  /// fields) share storage with the earlier token's.
  mutating func applyFinished(_ token: inout Token, key: FilledKey) -> Bool {
    if let known = finished[key] {
      known.apply(to: &token)
      rememberLatest(known, key: key)
      return true
    }
    guard let earlier = sharedFinished?.value(for: key) else { return false }
    finished[key] = earlier
    rememberLatest(earlier, key: key)
    earlier.apply(to: &token)
    return true
  }

  /// Remembers a finished token's readings for `applyFinished`.
  mutating func rememberFinished(_ token: Token, key: FilledKey) {
    let readings = Readings(of: token)
    finished[key] = readings
    rememberLatest(readings, key: key)
    sharedFinished?.remember(readings, for: key)
  }

  /// Gives a token that is no name its word's latest finished readings and returns true when they
  /// were made from the same syllables — the non-nil ones of `syllables[range]`, a sentence's
  /// per-scalar readings — table verdict and rendering, for no name either; else returns false.
  mutating func applyLatest(
    _ token: inout Token, syllables: [String?], range: Range<Int>, tableGloss: String?,
    rendering: String?
  ) -> Bool {
    latest[WordKey(token.text)]?.settle(
      &token, syllables: syllables, range: range, tableGloss: tableGloss, rendering: rendering)
      ?? false
  }

  /// Makes `readings` (under `key`) the latest of `key`'s word.
  mutating func rememberLatest(_ readings: Readings, key: FilledKey) {
    latest[WordKey(key.reading.text)] = LatestReadings(key: key, readings: readings)
  }
}

/// A word's latest finished readings with what they were made from, in a box: a look-up copies one
/// reference, and a token is settled by comparing these with its own with no other object read on
/// the way (the key's syllables, in an array of their own, were a cache miss per token). The first
/// two syllables are kept inline; a longer word's are all in `syllables`.
///
/// Not a struct in the table read in place (`latest[key]?.settle(…)` through `_modify`): that
/// coroutine's frames were two `malloc`s per look-up.
final class LatestReadings {
  let name: NameFinder.Kind?
  let tableGloss: String?
  let rendering: String?
  let first: String?
  let second: String?
  let syllableCount: Int
  let syllables: [String]
  let readings: Readings

  init(key: FilledKey, readings: Readings) {
    name = key.name
    tableGloss = key.tableGloss
    rendering = key.rendering
    let all = key.reading.syllables
    syllableCount = all.count
    first = all.first
    second = all.count > 1 ? all[1] : nil
    syllables = all.count > 2 ? all : []
    self.readings = readings
  }

  /// Gives a token that is no name these readings and returns true when they were made for no name
  /// from the same syllables (the non-nil ones of `syllables[range]`), table verdict and rendering;
  /// else returns false.
  func settle(
    _ token: inout Token, syllables: [String?], range: Range<Int>, tableGloss: String?,
    rendering: String?
  ) -> Bool {
    guard name == nil, self.tableGloss == tableGloss, self.rendering == rendering,
      madeFrom(syllables, range)
    else { return false }
    readings.apply(to: &token)
    return true
  }

  /// Whether these readings' syllables are the non-nil ones of `syllables[range]`, in order.
  func madeFrom(_ syllables: [String?], _ range: Range<Int>) -> Bool {
    var next = 0
    for i in range {
      guard let syllable = syllables[i] else { continue }
      guard next < syllableCount else { return false }
      let expected = next == 0 ? first : next == 1 ? second : self.syllables[next]
      guard expected == syllable else { return false }
      next += 1
    }
    return next == syllableCount
  }
}

/// What the gloss stage gives a token — its pinyin, glosses and extra fields — without the token's
/// own text and offsets: what the finished memo keeps (three references to copy out, not a token).
struct Readings: Sendable {
  var pinyin: String?
  var glosses: [String]?
  var extra: [String: JSONValue]?

  /// The readings of a filled token.
  init(of token: Token) {
    pinyin = token.pinyin
    glosses = token.glosses
    extra = token.extra
  }

  /// Gives `token` these readings (sharing their storage).
  func apply(to token: inout Token) {
    token.pinyin = pinyin
    token.glosses = glosses
    token.extra = extra
  }
}

/// What a finished token's readings depend on: the word and its syllables, the kind of name it is,
/// the sense table's verdict in its sentence and the glossary's rendering of the word in its document.
struct FilledKey: Hashable, Sendable {
  var reading: ReadingKey
  var name: NameFinder.Kind?
  var tableGloss: String?
  var rendering: String?

  /// The word alone: the few keys one word has (a polyphone's readings) are told apart by `==`,
  /// and hashing every syllable and gloss of every token was a cost of its own.
  func hash(into hasher: inout Hasher) { reading.text.hashBytes(into: &hasher) }

  /// The word's `ByteHash`, as for `WordKey`.
  func _rawHashValue(seed: Int) -> Int { reading.text.byteHash(seed: seed) }

  /// Field by field, the word by its bytes (written out: the memo compares a key per token).
  static func == (a: FilledKey, b: FilledKey) -> Bool {
    a.reading.text.sameBytes(as: b.reading.text) && a.reading.syllables == b.reading.syllables
      && a.name == b.name && a.tableGloss == b.tableGloss && a.rendering == b.rendering
  }
}

/// A word with its syllables (a struct, not a joined string: no string built per token).
struct ReadingKey: Hashable, Sendable {
  var text: String
  var syllables: [String]

  /// The word alone, by its bytes, as for `FilledKey`: its syllables are compared by `==`, not
  /// hashed.
  func hash(into hasher: inout Hasher) { text.hashBytes(into: &hasher) }

  /// The word's `ByteHash`, as for `WordKey`.
  func _rawHashValue(seed: Int) -> Int { text.byteHash(seed: seed) }

  /// The word by its bytes (NFC text: the same as `==` on the strings, without its checks), then
  /// the syllables.
  static func == (a: ReadingKey, b: ReadingKey) -> Bool {
    a.text.sameBytes(as: b.text) && a.syllables == b.syllables
  }
}

/// Finished readings (after the sense table and the glossary's rendering), shared by the documents
/// and tasks of a run.
typealias SharedFinished = LockedMemo<FilledKey, Readings>
