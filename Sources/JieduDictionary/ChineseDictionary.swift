import Foundation
import JieduCore

/// CC-CEDICT loaded once, with optional user dictionaries over it, looked up by simplified or
/// traditional headword.
///
/// The built-in file is indexed without parsing it: one pass over the bytes hashes both headwords of
/// every line into an open-addressing table; a line is parsed only when it is looked up. User
/// dictionaries (CC-CEDICT format or YAML) are parsed whole; a word they define replaces every
/// built-in entry of that word, and a later file replaces an earlier one.
public final class ChineseDictionary: Sendable {
  private let text: CedictText
  private let lineRanges: [Range<Int32>]
  private let index: HashMultimap
  private let overrides: [String: [CedictEntry]]
  private let overrideHashes: Set<UInt64>
  /// Word frequencies (jieba's dictionary), when found beside CC-CEDICT or given.
  public let frequencies: WordFrequencies?
  /// The longest headword, in scalars (capped at 16), for longest-match segmentation.
  public let longestWord: Int
  /// Majority readings of characters inside words (empty without frequencies).
  let statistics: ReadingStatistics
  /// How many built-in headwords write each character in their traditional form.
  let traditionalCounts: HeadwordCharacterCounts
  /// Lines of the built-in file that did not parse (line numbers and reasons), for diagnostics.
  public let problems: [String]

  /// Loads CC-CEDICT and user dictionaries (`.yaml`/`.yml` as YAML, anything else as CC-CEDICT format).
  ///
  /// When `frequencies` is nil, jieba's `dict.txt` is looked for beside CC-CEDICT
  /// (`DataLocation.jiebaFile`) and used if present. Throws a one-line error naming the file that
  /// cannot be read or parsed.
  public static func load(
    cedict: URL, extra: [URL] = [], frequencies: URL? = nil, useCache: Bool = true
  ) throws -> ChineseDictionary {
    var overrides: [String: [CedictEntry]] = [:]
    for url in extra {
      let entries = try UserDictionary.load(url)
      var fileWords: [String: [CedictEntry]] = [:]
      for entry in entries {
        fileWords[entry.simplified, default: []].append(entry)
        if entry.traditional != entry.simplified {
          fileWords[entry.traditional, default: []].append(entry)
        }
      }
      for (word, list) in fileWords { overrides[word] = list }
    }
    let frequencyURL =
      frequencies
      ?? cedict.deletingLastPathComponent().appendingPathComponent(DataLocation.jiebaFile)
    let hasFrequencies = FileManager.default.fileExists(atPath: frequencyURL.path)
    if !hasFrequencies && frequencies != nil {
      throw JieduError("\(frequencyURL.path): cannot read file (no such file)")
    }
    let cacheURL = DictionaryCache.location(for: cedict)
    let cacheKey = DictionaryCache.key(
      cedict: cedict, frequencies: hasFrequencies ? frequencyURL : nil)
    // With a valid cache the file is only mapped: its lines are parsed as they are looked up.
    if useCache, let cacheURL, let mapped = CedictText(mapping: cedict.path),
      let cached = DictionaryCache.read(cacheURL, key: cacheKey, cedictBytes: mapped.count)
    {
      let index = CedictIndex(
        text: mapped, lineRanges: cached.lineRanges, table: cached.index, longest: cached.longest,
        problems: cached.problems)
      return ChineseDictionary(
        index: index, overrides: overrides, frequencies: cached.frequencies,
        statistics: cached.statistics, traditionalCounts: cached.traditionalCounts)
    }
    let bytes = try CedictParser.readBytes(cedict)
    // CC-CEDICT's index and jieba's table are independent: build them on two threads.
    let index = LoadSlot<CedictIndex>()
    let table = LoadSlot<Result<WordFrequencies?, any Error>>()
    DispatchQueue.concurrentPerform(iterations: 2) { job in
      if job == 0 {
        index.value = CedictIndex(bytes: bytes)
      } else {
        table.value = Result {
          hasFrequencies ? try WordFrequencies(contentsOf: frequencyURL) : nil
        }
      }
    }
    guard let builtIndex = index.value else { throw JieduError("\(cedict.path): not loaded") }
    let builtTable = try table.value?.get() ?? nil
    let dictionary = ChineseDictionary(
      built: builtIndex, from: bytes, overrides: overrides, frequencies: builtTable)
    if useCache, let cacheURL {
      DictionaryCache.write(
        DictionaryCache.Contents(
          lineRanges: builtIndex.lineRanges, index: builtIndex.table, longest: builtIndex.longest,
          problems: builtIndex.problems, frequencies: builtTable, statistics: dictionary.statistics,
          traditionalCounts: dictionary.traditionalCounts),
        to: cacheURL, key: cacheKey, cedictBytes: bytes.count)
    }
    return dictionary
  }

