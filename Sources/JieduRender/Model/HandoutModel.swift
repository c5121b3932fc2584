import JieduCore
import JieduVocabulary

/// Everything a handout shows, worked out once from the document and shared by HTML and Markdown.
struct HandoutModel {
  /// The document.
  let document: Document
  /// The learner's options.
  let options: RenderOptions
  /// The column label above the title.
  let kicker: Block?
  /// The title block.
  let title: Block?
  /// The author line.
  let byline: Block?
  /// The blocks shown in the body (the header's blocks left out).
  let body: [Block]
  /// Numbered terms, formulas and other notes, and the highlighted spans.
  let catalog: NoteCatalog
  /// Sentence translations from stages.
  let translations: SentenceTranslations
  /// The vocabulary list.
  let vocabulary: [VocabularyEntry]
  /// Person and place names, for the Names table.
  let names: [VocabularyEntry]
  /// Short English for the words the document explains, for glossing formula items.
  let lexicon: DocumentLexicon
  /// Whether any token carries dictionary glosses (CC-CEDICT must then be credited).
  let showsDictionaryGlosses: Bool

  /// Builds the model.
  init(_ document: Document, options: RenderOptions) {
    self.document = document
    self.options = options
    kicker = document.firstBlock(of: .kicker)
    title = document.firstBlock(of: .title)
    byline = document.firstBlock(of: .byline)
    let headerIDs = Set([kicker, title, byline].compactMap { $0?.id })
    body = document.blocks.filter { !headerIDs.contains($0.id) }
    catalog = NoteCatalog(document)
    translations = SentenceTranslations(document)
    lexicon = DocumentLexicon(document)
    vocabulary = VocabularyList.build(document, options: options)
    names = VocabularyList.names(document, options: options)
    showsDictionaryGlosses = document.blocks.contains { block in
      block.sentences.contains { $0.tokens.contains { !($0.glosses ?? []).isEmpty } }
    }
  }

  /// Whether the English line beside the text leaves the word out: an easy word, or one whose gloss
  /// is composed from its parts ("add + adornment"), no help there (the popup and the JSON keep it).
  func isLeftOutOfEnglishLine(_ token: Token) -> Bool {
    isEasyWord(token) || token.composedGloss
  }

  /// An easy word: a function word, a known word, or one at or below
  /// the known level (a word no list has, by its parts). Without levels in the document, none.
  func isEasyWord(_ token: Token) -> Bool {
    if options.knownWords.contains(token.text) { return true }
    guard let level = token.level ?? token.partsLevel else {
      return FunctionWords.contains(token.text) && hasLevels
    }
    return level <= options.knownLevel || FunctionWords.contains(token.text)
  }

  /// Whether the levels stage ran (some token carries a level).
  var hasLevels: Bool { document.reports?["levels"] != nil }

  /// The English title: the option, else a stage's translation of the title block.
  var titleEnglish: String? {
    if let given = options.titleEnglish, !given.isEmpty { return given }
    return title.flatMap { translations.translation(ofBlock: $0.id) }
  }

  /// Highlighted spans of a block.
  func spans(of block: Block) -> [HighlightSpan] { catalog.spans[block.id] ?? [] }

  /// Pinyin of an annotation as the handout shows it: its own, else its tokens' pinyin, word by word.
  func pinyin(of annotation: Annotation) -> String {
    if let own = annotation.pinyin, !own.isEmpty {
      return PinyinDisplay.spaced(annotation.text, pinyin: own, isWord: options.isDictionaryWord)
    }
    return pinyinWords(of: annotation).map(PinyinDisplay.word).joined(separator: " ")
  }

  /// The pinyin of an annotation's words, each with its syllables apart (`dǐ lì`, `qián xíng`): its
  /// own pinyin as one word, else its tokens' pinyin.
  func pinyinWords(of annotation: Annotation) -> [String] {
    if let own = annotation.pinyin, !own.isEmpty { return [own] }
    let id = annotation.block
    let block =
      document.blocks.indices.contains(id) && document.blocks[id].id == id
      ? document.blocks[id] : document.blocks.first(where: { $0.id == id })
    guard let block else { return [] }
    // Only the sentences around the span (binary search: sentences are in order), not every token of
    // the block for every note.
    let sentences = block.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if sentences[mid].end <= annotation.start { low = mid + 1 } else { high = mid }
    }
    var readings: [String] = []
    var s = low
    while s < sentences.count, sentences[s].start < annotation.end || s == low {
      for token in sentences[s].tokens
      where token.start < annotation.end && token.end > annotation.start {
        if let pinyin = token.pinyin, !pinyin.isEmpty { readings.append(pinyin) }
      }
      s += 1
    }
    return readings
  }

  /// What the "defined in the article?" column says for a formula.
  static func definition(of origin: FormulaOrigin?) -> String {
    switch origin {
    case .document: return "yes — defined in the article"
    case .glossary: return "no — from the glossary"
    case .unresolved: return "unresolved"
    case nil: return "—"
    }
  }

  /// A window of the sentence around the word, at most about 48 characters.
  static func sentenceWindow(_ sentence: String, around word: String, radius: Int = 22) -> (
    before: String, word: String, after: String
  ) {
    let scalars = Array(sentence.unicodeScalars)
    let target = Array(word.unicodeScalars)
    var at = -1
    if !target.isEmpty, scalars.count >= target.count {
      for i in 0...(scalars.count - target.count)
      where Array(scalars[i..<(i + target.count)]) == target {
        at = i
        break
      }
    }
    guard at >= 0 else {
      let cut =
        scalars.count > 2 * radius
        ? String(String.UnicodeScalarView(scalars.prefix(2 * radius))) + "…" : sentence
      return (cut, "", "")
    }
    let from = max(0, at - radius)
    let to = min(scalars.count, at + target.count + radius)
    let before = (from > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[from..<at]))
    let after =
      String(String.UnicodeScalarView(scalars[(at + target.count)..<to]))
      + (to < scalars.count ? "…" : "")
    return (before, word, after)
  }
}
