import JieduCore
import JieduVocabulary

/// The words the document already explains, with a short English for each: the glossary's renderings
/// of terms and formulas, then the dictionary's first sense of every glossed token.
///
/// Used to gloss text the pipeline did not tokenize, such as the items of a formula.
struct DocumentLexicon {
  /// Short English by word.
  private(set) var english: [String: String] = [:]
  /// Renderings of terms and formulas by their text.
  private(set) var renderings: [String: String] = [:]
  private var longestWord = 1

  /// Collects the words of a document.
  init(_ document: Document) {
    renderings = Self.renderings(of: document)
    for (word, rendering) in renderings { add(word, rendering) }
    var seen = Set(renderings.keys)
    for block in document.blocks {
      for sentence in block.sentences {
        for token in sentence.tokens where seen.insert(token.text).inserted && token.containsHan {
          if let gloss = WordByWordGloss.shortGloss(token.glosses ?? []) { add(token.text, gloss) }
        }
      }
    }
  }

  /// The first rendering of each term and formula, by its text.
  static func renderings(of document: Document) -> [String: String] {
    var renderings: [String: String] = [:]
    for annotation in document.annotations
    where annotation.type == .term || annotation.type == .abbreviation {
      if let rendering = annotation.rendering, !rendering.isEmpty,
        renderings[annotation.text] == nil
      {
        renderings[annotation.text] = rendering
      }
    }
    return renderings
  }

  private mutating func add(_ word: String, _ gloss: String) {
    english[word] = gloss
    longestWord = max(longestWord, word.unicodeScalars.count)
  }

  /// A word-by-word English line for a phrase, by longest match against the document's words. Empty
  /// unless known words cover at least two thirds of the phrase: a line made of scraps misleads.
  func gloss(_ phrase: String) -> String {
    let scalars = Array(phrase.unicodeScalars)
    var parts: [String] = []
    var covered = 0
    var i = 0
    while i < scalars.count {
      var matched = false
      for length in stride(from: min(longestWord, scalars.count - i), through: 1, by: -1) {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[i..<(i + length)])
        if let english = english[String(word)] {
          parts.append(english)
          covered += length
          i += length
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    guard !scalars.isEmpty, covered * 3 >= scalars.count * 2 else { return "" }
    return parts.joined(separator: " · ")
  }
}
