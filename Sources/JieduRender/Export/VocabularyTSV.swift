import JieduCore
import JieduVocabulary

/// The vocabulary as tab-separated lines for Anki: simplified, traditional, pinyin, English, and the
/// sentence of the word's first appearance
/// with its English (empty without the translation stage), and the HSK level (`HSK 4`, empty for
/// a word no list has). Tabs and line breaks inside fields become spaces; a field
/// holding a double quote is quoted CSV-style, as Anki's importer expects.
///
/// The first lines are Anki's file headers (`#separator:tab`, `#html:false`, `#columns:…`), which
/// Anki 2.1.54 and later read and older versions skip as comments.
enum VocabularyTSV {
  /// Renders the list.
  static func render(_ document: Document, options: RenderOptions) -> String {
    let entries = VocabularyList.build(document, options: options)
    var lines = [
      "#separator:tab", "#html:false",
      "#columns:Simplified\tTraditional\tPinyin\tEnglish\tSentence\tSentence English\tLevel",
    ]
    for entry in entries {
      let fields = [
        entry.word, entry.traditional, entry.pinyin, entry.glosses.joined(separator: "; "),
        entry.sentence, entry.sentenceEnglish,
        entry.level.map(HSKLevelLabel.label) ?? "",
      ]
      lines.append(fields.map(field).joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One field: tabs, line breaks and other control characters replaced by a space, quoted if it holds `"`.
  static func field(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let isControl =
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}"
      out.append(isControl ? " " : scalar)
    }
    let clean = String(out).trimmingCharacters(in: .whitespaces)
    guard clean.contains("\"") else { return clean }
    return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
