import JieduCore
import JieduDictionary
import JieduVocabulary

/// Fills one token's readings from its numbered syllables and its dictionary entries.
struct TokenGlosser {
  let dictionary: ChineseDictionary
  let options: GlossStageOptions
  /// Short senses of composed words' parts, kept for the run (nil: none kept).
  var partSenses: PartSenses? = nil

  /// Sets `pinyin`, `reading`, `glosses`, `classifiers` and `traditional`.
  func fill(_ token: inout Token, syllables: [String]) {
    if options.pinyin != .none, !syllables.isEmpty {
      token.pinyin = syllables.map { options.pinyin.render($0) }.joined(separator: " ")
    }
    let entries = dictionary.entries(for: token.text)
    guard !entries.isEmpty else {
      // No entry for the whole word: a gloss composed from its parts, and no traditional form
      // (never built character by character).
      token.reading = .composed
      let composer = ComposedGloss(
        dictionary: dictionary, table: SenseTable.builtin, partSenses: partSenses)
      if let composed = composer.gloss(for: token.text, syllables: syllables) {
        token.glosses = [composed]
        token.composedGloss = true
      }
      return
    }
    token.reading = .word
    let spoken = syllables.joined(separator: " ").lowercased()
    let matching = entries.filter { $0.readsAs(lowercased: spoken) }
    let candidates = matching.isEmpty ? entries : matching
    // Ordinary entries before proper nouns; among them, the entry with more real senses first, so that
    // 后 reads "after, behind" (後) before "empress" (后) — simplification merged the two. Then an
    // entry whose traditional character is rare last (only `rareUsage` headwords write it, when
    // another candidate's is common): 只 read zhī is 隻 "classifier for animals", not 秖 "grain
    // that has begun to ripen". Then file order.
    let ordinary = candidates.filter { !$0.isProperNoun }
    let rare = TokenGlosser.rareTraditional(ordinary, dictionary: dictionary)
    // Each entry's sort key worked out once, not at every comparison.
    let ranked =
      ordinary.count < 2
      ? ordinary
      : ordinary.enumerated().map { offset, entry in
        (
          entry: entry, offset: offset, real: TokenGlosser.realSenseCount(entry),
          rare: !rare.isEmpty && rare.contains(entry.traditional)
        )
      }.sorted { a, b in
        if a.real != b.real { return a.real > b.real }
        return a.rare != b.rare ? b.rare : a.offset < b.offset
      }.map(\.entry)
    let chosen = ranked + candidates.filter(\.isProperNoun)
    let cleaned = SenseCleaner.clean(chosen, limit: options.maxGlosses)
    token.glosses = cleaned.glosses.isEmpty ? nil : cleaned.glosses
    token.classifiers = cleaned.classifiers.isEmpty ? nil : cleaned.classifiers
    if let first = chosen.first {
      let traditional = first.simplified == token.text ? first.traditional : token.text
      if traditional != token.text { token.traditional = traditional }
    }
  }

  /// Most headwords that write a traditional character for it to count as rare.
  static let rareUsage = 2
  /// Fewest headwords that write another candidate's character for the rare one to be put last.
  static let commonUsage = 10

  /// The traditional forms (single characters) of entries that are rare beside a common one among
  /// `entries`: empty unless the entries write at least two traditional forms.
  static func rareTraditional(
    _ entries: [CedictEntry], dictionary: ChineseDictionary
  ) -> Set<String> {
    guard let first = entries.first?.traditional,
      entries.contains(where: { $0.traditional != first })
    else { return [] }
    let usage = Dictionary(
      Set(entries.map(\.traditional)).map { ($0, dictionary.traditionalUsage(of: $0)) },
      uniquingKeysWith: { a, _ in a })
    guard usage.values.contains(where: { $0 >= commonUsage }) else { return [] }
    return Set(usage.filter { $0.value <= rareUsage }.keys)
  }

  /// Senses that are neither cross-references, surnames nor archaic.
  static func realSenseCount(_ entry: CedictEntry) -> Int {
    entry.senses.count { SenseCleaner.rank(of: $0) == 0 && !$0.hasPrefix("CL:") }
  }
}
