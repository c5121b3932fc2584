import JieduCore
import JieduVocabulary

/// The HTML of one row: the Chinese with `<ruby>` pinyin and highlighted notes, and its English.
struct RowHTML {
  /// Words the reader knows: their ruby gets the class `k`, hidden when pinyin is over unknown words.
  var knownWords: Set<String>
  /// Words at or below this HSK level count as known too (`pinyin-over: above-level`).
  var knownLevel: Int? = nil
  /// Whether a text is a dictionary word: a long token's pinyin is then written word by word.
  var isWord: (@Sendable (String) -> Bool)? = nil

  /// The Chinese side of a row.
  func chinese(_ row: BlockRow, placement: SpanPlacement, text: ScalarText) -> String {
    var html = ""
    for (index, piece) in row.pieces.enumerated() {
      if let span = placement.opens[index] {
        // A mark and its note number never part at a line break.
        if span.showsNumber { html += "<span class=\"hl\">" }
        html += "<mark class=\"\(cssClass(span.kind))\">"
      }
      if let token = piece.token {
        html += word(token)
      } else {
        html += HTMLEscape.text(text.slice(piece.start, piece.end))
      }
      if let span = placement.closes[index] {
        html += "</mark>"
        if span.showsNumber {
          html += "<sup class=\"nr\"><a href=\"#note-\(span.note)\">\(span.note)</a></sup></span>"
        }
      }
    }
    return html
  }

  /// The English side of a row.
  func english(_ items: [GlossItem]) -> String {
    var html = ""
    var previous: GlossItem.Style?
    for item in items {
      if let previous {
        if previous == .opening || item.style == .punctuation {
          // no space: punctuation sticks to its word
        } else if previous == .punctuation || previous == .translation || item.style == .opening {
          html += " "
        } else {
          html += "<span class=\"sep\"> · </span>"
        }
      }
      let text = HTMLEscape.text(item.text)
      switch item.style {
      case .word, .punctuation, .opening, .translation: html += text
      case .term: html += "<b>\(text)</b>"
      case .missing: html += "<span class=\"nogloss\">\(text)</span>"
      }
      previous = item.style
    }
    return html
  }

  /// One token: ruby when it is a Han word with pinyin, plain text otherwise.
  func word(_ token: Token) -> String {
    let text = HTMLEscape.text(token.text)
    guard token.containsHan, let pinyin = token.pinyin, !pinyin.isEmpty else { return text }
    var attributes = isKnown(token) ? " class=\"k\"" : ""
    if let gloss = token.glosses?.first, !gloss.isEmpty {
      attributes += " data-g=\"\(HTMLEscape.text(String(gloss.prefix(80))))\""
    }
    if let level = token.level { attributes += " data-l=\"\(HSKLevelLabel.short(level))\"" }
    // The syllables apart, for the tone-colour script (the reading shows them written together).
    if pinyin.contains(" ") { attributes += " data-s=\"\(HTMLEscape.text(pinyin))\"" }
    return
      "<ruby\(attributes)>\(text)<rt>"
      + HTMLEscape.text(PinyinDisplay.spaced(token.text, pinyin: pinyin, isWord: isWord))
      + "</rt></ruby>"
  }

  /// A known word, or one at or below the known level (a word no list has, by its parts).
  func isKnown(_ token: Token) -> Bool {
    if knownWords.contains(token.text) { return true }
    guard let knownLevel, let level = token.level ?? token.partsLevel else { return false }
    return level <= knownLevel
  }

  private func cssClass(_ kind: NoteKind) -> String {
    switch kind {
    case .term: return "term"
    case .formula: return "formula"
    case .other: return "other"
    }
  }
}
