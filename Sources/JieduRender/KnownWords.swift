import Foundation
import JieduCore

/// The reader's known-words list: a word per line, `#` starts a comment, UTF-8.
///
/// Only the first tab-separated field of a line counts, so a word list exported from a flashcard
/// program (word, pinyin, meaning…) works as it is.
public enum KnownWords {
  /// Reads the list; the error names the file.
  public static func load(_ url: URL) throws -> Set<String> {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let exists = FileManager.default.fileExists(atPath: url.path)
      throw JieduError(
        "known-words file '\(url.path)': "
          + (exists ? "cannot read it (\(FileReadError.reason(error)))" : "no such file"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw JieduError("known-words file '\(url.path)': not UTF-8 text")
    }
    return parse(text)
  }

  /// The words in a known-words text.
  public static func parse(_ text: String) -> Set<String> {
    var words = Set<String>()
    for rawLine in text.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    {
      var line = Substring(rawLine)
      if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      if let tab = line.firstIndex(of: "\t") { line = line[..<tab] }
      let word = line.trimmingCharacters(in: .whitespaces)
      if !word.isEmpty { words.insert(word) }
    }
    return words
  }
}
