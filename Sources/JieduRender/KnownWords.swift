import Foundation
import JieduCore

/// The reader's known-words list: a plain word list, or a flashcard program's export.
///
/// Read formats (UTF-8, a byte-order mark is skipped):
/// - a word per line; `#` starts a comment (Anki's `#separator:tab` headers are comments too);
/// - TSV (Pleco's "Export cards → Text file", Anki's "Notes in Plain Text"): fields split at tabs;
/// - CSV (LingQ's vocabulary export): fields split at commas, `"…"` quoting with `""` for a quote.
///
/// The word is in `column` (from 1; Pleco, Anki and LingQ put it first). A first line whose word
/// field holds no Han character (`term`, `Simplified`, `Front`) is a header row and not a word;
/// HTML tags in a field (`<b>学习</b>` from Anki) are dropped, and a Pleco headword written
/// `简体[繁體]` counts as its simplified form.
public enum KnownWords {
  /// Reads the list; the error names the file.
  public static func load(_ url: URL, column: Int = 1) throws -> Set<String> {
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
    return parse(text, column: column)
  }

  /// The words in a known-words text.
  public static func parse(_ text: String, column: Int = 1) -> Set<String> {
    var words = Set<String>()
    var first = true
    for rawLine in text.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    {
      var line = Substring(rawLine)
      if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      if line.hasPrefix("#") { continue }
      let fields: [String]
      if line.contains("\t") {
        fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      } else if line.contains(",") {
        fields = csvFields(line)
      } else {
        var plain = line
        if let hash = plain.firstIndex(of: "#") { plain = plain[..<hash] }
        fields = [String(plain)]
      }
      let isFirst = first
      first = false
      guard column - 1 < fields.count else { continue }
      let word = clean(fields[column - 1])
      if word.isEmpty { continue }
      if isFirst, !word.unicodeScalars.contains(where: \.isHan), fields.count > 1 { continue }
      words.insert(word)
    }
    return words
  }

  /// A field without tags, surrounding space, and a `[traditional]` tail.
  private static func clean(_ field: String) -> String {
    var out = TagStripping.text(field)
    if let bracket = out.firstIndex(of: "["), bracket != out.startIndex {
      out = String(out[..<bracket])
    }
    return out.replacingOccurrences(of: "&nbsp;", with: " ").trimmingCharacters(in: .whitespaces)
  }

  /// The fields of one CSV line (RFC 4180 quoting; a quoted field does not span lines here).
  static func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let c = line[index]
      if quoted {
        if c == "\"" {
          let next = line.index(after: index)
          if next < line.endIndex, line[next] == "\"" {
            current.append("\"")
            index = next
          } else {
            quoted = false
          }
        } else {
          current.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        fields.append(current)
        current = ""
      } else {
        current.append(c)
      }
      index = line.index(after: index)
    }
    fields.append(current)
    return fields
  }
}
