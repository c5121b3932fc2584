/// Characters with more than one reading (多音字), for the handout's polyphone exercise.
public enum PolyphonicCharacters {
  /// The common polyphonic characters learners are taught: those this project writes reading rules
  /// or standalone defaults for (`ContextReadings`, `PolyphoneRules`, `CharacterDefaults`).
  public static let common: Set<Character> = {
    var set: Set<Character> = []
    for scalar in CharacterDefaults.table.keys { set.insert(Character(scalar)) }
    for scalar in PolyphoneRules.rules.keys { set.insert(Character(scalar)) }
    for scalar in ContextReadings.rules.keys { set.insert(Character(scalar)) }
    return set
  }()

  /// The character's distinct readings in tone marks, lower case, in dictionary order: from its
  /// own CC-CEDICT entries, leaving out proper nouns (capitalised pinyin) and entries that are only
  /// cross-references, surnames or archaic uses; a neutral-tone reading of the same syllable as a
  /// toned one (子 zǐ / zi) is not a reading of its own.
  public static func readings(of character: Character, in dictionary: ChineseDictionary)
    -> [String]
  {
    var numbered: [String] = []
    for entry in dictionary.entries(for: String(character))
    where !entry.isProperNoun && !entry.isOnlyMarginal && entry.syllableCount == 1 {
      let syllable = PinyinFormat.normalisedNumbered(entry.syllables[0])
      if !numbered.contains(syllable) { numbered.append(syllable) }
    }
    let toned = Set(numbered.filter { !$0.hasSuffix("5") }.map { String($0.dropLast()) })
    return numbered.filter { !($0.hasSuffix("5") && toned.contains(String($0.dropLast()))) }
      .map { PinyinFormat.marks(fromNumbered: $0) }
  }
}
