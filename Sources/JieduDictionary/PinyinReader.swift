import Foundation
import JieduCore

/// Reads Chinese text as pinyin, one syllable per Han character, settling polyphonic characters.
///
/// Order of evidence: (1) a dictionary word covering the character (`银行` → `yin2 hang2`), found by the
/// given word ranges or by the reader's own maximum-probability segmentation; (2) a context rule for the
/// common context-dependent characters (`PolyphoneRules`); (3) a hand-written default for single
/// characters (`CharacterDefaults`); (4) the character's majority reading inside dictionary words,
/// weighted by word frequency; (5) the character's first ordinary dictionary entry.
public struct PinyinReader: Sendable {
  /// The dictionary read from.
  public let dictionary: ChineseDictionary
  /// Whether to show the tone sandhi of 一 and 不 (`yí gè`, `bú shì`); off by default.
  public var sandhi: Bool

  /// Creates a reader over a dictionary.
  public init(dictionary: ChineseDictionary) {
    self.dictionary = dictionary
    self.sandhi = false
  }

  /// Creates a reader, choosing whether tone sandhi of 一 and 不 is shown.
  public init(dictionary: ChineseDictionary, sandhi: Bool) {
    self.dictionary = dictionary
    self.sandhi = sandhi
  }

  /// One syllable per Han character of a line, in order, lower case; non-Han characters (Latin letters,
  /// digits, punctuation, spaces) are skipped. `words` optionally gives the line's segmentation as
  /// scalar ranges; without it the reader segments the line itself.
  public func syllables(forLine line: String, style: PinyinStyle, words: [Range<Int>]? = nil)
    -> [String]
  {
    let scalars = Array(line.unicodeScalars)
    let numbered = numberedSyllables(for: scalars, words: words)
    var out: [String] = []
    out.reserveCapacity(scalars.count)
    for (scalar, syllable) in zip(scalars, numbered) where scalar.isHan || scalar == "○" {
      out.append(style.render((syllable ?? "xx5").lowercased()))
    }
    return out
  }

  /// A line with each Han character replaced by its syllable and everything else — Latin letters,
  /// digits, punctuation — kept in place, so the output lines up with the input:
  /// `2021年，5G网络` → `2021 nián， 5G wǎng luò`. Syllables and kept runs are separated by one space.
  public func line(_ line: String, style: PinyinStyle) -> String {
    let scalars = Array(line.unicodeScalars)
    let numbered = numberedSyllables(for: scalars)
    var pieces: [String] = []
    var run = String.UnicodeScalarView()
    var runIsPunctuation = false
    func flush() {
      let kept = String(run).trimmingCharacters(in: .whitespaces)
      if !kept.isEmpty { pieces.append(kept) }
      run.removeAll()
    }
    for (scalar, syllable) in zip(scalars, numbered) {
      if scalar.isHan || scalar == "○" {
        flush()
        pieces.append(style.render((syllable ?? "xx5").lowercased()))
      } else if scalar == " " || scalar == "\t" {
        flush()
      } else {
        // Chinese punctuation stands apart from Latin text beside it (，5G → ， 5G); a run of marks
        // (！”) stays together.
        let isPunctuation =
          scalar.isCJKPunctuation && !scalar.properties.isAlphabetic
          && scalar.properties.numericType == nil
        if !run.isEmpty, isPunctuation != runIsPunctuation { flush() }
        runIsPunctuation = isPunctuation
        run.append(scalar)
      }
    }
    flush()
    return pieces.joined(separator: " ")
  }

  /// A numbered syllable for each scalar (nil for non-Han scalars). `words`, when given, are the token
  /// ranges (as the pipeline's segmenter made them); tokens the dictionary lacks are split further.
  public func numberedSyllables(for given: [Unicode.Scalar], words: [Range<Int>]? = nil)
    -> [String?]
  {
    var cache = SyllableCache()
    return numberedSyllables(for: given, words: words, cache: &cache)
  }

