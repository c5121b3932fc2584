import JieduCore

/// The English cell of a row with a sentence translation: the required renderings marked and
/// numbered like the notes, a fuzzy match or a missing rendering flagged, and the word-by-word gloss
/// kept as the cell's hover text (or, when the sentence has no English, shown as before).
enum TranslationHTML {
  /// The cell's HTML. `spans` are the row's highlighted notes (number and rendering).
  static func cell(
    _ t: RowTranslation, spans: [HighlightSpan], wordByWord: String, wordByWordText: String
  ) -> String {
    guard !t.text.isEmpty else {
      var html = wordByWord
      html +=
        " <span class=\"flag none\" title=\"\(HTMLEscape.text(t.problem ?? ""))\">no translation</span>"
      if let s = t.suggestion {
        html +=
          "<div class=\"sugg\" title=\"\(HTMLEscape.text(s.source))\">memory \(percent(s.score)): "
          + "\(HTMLEscape.text(s.text))</div>"
      }
      return html
    }
    var html = "<span class=\"tr\" title=\"\(HTMLEscape.text("word by word: " + wordByWordText))\">"
    html += marked(t.text, renderings: numbered(t.found, spans: spans)) + "</span>"
    if t.origin == .fuzzy, let score = t.score {
      html += " <span class=\"flag fuzzy\">fuzzy \(percent(score))</span>"
    }
    if !t.missing.isEmpty {
      html +=
        " <span class=\"flag miss\">lacks: \(HTMLEscape.text(t.missing.joined(separator: "; ")))</span>"
    }
    return html
  }

  private static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded())) %" }

  /// Each found rendering with the note number of the highlighted span that carries it.
  private static func numbered(_ found: [String], spans: [HighlightSpan]) -> [(String, Int?)] {
    found.map { rendering in
      (rendering, spans.first { $0.rendering?.lowercased() == rendering.lowercased() }?.note)
    }
  }

  /// The English, escaped, with the first occurrence of each rendering (case-insensitive) marked.
  static func marked(_ english: String, renderings: [(String, Int?)]) -> String {
    var ranges: [(Range<String.Index>, Int?)] = []
    for (rendering, note) in renderings where !rendering.isEmpty {
      guard let range = english.range(of: rendering, options: [.caseInsensitive]),
        !ranges.contains(where: { $0.0.overlaps(range) })
      else { continue }
      ranges.append((range, note))
    }
    ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
    var html = ""
    var position = english.startIndex
    for (range, note) in ranges {
      html += HTMLEscape.text(String(english[position..<range.lowerBound]))
      html += "<mark class=\"req\">\(HTMLEscape.text(String(english[range])))</mark>"
      if let note { html += "<sup class=\"nr\"><a href=\"#note-\(note)\">\(note)</a></sup>" }
      position = range.upperBound
    }
    return html + HTMLEscape.text(String(english[position...]))
  }
}
