import Foundation
import JieduCore

/// How the handout is rendered: the learner's choices from `output:` in config.yaml.
public struct RenderOptions: Sendable {
  /// Which words get pinyin over them.
  public var pinyinOver: PinyinOver
  /// Words the reader knows: no pinyin with `.unknown`, left out of the vocabulary list.
  public var knownWords: Set<String>
  /// The longest vocabulary list (the most frequent words are kept).
  public var maxVocabulary: Int
  /// A Mustache template replacing the built-in HTML layout.
  public var templateURL: URL?
  /// An English title for the header.
  public var titleEnglish: String?
  /// The reader's HSK level (1–7): the vocabulary lists only words above it, and with
  /// `.aboveLevel` only those get pinyin. Nil: the vocabulary leaves out levels 1–3.
  public var readerLevel: Int?
  /// Two columns, or one with the translation under each paragraph.
  public var layout: HandoutLayout = .standard
  /// Tone colours: nil (off), `pleco`, `hanping` or `custom`.
  public var toneScheme: String?
  /// Five CSS colours for `custom` (tones 1–4, neutral).
  public var toneCustom: [String] = []
  /// Exercises after the handout (`exercises: true`): a cloze per key term, formulas to match to
  /// their items, the pinyin of polyphonic characters; the answer key on a page of its own.
  public var exercises = false
  /// Whether a text is a dictionary word, for writing the pinyin of a long token (a glossary term
  /// such as 基层党建) word by word: jīcéng dǎngjiàn. Nil: a token's syllables are written together.
  public var isDictionaryWord: (@Sendable (String) -> Bool)?
  /// A character's readings in tone marks (行 → [xíng, háng]) and whether it is one of the common
  /// polyphonic characters a learner is taught, for the polyphone exercise; the CLI answers from
  /// CC-CEDICT. Nil: no polyphone exercise.
  public var characterReadings: (@Sendable (Character) -> CharacterReadings)?

  /// The level at or below which a word counts as known: the reader's, else 3 (the first three
  /// levels hold the function words and everyday words every learner of an article like this has).
  public var knownLevel: Int { readerLevel ?? 3 }
  /// How much of each token the JSON carries (`--tokens`).
  public var tokens: TokenDetail = .full

  /// Creates options; every argument has the default `output:` value.
  public init(
    pinyinOver: PinyinOver = .all, knownWords: Set<String> = [], maxVocabulary: Int = 50,
    templateURL: URL? = nil, titleEnglish: String? = nil
  ) {
    self.pinyinOver = pinyinOver
    self.knownWords = knownWords
    self.maxVocabulary = maxVocabulary
    self.templateURL = templateURL
    self.titleEnglish = titleEnglish
  }
}

/// What the dictionary says about one character's readings, for the polyphone exercise.
public struct CharacterReadings: Sendable, Equatable {
  /// Its distinct readings in tone marks, lower case, the usual one first.
  public var readings: [String]
  /// Whether it is among the common polyphonic characters (多音字) learners are taught.
  public var isCommon: Bool

  /// Readings of a character.
  public init(readings: [String], isCommon: Bool) {
    self.readings = readings
    self.isCommon = isCommon
  }
}
