import Foundation
import JieduCore
import JieduVocabulary

/// The document's sentences with their English, for translation tools: TMX 1.4b (a memory of the
/// translated pairs) and XLIFF 1.2 (every sentence, translated or not, with the required renderings
/// as notes).
enum BilingualExport {
  /// One sentence and what the translation stage found for it.
  struct Pair {
    var id: String
    var source: String
    var translation: SentenceTranslation?
  }

  /// Every sentence with text, in reading order.
  static func pairs(_ document: Document) -> [Pair] {
    var pairs: [Pair] = []
    for block in document.blocks {
      let text = ScalarText(block.text)
      for (index, sentence) in block.sentences.enumerated() {
        let source = text.slice(sentence.start, sentence.end)
          .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !source.isEmpty else { continue }
        pairs.append(
          Pair(id: "b\(block.id)s\(index)", source: source, translation: sentence.translation))
      }
    }
    return pairs
  }

  /// TMX 1.4b with the translated pairs (zh-CN → en).
  static func tmx(_ document: Document) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx14.dtd">
      <tmx version="1.4">
        <header creationtool="jiedu" creationtoolversion="\(jieduDocumentVersion)" datatype="plaintext" \
      segtype="sentence" adminlang="en" srclang="zh-CN" o-tmf="jiedu"/>
        <body>

      """
    for pair in pairs(document) {
      guard let t = pair.translation, t.isTranslated else { continue }
      out += "    <tu tuid=\"\(xml(pair.id))\">\n"
      if let origin = t.origin {
        out += "      <prop type=\"x-origin\">\(origin.rawValue)</prop>\n"
      }
      if let model = t.model { out += "      <prop type=\"x-model\">\(xml(model))</prop>\n" }
      out += "      <tuv xml:lang=\"zh-CN\"><seg>\(xml(pair.source))</seg></tuv>\n"
      out += "      <tuv xml:lang=\"en\"><seg>\(xml(t.text))</seg></tuv>\n"
      out += "    </tu>\n"
    }
    return out + "  </body>\n</tmx>\n"
  }

  /// XLIFF 1.2: one trans-unit per sentence; untranslated ones have no target.
  static func xliff(_ document: Document) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="\(xml(document.source.name))" source-language="zh-CN" target-language="en" \
      datatype="plaintext" tool-id="jiedu">
          <header><tool tool-id="jiedu" tool-name="jiedu" tool-version="\(jieduDocumentVersion)"/></header>
          <body>

      """
    for pair in pairs(document) {
      out += "      <trans-unit id=\"\(xml(pair.id))\" xml:space=\"preserve\">\n"
      out += "        <source xml:lang=\"zh-CN\">\(xml(pair.source))</source>\n"
      if let t = pair.translation, t.isTranslated {
        let state = t.origin == .memory ? "final" : "needs-review-translation"
        out += "        <target xml:lang=\"en\" state=\"\(state)\">\(xml(t.text))</target>\n"
      }
      for rendering in pair.translation?.required ?? [] {
        let missing = pair.translation?.missingTerms.contains(rendering) ?? false
        out +=
          "        <note from=\"jiedu\" priority=\"\(missing ? 1 : 3)\">required rendering: \(xml(rendering))"
          + "\(missing ? " (missing from the target)" : "")</note>\n"
      }
      out += "      </trans-unit>\n"
    }
    return out + "    </body>\n  </file>\n</xliff>\n"
  }

  /// Text escaped for XML element content and attributes (the HTML escape is valid XML: `<>&"'`
  /// as entities, control characters XML 1.0 forbids dropped).
  static func xml(_ text: String) -> String { HTMLEscape.text(text) }
}
