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
  /// How much of each token the JSON carries (`--tokens`).
  public var tokens: TokenDetail = .full

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
