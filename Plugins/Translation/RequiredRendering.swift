import Foundation
import JieduCore
import JieduVocabulary

/// An official rendering a sentence's English must contain: a glossary term or a listed formula
/// annotated inside the sentence.
public struct RequiredRendering: Sendable, Hashable {
  /// The Chinese as it stands in the sentence.
  public var chinese: String
  /// The English it must be rendered as.
  public var english: String

  /// Creates a required rendering.
  public init(chinese: String, english: String) {
    self.chinese = chinese
    self.english = english
  }

  /// The required renderings of every sentence, by block and sentence index: `term` and
  /// `abbreviation` annotations with a rendering whose span lies inside the sentence, in text order,
  /// each English once. A descriptive rendering (`status: descriptive`, the knowledge base's own) is
  /// advice, not a requirement: only official and established ones (or those without a status, from
  /// other producers) are required.
  static func bySentence(in document: Document) -> [[[RequiredRendering]]] {
    var spans: [Int: [Annotation]] = [:]
    for a in document.annotations
    where (a.type == .term || a.type == .abbreviation) && !(a.rendering ?? "").isEmpty
      && !a.isDescriptiveRendering
    {
      spans[a.block, default: []].append(a)
    }
    return document.blocks.map { block in
      let annotations = (spans[block.id] ?? []).sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
      return block.sentences.map { sentence in
        var seen: Set<String> = []
        var result: [RequiredRendering] = []
        for a in annotations where a.start >= sentence.start && a.end <= sentence.end {
          guard let english = a.rendering.map(RequiredRendering.phrase), !english.isEmpty,
            seen.insert(english.lowercased()).inserted
          else { continue }
          result.append(RequiredRendering(chinese: a.text, english: english))
        }
        return result
      }
    }
  }
}

extension RequiredRendering {
  /// The phrase a translation must contain, from a glossary rendering: its first alternative
  /// ("agglomeration; clustering" → "agglomeration"), without notes in brackets ("Shanghai Campaign
  /// (1949)" → "Shanghai Campaign") or the quotation marks around a slogan.
  static func phrase(_ rendering: String) -> String {
    var text = rendering.split(separator: ";", maxSplits: 1).first.map(String.init) ?? rendering
    while let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }),
      let close = text[open...].firstIndex(where: { $0 == ")" || $0 == "）" })
    {
      text.removeSubrange(open...close)
    }
    let quotes = CharacterSet(charactersIn: "\"'“”‘’«»")
    return text.trimmingCharacters(in: quotes.union(.whitespaces))
      .replacingOccurrences(of: "  ", with: " ")
  }
}

/// Whether an English text contains a rendering: case-insensitive, tolerant of articles, plural -s,
/// hyphens, apostrophes and punctuation between words ("Party-building" matches "Party building",
/// "the four consciousnesses" matches "Four Consciousness").
enum RenderingCheck {
  /// The renderings of `required` not found in `english`.
  static func missing(_ required: [RequiredRendering], in english: String) -> [String] {
    let words = RenderingCheck.words(english)
    return required.filter { !contains(words, RenderingCheck.words($0.english)) }.map(\.english)
  }

  /// Whether the words of a rendering occur in order, one after another.
  static func contains(_ text: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty else { return true }
    guard text.count >= phrase.count else { return false }
    for start in 0...(text.count - phrase.count)
    where text[start..<(start + phrase.count)].elementsEqual(phrase) {
      return true
    }
    return false
  }

  private static let ignored: Set<String> = ["the", "a", "an"]

  /// Lower-case words without articles, with a plural -s or -es taken off.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    func flush() {
      defer { current = "" }
      guard !current.isEmpty, !ignored.contains(current) else { return }
      words.append(stem(current))
    }
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if character == "'" || character == "’" {
        continue
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  private static func stem(_ word: String) -> String {
    guard word.count > 3 else { return word }
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches")
      || word.hasSuffix("xes")
    {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("s") { return String(word.dropLast()) }
    return word
  }
}
