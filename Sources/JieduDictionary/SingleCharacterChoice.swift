import JieduCore

/// Chooses the reading of a character that no word, rule or hand-written default settles, from the
/// character's own dictionary entries and how it is read inside words.
///
/// 1. A sentence-final particle (tone 5, "particle" in its senses) when the character ends a clause.
/// 2. With enough evidence inside words (summed weight ≥ `evidence`), the heaviest reading there.
/// 3. Otherwise a reading CC-CEDICT marks as phonetic / used in transliteration or names (the common
///    use of such characters in running text), then a surname reading, then the heaviest reading
///    inside words, then the first ordinary entry.
enum SingleCharacterChoice {
  /// Summed in-word weight from which the in-word majority is trusted.
  static let evidence: Float = 20

  struct Candidate: Sendable {
    var syllable: String
    var weight: Float
    var isParticle: Bool
    var isPhonetic: Bool
    var isSurname: Bool
  }

  /// The character's candidates, through the dictionary's memo: they depend on the character alone
  /// (its entries and in-word statistics), built once per character and dictionary; only
  /// `choose(from:context:)` looks at the context.
  static func candidates(of scalar: Unicode.Scalar, in dictionary: ChineseDictionary)
    -> [Candidate]
  {
    dictionary.characterCandidates.value(for: scalar) {
      candidates(
        scalar, entries: dictionary.entries(for: String(scalar)),
        statistics: dictionary.statistics)
    }
  }

  /// The character's readings with what the choice weighs.
  static func candidates(
    _ scalar: Unicode.Scalar, entries: [CedictEntry], statistics: ReadingStatistics
  ) -> [Candidate] {
    var candidates: [Candidate] = []
    for entry in entries where entry.syllableCount == 1 {
      let syllable = entry.pinyinNumbered.lowercased()
      let senses = entry.senses.map(\.lowercasedQuickly)
      let marginal = entry.isOnlyMarginal
      let candidate = Candidate(
        syllable: syllable,
        weight: entry.isProperNoun ? 0 : statistics.weight(of: scalar, as: syllable),
        isParticle: PinyinFormat.tone(ofNumbered: syllable) == 5
          && senses.contains { $0.containsBytes("particle") },
        isPhonetic: !entry.isProperNoun
          && senses.contains {
            $0.hasPrefix("(phonetic") || $0.containsBytes("transliteration")
              || ($0.hasPrefix("used in") && $0.containsBytes("names"))
          },
        isSurname: entry.isProperNoun && senses.first?.hasPrefix("surname") == true)
      if marginal && !candidate.isSurname && !candidate.isPhonetic { continue }
      if let i = candidates.firstIndex(where: { $0.syllable == syllable }) {
        candidates[i].weight = max(candidates[i].weight, candidate.weight)
        candidates[i].isParticle = candidates[i].isParticle || candidate.isParticle
        candidates[i].isPhonetic = candidates[i].isPhonetic || candidate.isPhonetic
        candidates[i].isSurname = candidates[i].isSurname || candidate.isSurname
      } else {
        candidates.append(candidate)
      }
    }
    return candidates
  }

  /// The reading among `candidates` for the character in `context` (the rules above), or nil.
  static func choose(from candidates: [Candidate], context: PolyphoneContext) -> String? {
    guard !candidates.isEmpty else { return nil }
    if candidates.count == 1 { return candidates[0].syllable }
    if context.isSingle && context.isBoundary(1),
      let particle = candidates.first(where: \.isParticle)
    {
      return particle.syllable
    }
    let heaviest = candidates.max { $0.weight < $1.weight }
    let total = candidates.reduce(0) { $0 + $1.weight }
    if total >= evidence, let heaviest { return heaviest.syllable }
    if let phonetic = candidates.first(where: \.isPhonetic) { return phonetic.syllable }
    if let surname = candidates.first(where: \.isSurname) { return surname.syllable }
    if let heaviest, heaviest.weight > 0 { return heaviest.syllable }
    return nil
  }
}
