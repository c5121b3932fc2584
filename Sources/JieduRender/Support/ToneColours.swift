import Foundation

/// Tone colours outside the HTML page (where the template's script and CSS colour the ruby): the
/// schemes' colours, the tone of a syllable, and Markdown's coloured pinyin and characters as inline
/// HTML spans with a `style` (Markdown allows inline HTML; viewers that strip styles, such as
/// GitHub's, show the plain text).
enum ToneColours {
  /// Pleco's colours for tones 1–4 and the neutral tone (the template's `tones-pleco`).
  static let pleco = ["#e30000", "#02b31c", "#1510f0", "#8900bf", "#777777"]
  /// Hanping's colours (the template's `tones-hanping`).
  static let hanping = ["#64b4ff", "#30b030", "#f0a000", "#f00000", "#a0a0a0"]

  /// The five colours of the options' scheme; nil when tone colours are off.
  static func colours(_ options: RenderOptions) -> [String]? {
    switch options.toneScheme {
    case "pleco"?: return pleco
    case "hanping"?: return hanping
    case "custom"?: return options.toneCustom.count == 5 ? options.toneCustom : pleco
    default: return nil
    }
  }

  /// The tone of a syllable in tone marks: 1–4, or 5 for the neutral tone (no mark).
  static func tone(of syllable: Substring) -> Int {
    for scalar in syllable.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar {
      case "\u{0304}": return 1
      case "\u{0301}": return 2
      case "\u{030C}": return 3
      case "\u{0300}": return 4
      default: continue
      }
    }
    return 5
  }

  /// One word's pinyin (`jī yù`) as the handout writes it (`jīyù`, `Xī'ān`), each syllable in a
  /// span of its tone's colour. Text that is not plain syllables comes back escaped, uncoloured.
  static func markdownPinyin(_ pinyin: String, colours: [String]) -> String {
    let syllables = pinyin.split(separator: " ", omittingEmptySubsequences: true)
    guard !syllables.isEmpty,
      syllables.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } })
    else { return MarkdownEscape.text(PinyinDisplay.word(pinyin)) }
    var out = ""
    for (index, syllable) in syllables.enumerated() {
      let apostrophe =
        index > 0 && "aoeāáǎàōóǒòēéěè".contains(syllable.lowercased().first ?? " ") ? "'" : ""
      out += span(apostrophe + syllable, tone: tone(of: syllable), colours: colours)
    }
    return out
  }

  /// A word's characters, each in its syllable's colour when there is one syllable per character;
  /// the word escaped and uncoloured otherwise.
  static func markdownWord(_ word: String, pinyin: String, colours: [String]) -> String {
    let characters = Array(word)
    let syllables = pinyin.split(separator: " ", omittingEmptySubsequences: true)
    guard characters.count == syllables.count else { return MarkdownEscape.text(word) }
    return zip(characters, syllables).map {
      span(String($0), tone: tone(of: $1), colours: colours)
    }.joined()
  }

  private static func span(_ text: String, tone: Int, colours: [String]) -> String {
    let colour = colours[min(max(tone, 1), 5) - 1].filter {
      $0.isLetter || $0.isNumber || $0 == "#"
    }
    return "<span style=\"color:\(colour)\">\(MarkdownEscape.text(text))</span>"
  }
}