  /// `numberedSyllables(for:words:)` through a caller's cache of the words read so far (a task
  /// reading sentence after sentence keeps one): the same syllables, found without building each
  /// word's text or taking the dictionary's locks.
  public func numberedSyllables(
    for given: [Unicode.Scalar], words: [Range<Int>]? = nil, cache: inout SyllableCache
  ) -> [String?] {
    // ○ (a circle) stands for 〇 in numbers written in characters (二○○一年): read líng.
    let scalars = given.contains("○") ? given.map { $0 == "○" ? "〇" : $0 } : given
    let segmenter = DictionarySegmenter(dictionary: dictionary)
    let whole = 0..<scalars.count
    let outer = words ?? segmenter.segment(scalars, whole, vocabulary: .all)
    var pieces: [Range<Int>] = []
    pieces.reserveCapacity(outer.count + 8)
    // The syllables of each piece that is a whole word the cache knows, found with its pieces (one
    // look-up per word, not one for the pieces and one for the syllables); nil where not known.
    var knownSyllables: [[String]??] = []
    knownSyllables.reserveCapacity(outer.count + 8)
    for range in outer
    where !range.isEmpty && range.lowerBound >= 0 && range.upperBound <= scalars.count {
      guard range.count > 1 else {
        pieces.append(range)
        knownSyllables.append(nil)
        continue
      }
      let packed = PackedWord(scalars, range)
      let relative: [Range<Int>]
      if let packed, let facts = cache.words[packed], let known = facts.pieces {
        if known.count == 1, let syllables = facts.syllables {
          pieces.append(range)
          knownSyllables.append(.some(syllables))
          continue
        }
        relative = known
      } else {
        let word = text(scalars, range)
        relative = dictionary.readingPieces.value(for: WordKey(word)) {
          if dictionary.contains(word) { return [0..<range.count] }
          let base = range.lowerBound
          return segmenter.segment(scalars, range, vocabulary: .cedictOnly).map {
            ($0.lowerBound - base)..<($0.upperBound - base)
          }
        }
        if let packed { cache.words[packed, default: WordFacts()].pieces = relative }
      }
      for piece in relative {
        pieces.append((range.lowerBound + piece.lowerBound)..<(range.lowerBound + piece.upperBound))
        knownSyllables.append(nil)
      }
    }
    let split = ContextReadings.resplit(pieces, scalars: scalars, dictionary: dictionary)
    if split != pieces {
      pieces = split
      knownSyllables = []
    }
    var result = [String?](repeating: nil, count: scalars.count)
    for (p, piece) in pieces.enumerated() {
      let known = p < knownSyllables.count ? knownSyllables[p] : nil
      if piece.count > 1, let syllables = known ?? wordSyllables(scalars, piece, cache: &cache) {
        for (offset, syllable) in syllables.enumerated()
        where scalars[piece.lowerBound + offset].isHan {
          result[piece.lowerBound + offset] = syllable
        }
        continue
      }
      for i in piece where scalars[i].isHan {
        let value = CharacterKey(scalars[i].value)
        if let fixed = cache.characters[value], let fixed {
          result[i] = fixed
          continue
        }
        let context = PolyphoneContext(
          scalars: scalars, index: i, pieces: pieces, pieceIndex: p, dictionary: dictionary)
        let syllable = characterSyllable(context)
        result[i] = syllable
        if cache.characters[value] == nil {
          cache.characters[value] = .some(readsAlike(scalars[i]) ? syllable : nil)
        }
      }
    }
    if sandhi { ToneSandhi.apply(to: &result, scalars: scalars) }
    return result
  }

  /// `wordSyllables(_:_:)` through the caller's cache.
  func wordSyllables(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, cache: inout SyllableCache
  ) -> [String]? {
    guard let packed = PackedWord(scalars, range) else { return wordSyllables(scalars, range) }
    if let known = cache.words[packed]?.syllables { return known }
    let found = wordSyllables(scalars, range)
    cache.words[packed, default: WordFacts()].syllables = .some(found)
    return found
  }

  /// The syllables of a dictionary word, or nil when the dictionary has no entry whose syllables line up.
  func wordSyllables(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [String]? {
    // The same for every occurrence of the word: worked out once per word and dictionary.
    let word = text(scalars, range)
    return dictionary.wordSyllables.value(for: WordKey(word)) {
      computeWordSyllables(scalars, range)
    }
  }

  private func computeWordSyllables(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [String]? {
    let entries = dictionary.entries(for: text(scalars, range))
    guard let entry = ReadingChoice.preferredEntry(entries, length: range.count) else { return nil }
    var syllables = entry.syllables
    if let adjusted = PolyphoneRules.adjustWord(text(scalars, range), syllables: syllables) {
      syllables = adjusted
    }
    return syllables
  }

  /// Whether `characterSyllable` reads the character the same in every context: no context rule
  /// looks at it, and either a default fixes it or the dictionary gives it at most one reading to
  /// choose from.
  func readsAlike(_ scalar: Unicode.Scalar) -> Bool {
    guard ContextReadings.rules[scalar] == nil, PolyphoneRules.rules[scalar] == nil else {
      return false
    }
    if CharacterDefaults.table[scalar] != nil { return true }
    return SingleCharacterChoice.candidates(of: scalar, in: dictionary).count <= 1
  }

  /// The reading of one character that no word settles.
  func characterSyllable(_ context: PolyphoneContext) -> String {
    let scalar = context.scalars[context.index]
    if let ruled = ContextReadings.reading(for: scalar, context) { return ruled }
    if let ruled = PolyphoneRules.reading(for: scalar, context) { return ruled }
    if let fixed = CharacterDefaults.table[scalar] { return fixed }
    // The character's candidates come from the dictionary's memo: its entries are looked up only
    // when none is chosen (a polyphone is read here at every occurrence).
    let candidates = SingleCharacterChoice.candidates(of: scalar, in: dictionary)
    if let chosen = SingleCharacterChoice.choose(from: candidates, context: context) {
      return chosen
    }
    let entries = dictionary.entries(for: String(scalar))
    if let entry = ReadingChoice.preferredEntry(entries, length: 1) {
      return entry.pinyinNumbered.lowercased()
    }
    return "xx5"
  }

  private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    ScalarString.make(scalars[range])
  }
}

/// Chooses among several entries of one word.
public enum ReadingChoice {
  /// The entry to read a word by: syllables that line up with its characters, ordinary senses before
  /// cross-references, common words before proper nouns, more senses before fewer, then file order.
  public static func preferredEntry(_ entries: [CedictEntry], length: Int) -> CedictEntry? {
    // Each entry's key worked out once; the first of the least keys (as `min` gives).
    var best: (entry: CedictEntry, key: (Int, Int, Int, Int))?
    var order = 0
    for entry in entries where entry.syllableCount == length {
      let k = key(entry, order)
      order += 1
      if let current = best, !(k < current.key) { continue }
      best = (entry, k)
    }
    return best?.entry
  }

  private static func key(_ entry: CedictEntry, _ order: Int) -> (Int, Int, Int, Int) {
    let realSenses = entry.senses.count { SenseCleaner.rank(of: $0) == 0 }
    return (entry.isOnlyMarginal ? 1 : 0, entry.isProperNoun ? 1 : 0, -min(realSenses, 6), order)
  }
}
