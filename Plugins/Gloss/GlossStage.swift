import Foundation
import JieduCore
import JieduDictionary
import JieduVocabulary

/// The `gloss` stage: gives every Chinese token its pinyin, English senses, traditional form and
/// classifiers from CC-CEDICT, settling polyphonic characters with `PinyinReader`.
///
/// A token CC-CEDICT knows is read as a word (`reading: "word"`); one it lacks (党建, 科创) is read
/// character by character in context (`reading: "composed"`) and gets no glosses. Punctuation and
/// Latin tokens are left without readings.
public struct GlossStage: AnnotationStage {
  /// The stable id.
  public static let id = "gloss"
  /// One line on what the stage does.
  public static let summary =
    "adds pinyin (polyphone-aware), English senses, traditional forms and classifiers to tokens"
  /// Reads tokens.
  public static let requires: Set<Capability> = [.tokens]
  /// Adds readings.
  public static let produces: Set<Capability> = [.readings]

  /// Checked through the real host by the stage-examples test (spans are tokens, not annotations:
  /// this stage adds none).
  public static let examples: [StageExample] = [StageExample("今天天气很好。")]

  /// The dictionary the stage reads from.
  public let dictionary: ChineseDictionary
  /// The options in force.
  public let options: GlossStageOptions
  private let reader: PinyinReader
  /// Readings filled in so far, reused by every document this stage annotates.
  private let readings = SharedReadings()

  /// Loads CC-CEDICT from the data folder and the configured user dictionaries.
  public init(options: GlossStageOptions, context: StageContext) throws {
    guard let data = context.dataDirectory else { throw DataLocation.missingError("CC-CEDICT") }
    let cedict = data.appendingPathComponent(DataLocation.cedictFile)
    guard FileManager.default.fileExists(atPath: cedict.path) else {
      throw DataLocation.missingError("CC-CEDICT")
    }
    var extra: [URL] = []
    for (index, path) in options.dictionaries.enumerated() {
      let url = context.resolve(path)
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw JieduError(
          "options.dictionaries[\(index)]: no such file '\(path)' (looked at \(url.path))")
      }
      extra.append(url)
    }
    let dictionary =
      extra.isEmpty
      ? try context.shared(ChineseDictionary.self)
      : try ChineseDictionary.load(cedict: cedict, extra: extra)
    self.init(dictionary: dictionary, options: options)
  }

  /// Creates the stage over a loaded dictionary (for tests and library users).
  public init(dictionary: ChineseDictionary, options: GlossStageOptions = GlossStageOptions()) {
    self.dictionary = dictionary
    self.options = options
    self.reader = PinyinReader(dictionary: dictionary, sandhi: options.sandhi)
  }

  /// Sets pinyin, glosses, traditional form, classifiers and reading source on every Chinese token.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    var memo = ReadingMemo(shared: readings)
    for b in document.blocks.indices {
      let scalars = Array(document.blocks[b].text.unicodeScalars)
      for s in document.blocks[b].sentences.indices {
        var sentence = document.blocks[b].sentences[s]
        annotate(&sentence, blockScalars: scalars, memo: &memo)
        document.blocks[b].sentences[s] = sentence
      }
    }
  }

  /// Annotates the tokens of one sentence; offsets are relative to the block.
  func annotate(_ sentence: inout Sentence, blockScalars: [Unicode.Scalar]) {
    var memo = ReadingMemo()
    annotate(&sentence, blockScalars: blockScalars, memo: &memo)
  }

  func annotate(_ sentence: inout Sentence, blockScalars: [Unicode.Scalar], memo: inout ReadingMemo)
  {
    let lower = max(0, min(sentence.start, blockScalars.count))
    let upper = max(lower, min(sentence.end, blockScalars.count))
    let scalars = Array(blockScalars[lower..<upper])
    let ranges: [Range<Int>] = sentence.tokens.map { token in
      let start = max(0, min(token.start - lower, scalars.count))
      return start..<max(start, min(token.end - lower, scalars.count))
    }
    let syllables = reader.numberedSyllables(for: scalars, words: ranges)
    for (t, range) in ranges.enumerated() {
      var token = sentence.tokens[t]
      guard token.containsHan else { continue }
      let tokenSyllables = range.compactMap { syllables[$0] }
      memo.fill(&token, syllables: tokenSyllables) {
        TokenGlosser(dictionary: dictionary, options: options).fill(&$0, syllables: tokenSyllables)
      }
      sentence.tokens[t] = token
    }
  }
}

extension Capability {
  /// Pinyin and English senses on tokens, produced by the `gloss` stage.
  public static let readings = Capability("readings")
}
