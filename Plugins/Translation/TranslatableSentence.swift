import JieduCore
import JieduVocabulary

/// A sentence of the document that needs English: one with a Han character.
struct TranslatableSentence: Sendable {
  /// Position among all sentences of the document, in reading order.
  var index: Int
  /// The block's index and the sentence's index inside it.
  var block: Int
  var sentence: Int
  /// The Chinese text.
  var source: String
  /// Up to `context` preceding sentences of the document.
  var context: [String]
  /// The renderings its English must contain.
  var required: [RequiredRendering]
  /// A fuzzy memory match below `accept-fuzzy`.
  var suggestion: MemorySuggestion?

  /// Every sentence with Han text, in reading order.
  static func all(in document: Document, contextSize: Int) -> [TranslatableSentence] {
    let required = RequiredRendering.bySentence(in: document)
    var result: [TranslatableSentence] = []
    var previous: [String] = []
    var index = 0
    for (b, block) in document.blocks.enumerated() {
      let text = ScalarText(block.text)
      for (s, sentence) in block.sentences.enumerated() {
        let source = text.slice(sentence.start, sentence.end).trimmingCharacters(
          in: .whitespacesAndNewlines)
        defer { index += 1 }
        guard source.unicodeScalars.contains(where: \.isHan) else { continue }
        result.append(
          TranslatableSentence(
            index: index, block: b, sentence: s, source: source,
            context: contextSize > 0 ? Array(previous.suffix(contextSize)) : [],
            required: required[b][s]))
        previous.append(source)
        if previous.count > 64 { previous.removeFirst(previous.count - 64) }
      }
    }
    return result
  }

  /// The same sentence with a suggestion.
  func suggesting(_ suggestion: MemorySuggestion) -> TranslatableSentence {
    var copy = self
    copy.suggestion = suggestion
    return copy
  }
}
