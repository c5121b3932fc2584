import Foundation
import JieduCore
import JieduVocabulary

/// The glossary terms and formulas found in a document, once each, for a translator's termbase:
/// TBX (TBX 2 `martif`, which `jiedu glossary import` and CAT tools read) or CSV with Jiedu's glossary
/// columns (`term,en,pinyin,category,note,source`).
public enum TermExport {
  /// The formats `jiedu glossary export` writes.
  public enum Format: String, CaseIterable, Sendable {
    case tbx, csv
  }

  /// One exported term.
  struct Term {
    var chinese: String
    var english: String
    var pinyin: String
    var category: String
    var note: String
    var source: String
  }

  /// The document's terms as the format.
  public static func render(_ document: Document, as format: Format) -> String {
    let terms = self.terms(document)
    switch format {
    case .csv: return csv(terms)
    case .tbx: return tbx(terms, from: document.source.name)
    }
  }

  /// Term and abbreviation annotations with a rendering, by first appearance, one per Chinese text.
  static func terms(_ document: Document) -> [Term] {
    var seen: Set<String> = []
    var result: [Term] = []
    let order = Dictionary(uniqueKeysWithValues: document.blocks.enumerated().map { ($1.id, $0) })
    let sorted = document.annotations.sorted {
      (order[$0.block] ?? 0, $0.start) < (order[$1.block] ?? 0, $1.start)
    }
    for a in sorted where a.type == .term || a.type == .abbreviation {
      guard let english = a.rendering, !english.isEmpty, seen.insert(a.text).inserted else {
        continue
      }
      var note = a.note ?? ""
      if let items = a.expansion, !items.isEmpty {
        note = (note.isEmpty ? "" : note + " ") + "Items: " + items.joined(separator: "、")
      }
      result.append(
        Term(
          chinese: a.text, english: english, pinyin: a.pinyin ?? "", category: a.category ?? "",
          note: note, source: a.source ?? ""))
    }
    return result
  }

  static func csv(_ terms: [Term]) -> String {
    var lines = ["term,en,pinyin,category,note,source"]
    for t in terms {
      lines.append(
        [t.chinese, t.english, t.pinyin, t.category, t.note, t.source].map(cell).joined(
          separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A CSV cell, quoted when it holds a comma, a quote or a line break.
  static func cell(_ text: String) -> String {
    let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(
      of: "\n", with: " ")
    guard flat.contains(",") || flat.contains("\"") else { return flat }
    return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func tbx(_ terms: [Term], from source: String) -> String {
    let x = BilingualExport.xml
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <martif type="TBX" xml:lang="en">
        <martifHeader><fileDesc><sourceDesc><p>Terms found by jiedu in \(x(source))</p></sourceDesc></fileDesc></martifHeader>
        <text><body>

      """
    for (index, t) in terms.enumerated() {
      out += "    <termEntry id=\"t\(index + 1)\">\n"
      if !t.category.isEmpty {
        out += "      <descrip type=\"subjectField\">\(x(t.category))</descrip>\n"
      }
      if !t.note.isEmpty { out += "      <descrip type=\"definition\">\(x(t.note))</descrip>\n" }
      if !t.source.isEmpty { out += "      <admin type=\"source\">\(x(t.source))</admin>\n" }
      out += "      <langSet xml:lang=\"zh\"><tig><term>\(x(t.chinese))</term>"
      if !t.pinyin.isEmpty { out += "<termNote type=\"pronunciation\">\(x(t.pinyin))</termNote>" }
      out += "</tig></langSet>\n"
      out += "      <langSet xml:lang=\"en\"><tig><term>\(x(t.english))</term></tig></langSet>\n"
      out += "    </termEntry>\n"
    }
    return out + "  </body></text>\n</martif>\n"
  }
}