  /// Builds a dictionary from CC-CEDICT bytes (for tests and for callers that already hold the bytes).
  public convenience init(
    bytes: [UInt8], overrides: [String: [CedictEntry]] = [:], frequencies: WordFrequencies? = nil
  ) {
    self.init(
      built: CedictIndex(bytes: bytes), from: bytes, overrides: overrides,
      frequencies: frequencies)
  }

  /// A dictionary over an index just built from `bytes`: the reading statistics and the
  /// traditional-character counts are made from them.
  private convenience init(
    built: CedictIndex, from bytes: [UInt8], overrides: [String: [CedictEntry]],
    frequencies: WordFrequencies?
  ) {
    self.init(
      index: built, overrides: overrides, frequencies: frequencies,
      statistics: frequencies.map {
        ReadingStatistics(bytes: bytes, lines: built.lineRanges, frequencies: $0)
      } ?? ReadingStatistics(),
      traditionalCounts: HeadwordCharacterCounts(bytes: bytes, lines: built.lineRanges))
  }

  private init(
    index built: CedictIndex, overrides: [String: [CedictEntry]], frequencies: WordFrequencies?,
    statistics: ReadingStatistics, traditionalCounts: HeadwordCharacterCounts
  ) {
    self.text = built.text
    self.lineRanges = built.lineRanges
    self.index = built.table
    self.overrides = overrides
    self.overrideHashes = Set(overrides.keys.map { FNVHash.of($0) })
    self.frequencies = frequencies
    let overrideLongest = overrides.keys.map(\.unicodeScalars.count).max() ?? 1
    self.longestWord = min(max(built.longest, overrideLongest), 16)
    self.problems = built.problems
    self.traditionalCounts = traditionalCounts
    self.statistics = statistics
  }

  /// Every entry for a word, by simplified or traditional form; user dictionaries replace built-in entries.
  public func entries(for word: String) -> [CedictEntry] {
    if !overrides.isEmpty, let user = overrides[word] { return user }
    let key = WordKey(word)
    if let known = parsed.value(for: key) { return known }
    let entries = builtInEntries(hash: FNVHash.of(word), utf8: Array(word.utf8))
    parsed.remember(entries, for: key)
    return entries
  }

  /// Whether a user dictionary defines the word (its entries replace the built-in ones, and a reader's
  /// own senses beat every built-in choice).
  public func isUserDefined(_ word: String) -> Bool {
    !overrides.isEmpty && overrides[word] != nil
  }

  /// Entries parsed once per distinct word: a corpus asks for the same few thousand words again and
  /// again, and parsing their lines was most of the gloss stage's time.
  private let parsed = ParsedEntries()

  /// The single-character reading candidates, per character (see `SingleCharacterChoice`).
  let characterCandidates = LockedMemo<Unicode.Scalar, [SingleCharacterChoice.Candidate]>()

  /// The syllables of dictionary words as `PinyinReader` reads them, per word.
  let wordSyllables = LockedMemo<WordKey, [String]?>()

  /// How `PinyinReader` reads a multi-character token: the pieces (offsets within the token) it is
  /// read by — the whole token when the dictionary has it, else its CC-CEDICT words — per token text.
  let readingPieces = LockedMemo<WordKey, [Range<Int>]>()

