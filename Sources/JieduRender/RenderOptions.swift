import Foundation

/// Which words get pinyin over them in the handout.
public enum PinyinOver: String, CaseIterable, Sendable {
  /// Every word with a reading.
  case all
  /// Only words that are not in the reader's known-words list.
  case unknown
  /// No pinyin over the text (the vocabulary list still has it).
  case none
}

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

  /// Creates options; every argument has the default `output:` value.
  public init(
    pinyinOver: PinyinOver = .all, knownWords: Set<String> = [], maxVocabulary: Int = 300,
    templateURL: URL? = nil, titleEnglish: String? = nil
  ) {
    self.pinyinOver = pinyinOver
    self.knownWords = knownWords
    self.maxVocabulary = maxVocabulary
    self.templateURL = templateURL
    self.titleEnglish = titleEnglish
  }
}

/// The formats `jiedu annotate --format` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// The self-contained HTML handout.
  case html
  /// The annotated document as JSON (the contract external tools read).
  case json
  /// Markdown for notes and wikis.
  case md
  /// Tab-separated vocabulary for Anki.
  case tsv
  /// The HTML handout printed to PDF by headless Chromium.
  case pdf
}
