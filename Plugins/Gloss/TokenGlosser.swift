import JieduCore
import JieduDictionary
import JieduVocabulary

/// Fills one token's readings from its numbered syllables and its dictionary entries.
struct TokenGlosser {
  let dictionary: ChineseDictionary
  let options: GlossStageOptions

  /// Sets `pinyin`, `reading`, `glosses`, `classifiers` and `traditional`.
  func fill(_ token: inout Token, syllables: [String]) {
    if options.pinyin != .none, !syllables.isEmpty {
      token.pinyin = syllables.map { options.pinyin.render($0) }.joined(separator: " ")
    }
    let entries = dictionary.entries(for: token.text)
    guard !entries.isEmpty else {
      token.reading = .composed
      let traditional = composedTraditional(token.text, syllables: syllables)
      if traditional != token.text { token.traditional = traditional }
      return
    }
    token.reading = .word
    let spoken = syllables.joined(separator: " ").lowercased()
    let matching = entries.filter { $0.pinyinNumbered.lowercased() == spoken }
    let candidates = matching.isEmpty ? entries : matching
    // Ordinary entries before proper nouns; among them, the entry with more real senses first, so that
    // 后 reads "after, behind" (後) before "empress" (后) — simplification merged the two.
    let ordinary = candidates.filter { !$0.isProperNoun }
    let ranked = ordinary.enumerated().sorted { a, b in
      let (x, y) = (TokenGlosser.realSenseCount(a.element), TokenGlosser.realSenseCount(b.element))
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
    let chosen = ranked + candidates.filter(\.isProperNoun)
    let cleaned = SenseCleaner.clean(chosen, limit: options.maxGlosses)
    token.glosses = cleaned.glosses.isEmpty ? nil : cleaned.glosses
    token.classifiers = cleaned.classifiers.isEmpty ? nil : cleaned.classifiers
    if let first = chosen.first {
      let traditional = first.simplified == token.text ? first.traditional : token.text
      if traditional != token.text { token.traditional = traditional }
    }
  }

  /// Senses that are neither cross-references, surnames nor archaic.
  static func realSenseCount(_ entry: CedictEntry) -> Int {
    entry.senses.filter { SenseCleaner.rank(of: $0) == 0 && !$0.hasPrefix("CL:") }.count
  }

  /// The traditional form of a word CC-CEDICT lacks, character by character (the entry whose reading
  /// matches the chosen syllable).
  private func composedTraditional(_ text: String, syllables: [String]) -> String {
    var out = String.UnicodeScalarView()
    var k = 0
    for scalar in text.unicodeScalars {
      guard scalar.isHan else {
        out.append(scalar)
        continue
      }
      let syllable = k < syllables.count ? syllables[k].lowercased() : ""
      k += 1
      let entries = dictionary.entries(for: String(scalar)).filter {
        $0.simplified == String(scalar)
      }
      let entry = entries.first { $0.pinyinNumbered.lowercased() == syllable } ?? entries.first
      if let traditional = entry?.traditional, traditional.unicodeScalars.count == 1 {
        out.append(contentsOf: traditional.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
