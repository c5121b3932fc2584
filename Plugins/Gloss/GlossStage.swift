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
  /// Finished tokens, reused by every document this stage annotates.
  private let finishedTokens = SharedFinished()
  /// Name verdicts on words, kept for the run like the readings.
  private let nameVerdicts = NameVerdicts()
  /// Short senses of the parts of composed words, kept for the run like the readings.
  private let partSenses = PartSenses()
  /// The task-local memos in front of the run-wide ones, handed from document to document.
  private let memos = MemoPool<ReadingMemo>()

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
    let renderings = GlossStage.glossaryRenderings(document.annotations)
    // Every sentence is read on its own: a long document is spread over the threads it may use,
    // each slice with a memo of its own (from the pool: a batch's documents pass them on) over the
    // run-wide ones.
    document.withBlockSlices(threads: context.threads) { blocks in
      memos.with(make: { ReadingMemo(sharedFinished: finishedTokens) }) { memo in
        memo.resetIfLarge()
        for b in blocks.indices {
          annotate(&blocks[b], memo: &memo, renderings: renderings)
        }
      }
    }
  }

  /// Annotates the sentences of one block.
  private func annotate(
    _ block: inout Block, memo: inout ReadingMemo, renderings: GlossaryRenderings
  ) {
    let scalars = block.text.scalarArray
    let isByline = block.kind == .byline
    for s in block.sentences.indices {
      var sentence = block.sentences[s]
      block.sentences[s].tokens = []  // the one copy is `sentence`'s: changed in place, not copied
      if sentence.tokens.count <= GlossStage.longestRun {
        annotate(
          &sentence, blockScalars: scalars, memo: &memo, isByline: isByline,
          renderings: renderings)
      } else {
        annotateInRuns(
          &sentence, blockScalars: scalars, memo: &memo, isByline: isByline,
          renderings: renderings)
      }
      block.sentences[s] = sentence
    }
  }

  /// Most tokens read together: a longer "sentence" (text without punctuation, megabytes of it) is
  /// read in runs of this many tokens, so the work per run stays small and the whole stays linear;
  /// context does not reach across a run's edge.
  static let longestRun = 2048

  /// Annotates a very long sentence run by run.
  private func annotateInRuns(
    _ sentence: inout Sentence, blockScalars: [Unicode.Scalar], memo: inout ReadingMemo,
    isByline: Bool, renderings: GlossaryRenderings
  ) {
    // The tokens are written back in place (one copy of a long sentence in memory), until a run
    // comes back with a different count (a name merged, 地 split off); from there on they are
    // collected anew.
    var all = sentence.tokens
    sentence.tokens = []
    var rebuilt: [Token]?
    var first = 0
    while first < all.count {
      let last = min(first + GlossStage.longestRun, all.count)
      var run = sentence
      run.tokens = Array(all[first..<last])
      run.start = all[first].start
      run.end = all[last - 1].end
      annotate(
        &run, blockScalars: blockScalars, memo: &memo, isByline: isByline, renderings: renderings)
      if rebuilt == nil && run.tokens.count == last - first {
        for (k, token) in run.tokens.enumerated() { all[first + k] = token }
      } else {
        if rebuilt == nil {
          rebuilt = Array(all[0..<first])
          rebuilt?.reserveCapacity(all.count)
        }
        rebuilt? += run.tokens
      }
      first = last
    }
    sentence.tokens = rebuilt ?? all
  }

  /// Glossary renderings by term text (the first annotation of a text wins): a word the glossary
  /// renders is glossed so first in every view, the same throughout the document.
  static func glossaryRenderings(_ annotations: [Annotation]) -> GlossaryRenderings {
    var renderings: [WordKey: String] = [:]
    for annotation in annotations where annotation.type == .term {
      if let rendering = annotation.rendering, !rendering.isEmpty,
        renderings[WordKey(annotation.text)] == nil
      {
        renderings[WordKey(annotation.text)] = rendering
      }
    }
    return GlossaryRenderings(renderings)
  }

  /// Annotates the tokens of one sentence; offsets are relative to the block.
  func annotate(_ sentence: inout Sentence, blockScalars: [Unicode.Scalar]) {
    var memo = ReadingMemo()
    annotate(
      &sentence, blockScalars: blockScalars, memo: &memo, isByline: false,
      renderings: GlossaryRenderings([:]))
  }

  func annotate(
    _ sentence: inout Sentence, blockScalars: [Unicode.Scalar], memo: inout ReadingMemo,
    isByline: Bool, renderings: GlossaryRenderings
  ) {
    AdverbialSplit.apply(to: &sentence.tokens)
    TokenRegrouping.apply(to: &sentence.tokens, dictionary: dictionary)
    let names = NameFinder(dictionary: dictionary, verdicts: nameVerdicts).find(
      in: &sentence.tokens, isByline: isByline, local: &memo.nameVerdicts)
    let lower = max(0, min(sentence.start, blockScalars.count))
    let upper = max(lower, min(sentence.end, blockScalars.count))
    let scalars = Array(blockScalars[lower..<upper])
    let ranges: [Range<Int>] = sentence.tokens.map { token in
      let start = max(0, min(token.start - lower, scalars.count))
      return start..<max(start, min(token.end - lower, scalars.count))
    }
    let syllables = reader.numberedSyllables(for: scalars, words: ranges, cache: &memo.syllables)
    let table = SenseTable.builtin
    for (t, range) in ranges.enumerated() {
      guard sentence.tokens[t].containsHan else { continue }
      let kind = names[t]
      let rendering = renderings.value(of: sentence.tokens[t].text)
      // The sense table is the only part that looks at the neighbours: its verdict joins the key, and
      // everything else about the token depends on the word, its syllables and its name kind alone.
      var tableGloss: String?
      if kind == nil, let rows = table.rows(for: sentence.tokens[t].text) {
        tableGloss = SenseTable.gloss(
          rows, previous: GlossStage.neighbour(sentence.tokens, from: t, step: -1),
          next: GlossStage.neighbour(sentence.tokens, from: t, step: 1)
        ) { range.compactMap { syllables[$0] }.joined(separator: " ").lowercased() }
      }
      // Most tokens: their word's latest readings, when made from the same syllables.
      if kind == nil,
        memo.applyLatest(
          &sentence.tokens[t], syllables: syllables, range: range, tableGloss: tableGloss,
          rendering: rendering)
      {
        continue
      }
      var tokenSyllables: [String] = []
      tokenSyllables.reserveCapacity(range.count)
      for i in range { if let syllable = syllables[i] { tokenSyllables.append(syllable) } }
      if kind == .person, let first = sentence.tokens[t].text.unicodeScalars.first,
        let surname = NameFinder.surnameReadings[first], !tokenSyllables.isEmpty,
        NameFinder.surnameLength(Array(sentence.tokens[t].text.unicodeScalars)) == 1
      {
        tokenSyllables[0] = surname
      }
      let key = FilledKey(
        reading: ReadingKey(text: sentence.tokens[t].text, syllables: tokenSyllables), name: kind,
        tableGloss: tableGloss, rendering: rendering)
      if memo.applyFinished(&sentence.tokens[t], key: key) { continue }
      var token = sentence.tokens[t]
      fill(
        &token, syllables: tokenSyllables, kind: kind, tableGloss: tableGloss, rendering: rendering)
      memo.rememberFinished(token, key: key)
      sentence.tokens[t] = token
    }
  }

  /// Fills one token from its syllables, its name kind and the sense table's verdict in its sentence.
  private func fill(
    _ token: inout Token, syllables: [String], kind: NameFinder.Kind?, tableGloss: String?,
    rendering: String?
  ) {
    var tokenSyllables = syllables
    if let kind {
      fillName(&token, kind: kind, syllables: tokenSyllables)
      return
    }
    if dictionary.entries(for: token.text).isEmpty {
      // Composed from parts: a proper noun's capital inside (新城发力) is no name's.
      tokenSyllables = tokenSyllables.map { $0.lowercased() }
    }
    // No memo of its own: this runs once per finished key, and a word's finished keys almost never
    // share its syllables (a memo by word and syllables was a look-up and two inserts per new word
    // for a hit in one word of a thousand).
    TokenGlosser(dictionary: dictionary, options: options, partSenses: partSenses).fill(
      &token, syllables: tokenSyllables)
    // A proper noun (新华社, 中央军事委员会) written as Hanyu Pinyin orthography writes names.
    if options.pinyin != .none,
      let proper = NameFinder(dictionary: dictionary).properNounPinyin(
        tokenSyllables, word: token.text, style: options.pinyin)
    {
      token.pinyin = proper
    }
    if let glosses = token.glosses, !glosses.isEmpty, !dictionary.isUserDefined(token.text) {
      var chosen = SenseChooser.withoutMarginal(glosses)
      if let tableGloss {
        chosen.removeAll { $0 == tableGloss }
        chosen.insert(tableGloss, at: 0)
      }
      // The table's rendering first: no longer a composed gloss.
      if chosen.first != glosses.first { token.composedGloss = false }
      token.glosses = chosen
    }
    if let rendering {
      var glosses = token.glosses ?? []
      glosses.removeAll { $0 == rendering }
      token.glosses = [rendering] + glosses
      token.composedGloss = false  // the glossary's rendering comes first, not the composed one
    }
    if let glosses = token.glosses, glosses.count > max(options.maxGlosses, 1) {
      token.glosses = Array(glosses.prefix(max(options.maxGlosses, 1)))
    }
  }

  /// A person or place name: capitalised pinyin per Hanyu Pinyin orthography, glossed as a name
  /// (CC-CEDICT's own sense kept after it where it has one), `name` set.
  private func fillName(_ token: inout Token, kind: NameFinder.Kind, syllables: [String]) {
    TokenGlosser(dictionary: dictionary, options: options).fill(&token, syllables: syllables)
    let givenStart =
      kind == .person ? NameFinder(dictionary: dictionary).givenNameStart(token.text) : nil
    let parts = kind == .place ? NameFinder(dictionary: dictionary).placeParts(token.text) : nil
    if options.pinyin != .none, !syllables.isEmpty {
      token.pinyin = NameFinder.pinyin(
        syllables, kind: kind, word: token.text, style: options.pinyin, givenStart: givenStart,
        parts: parts)
    }
    let own = (token.glosses ?? []).filter { !SenseChooser.isMarginal($0) }
    let nameGloss = NameFinder.gloss(
      syllables, kind: kind, word: token.text, givenStart: givenStart, parts: parts)
    token.glosses = token.composedGloss || own.isEmpty ? [nameGloss] : own
    token.composedGloss = false
    token.nameKind = kind.rawValue
  }

  /// The text of the nearest non-blank token before (`step` -1) or after (+1) token `t`.
  static func neighbour(_ tokens: [Token], from t: Int, step: Int) -> String? {
    var i = t + step
    while i >= 0 && i < tokens.count {
      // A token that opens with a BMP ideograph (lead bytes E4–E9: U+4000–U+9FFF) is no blank, and
      // most are: their characters are not looked at.
      if let lead = tokens[i].text.utf8.first, (0xE4...0xE9).contains(lead) {
        return tokens[i].text
      }
      if !tokens[i].text.allSatisfy(\.isWhitespace) { return tokens[i].text }
      i += step
    }
    return nil
  }
}

/// A document's glossary renderings by term text.
typealias GlossaryRenderings = WordTable<String>

extension Capability {
  /// Pinyin and English senses on tokens, produced by the `gloss` stage.
  public static let readings = Capability("readings")
}
