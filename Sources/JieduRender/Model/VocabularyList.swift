import JieduCore
import JieduVocabulary

/// One word of the vocabulary list.
struct VocabularyEntry: Equatable {
  /// The word as written in the article (simplified).
  var word: String
  /// The traditional form (the word itself where it does not differ).
  var traditional: String
  /// Pinyin at its first appearance.
  var pinyin: String
  /// English senses, best first.
  var glosses: [String]
  /// How many times it occurs.
  var count: Int
  /// The sentence of its first appearance.
  var sentence: String
  /// That sentence's English from the translation stage, empty when there is none.
  var sentenceEnglish: String = ""
  /// Position of its first appearance in reading order.
  var firstPosition: Int
}

/// The article's vocabulary: Han words with a reading, grouped, counted, known words left out.
///
/// When the list must be cut to `maxVocabulary`, the most frequent words are kept (ties: earlier
/// first) — a word met ten times pays off more than one met once — and the kept words are then
/// listed in order of first appearance, so the list follows the text as the learner reads it.
enum VocabularyList {
  /// Builds the list. A word without dictionary senses takes the glossary's rendering, if it has one.
  static func build(_ document: Document, knownWords: Set<String>, limit: Int) -> [VocabularyEntry]
  {
    let renderings = DocumentLexicon.renderings(of: document)
    var entries: [VocabularyEntry] = []
    var indexByWord: [String: Int] = [:]
    var position = 0
    for block in document.blocks {
      var scalars: ScalarText?
      for sentence in block.sentences {
        var sentenceText: String?
        for token in sentence.tokens {
          position += 1
          guard isVocabulary(token), !knownWords.contains(token.text) else { continue }
          if let index = indexByWord[token.text] {
            entries[index].count += 1
            continue
          }
          if sentenceText == nil {
            if scalars == nil { scalars = ScalarText(block.text) }
            sentenceText = (scalars?.slice(sentence.start, sentence.end) ?? "")
              .trimmingCharacters(in: .whitespacesAndNewlines)
          }
          indexByWord[token.text] = entries.count
          entries.append(
            VocabularyEntry(
              word: token.text, traditional: token.traditional ?? token.text,
              pinyin: token.pinyin ?? "",
              glosses: token.glosses.flatMap { $0.isEmpty ? nil : $0 } ?? renderings[token.text].map
              { [$0] } ?? [],
              count: 1,
              sentence: sentenceText ?? "", sentenceEnglish: sentence.translation?.text ?? "",
              firstPosition: position))
        }
      }
    }
    guard entries.count > limit else { return entries }
    let kept = entries.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.firstPosition < $1.firstPosition
    }
    .prefix(max(0, limit))
    return kept.sorted { $0.firstPosition < $1.firstPosition }
  }

  /// A Han word with pinyin or glosses that is not a number and holds no digits (72年).
  static func isVocabulary(_ token: Token) -> Bool {
    guard token.containsHan, !token.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
    else { return false }
    let hasReading = !(token.pinyin ?? "").isEmpty || !(token.glosses ?? []).isEmpty
    return hasReading && !isNumber(token.text, glosses: token.glosses ?? [])
  }

  /// Digits, or Chinese numerals whose dictionary sense (if any) is a number: 二〇三五, 72, 十四 and
  /// 一 are numbers; 万一 ("just in case") is a word.
  static func isNumber(_ text: String, glosses: [String] = []) -> Bool {
    let scalars = text.unicodeScalars
    if scalars.allSatisfy({ ("0"..."9").contains($0) || ("０"..."９").contains($0) }) { return true }
    guard scalars.allSatisfy({ ChineseNumerals.numberCharacters.contains($0) || ("0"..."9").contains($0) }) else {
      return false
    }
    guard let sense = glosses.first?.lowercased() else { return true }
    if let first = sense.unicodeScalars.first, ("0"..."9").contains(first) { return true }
    return sense.split(whereSeparator: { !$0.isLetter }).contains {
      numberWords.contains(String($0))
    }
  }

  private static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand",
    "million", "billion",
  ]
}