  /// How many built-in headwords write `character` (one scalar) in their traditional form; 0 for
  /// text of more than one scalar.
  public func traditionalUsage(of character: String) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return 0 }
    return traditionalCounts.count(of: first)
  }

  /// Whether the word has an entry.
  public func contains(_ word: String) -> Bool {
    contains(hash: FNVHash.of(word), utf8: Array(word.utf8))
  }

  /// Number of lines indexed from the built-in file.
  public var builtInCount: Int { lineRanges.count }

  // MARK: - Lookups by hash, for segmentation

  /// Whether a word (given by its hash and UTF-8) has an entry, without parsing any line.
  func contains(hash: UInt64, utf8: [UInt8]) -> Bool {
    if overrideHashes.contains(hash), let word = String(validating: utf8, as: UTF8.self),
      overrides[word] != nil
    {
      return true
    }
    var found = false
    index.forEach(hash) { line in
      if !found, headwordMatches(line: line, utf8: utf8) { found = true }
    }
    return found
  }

  /// The entries for a word given by hash and UTF-8.
  func entries(hash: UInt64, utf8: [UInt8]) -> [CedictEntry] {
    if overrideHashes.contains(hash), let word = String(validating: utf8, as: UTF8.self),
      let user = overrides[word]
    {
      return user
    }
    return builtInEntries(hash: hash, utf8: utf8)
  }

  private func builtInEntries(hash: UInt64, utf8: [UInt8]) -> [CedictEntry] {
    var lines: [Int32] = []
    index.forEach(hash) { line in
      if headwordMatches(line: line, utf8: utf8) { lines.append(line) }
    }
    lines.sort()
    var result: [CedictEntry] = []
    for line in lines {
      let range = lineRanges[Int(line)]
      if case .entry(let entry) = CedictParser.parseLine(
        text.bytes, Int(range.lowerBound), Int(range.upperBound))
      {
        result.append(entry)
      }
    }
    return result
  }

  private func headwordMatches(line: Int32, utf8: [UInt8]) -> Bool {
    let range = lineRanges[Int(line)]
    guard
      let (trad, simp) = CedictParser.headwords(
        text.bytes, Int(range.lowerBound), Int(range.upperBound))
    else {
      return false
    }
    return equal(simp, utf8) || equal(trad, utf8)
  }

  private func equal(_ range: Range<Int>, _ utf8: [UInt8]) -> Bool {
    guard range.count == utf8.count else { return false }
    let bytes = text.bytes
    var k = 0
    for i in range {
      if bytes[i] != utf8[k] { return false }
      k += 1
    }
    return true
  }
}

/// CC-CEDICT's bytes with every line's range and a hash index of both headwords.
struct CedictIndex: Sendable {
  let text: CedictText
  let lineRanges: [Range<Int32>]
  let table: HashMultimap
  let longest: Int
  let problems: [String]

  /// Wraps parts restored from the compiled cache.
  init(
    text: CedictText, lineRanges: [Range<Int32>], table: HashMultimap, longest: Int,
    problems: [String]
  ) {
    self.text = text
    self.lineRanges = lineRanges
    self.table = table
    self.longest = longest
    self.problems = problems
  }

  /// Indexes the bytes in one pass, without parsing senses.
  init(bytes: [UInt8]) {
    var ranges: [Range<Int32>] = []
    ranges.reserveCapacity(bytes.count / 60)
    var hashes: [(UInt64, Int32)] = []
    hashes.reserveCapacity(bytes.count / 30)
    var longest = 1
    var problems: [String] = []
    var lineNumber = 0
    CedictParser.forEachLine(bytes) { start, end in
      lineNumber += 1
      if CedictParser.isSkippable(bytes, start, end) { return }
      guard let (trad, simp) = CedictParser.headwords(bytes, start, end) else {
        problems.append("line \(lineNumber): expected 'Traditional Simplified [pinyin] /sense/'")
        return
      }
      let line = Int32(ranges.count)
      ranges.append(Int32(start)..<Int32(end))
      let simpHash = FNVHash.of(bytes, simp)
      hashes.append((simpHash, line))
      let tradHash = FNVHash.of(bytes, trad)
      if tradHash != simpHash { hashes.append((tradHash, line)) }
      var scalars = 0
      for i in simp where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
      if scalars > longest { longest = scalars }
    }
    var table = HashMultimap(expected: hashes.count)
    for (hash, line) in hashes { table.insert(hash, line) }
    self.text = CedictText(copying: bytes)
    self.lineRanges = ranges
    self.table = table
    self.longest = longest
    self.problems = problems
  }
}

/// A slot one loading thread writes and the caller reads after the threads have joined.
private final class LoadSlot<Value>: @unchecked Sendable {
  var value: Value?
}

extension ChineseDictionary: SharedResource {
  /// CC-CEDICT from the run's data folder, loaded once per run for every stage that reads it.
  public static func load(in context: StageContext) throws -> ChineseDictionary {
    guard let data = context.dataDirectory else { throw DataLocation.missingError("CC-CEDICT") }
    let cedict = data.appendingPathComponent(DataLocation.cedictFile)
    guard FileManager.default.fileExists(atPath: cedict.path) else {
      throw DataLocation.missingError("CC-CEDICT")
    }
    return try load(cedict: cedict)
  }
}
