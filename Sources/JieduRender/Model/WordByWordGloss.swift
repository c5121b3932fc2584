import JieduCore

/// One item of the English line beside a sentence.
struct GlossItem: Equatable {
  /// How the item is shown.
  enum Style: Equatable {
    /// A dictionary gloss of one word.
    case word
    /// The rendering of a highlighted term or formula.
    case term
    /// A word without an English gloss (shown as pinyin or as written).
    case missing
    /// Punctuation.
    case punctuation
    /// Opening punctuation that sticks to the item after it.
    case opening
    /// A full sentence translation from a stage.
    case translation
  }
  /// The text shown.
  var text: String
  /// How it is shown.
  var style: Style
}

/// The English beside a sentence: a stage's translation where one exists, otherwise a word-by-word
/// gloss in which highlighted terms and formulas take their glossary rendering.
enum WordByWordGloss {
  /// The items for one row.
  /// `skip` leaves a word out (the words at or below the reader's level); punctuation that would
  /// then follow nothing or other punctuation is left out too.
  static func items(
    row: BlockRow, placement: SpanPlacement, skip: (Token) -> Bool = { _ in false }
  ) -> [GlossItem] {
    var items: [GlossItem] = []
    var insideRendered = false
    var skipped = false
    for (index, piece) in row.pieces.enumerated() {
      if let span = placement.opens[index], let rendering = span.rendering, !rendering.isEmpty {
        items.append(GlossItem(text: rendering, style: .term))
        insideRendered = true
      }
      if insideRendered {
        if placement.closes[index] != nil { insideRendered = false }
        continue
      }
      guard let token = piece.token else { continue }
      if token.containsHan, skip(token) {
        skipped = true
        continue
      }
      guard let item = item(for: token) else { continue }
      if item.style == .punctuation, skipped,
        items.last.map({ $0.style == .punctuation || $0.style == .opening }) ?? true
      {
        continue
      }
      skipped = false
      items.append(item)
    }
    return items
  }

  /// The item for one token, or nil for whitespace.
  static func item(for token: Token) -> GlossItem? {
    if token.containsHan {
      if let gloss = shortGloss(token.glosses ?? []) { return GlossItem(text: gloss, style: .word) }
      let pinyin = token.pinyin ?? ""
      return GlossItem(
        text: pinyin.isEmpty ? token.text : PinyinDisplay.word(pinyin), style: .missing)
    }
    let text = token.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return nil }
    if let mapped = closingPunctuation[text] { return GlossItem(text: mapped, style: .punctuation) }
    if let mapped = openingPunctuation[text] { return GlossItem(text: mapped, style: .opening) }
    if text.unicodeScalars.allSatisfy(\.isCJKPunctuation) {
      return GlossItem(text: text, style: .punctuation)
    }
    return GlossItem(text: text, style: .word)
  }

  /// The longest short gloss before it is cut.
  static let maxLength = 32

  /// The first usable sense, without parenthesised remarks or cross-references, up to its first `;`
  /// or `, `, at most about `maxLength` characters.
  static func shortGloss(_ glosses: [String]) -> String? {
    for gloss in glosses {
      var text = removingParentheses(gloss).trimmingCharacters(in: .whitespaces)
      let lower = text.lowercased()
      if text.isEmpty || lower.hasPrefix("cl:") || lower.hasPrefix("variant of")
        || lower.hasPrefix("old variant")
        || lower.hasPrefix("see ") || lower.hasPrefix("surname ") || lower.hasPrefix("abbr. for")
      {
        continue
      }
      // One sense only: "Shanghai municipality, central east China" → "Shanghai municipality".
      if let cut = text.range(of: "; ") ?? text.range(of: ", ") {
        text = String(text[..<cut.lowerBound])
      }
      if text.count > maxLength {
        let cut = text.prefix(maxLength)
        text = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
      }
      return text
    }
    return nil
  }

  private static func removingParentheses(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var depth = 0
    for scalar in text.unicodeScalars {
      if scalar == "(" {
        depth += 1
      } else if scalar == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        out.append(scalar)
      }
    }
    return String(out).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  private static let closingPunctuation: [String: String] = [
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "？": "?", "！": "!", "”": "”", "’": "’",
    "》": "”", "）": ")", "」": "”", "』": "’", "〉": "’", "…": "…", "……": "…", "——": "—", "—": "—",
    ",": ",", ".": ".", ";": ";", ":": ":", "?": "?", "!": "!", ")": ")",
  ]
  private static let openingPunctuation: [String: String] = [
    "“": "“", "‘": "‘", "《": "“", "（": "(", "「": "“", "『": "‘", "〈": "‘", "(": "(",
  ]
}
