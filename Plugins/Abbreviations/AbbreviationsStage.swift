import Foundation
import JieduCore
import JieduDictionary
import JieduKnowledge
import JieduVocabulary

/// The `abbreviations` stage: expands numeric formulas (三会一课, 两个覆盖, “三进入”…) from the built-in
/// and user lists and from definitions the article itself gives, and marks the ones nothing explains.
///
/// Annotations have `type: abbreviation`, `expansion` (the items, in Chinese), `origin`
/// (`glossary`, `document` or `unresolved`) and, for listed formulas, the English `rendering`.
public struct AbbreviationsStage: AnnotationStage {
  /// The stage id.
  public static let id = "abbreviations"
  /// One line on what it does.
  public static let summary =
    "numeric formulas (三会一课, 两个覆盖…): expanded from the formula list and from definitions in the text"
  /// Reads block text and token ends (a formula starts on a word boundary).
  public static let requires: Set<Capability> = [.tokens]
  /// Adds `abbreviation` annotations.
  public static let produces: Set<Capability> = [.formulas]

  /// Checked through the real host by the stage-examples test.
  public static let examples: [StageExample] = [
    StageExample(
      "坚持⟦三会一课⟧制度", fields: ["type": "abbreviation", "origin": "glossary"]),
    StageExample("落实⟦三會一課⟧制度", fields: ["origin": "glossary"]),
    StageExample(
      "实现“⟦三进入⟧”，即进入班子、进入决策、进入管理。", fields: ["origin": "document"]),
  ]

  /// The formulas known before reading a document.
  public let list: FormulaList
  /// The options.
  public let options: Options

  /// Loads the user's files (in order) and then the built-in list.
  public init(options: Options, context: StageContext) throws {
    var list = FormulaList(folding: try context.shared(TraditionalFolding.self))
    for file in options.files {
      list.add(try FormulaList.load(context.resolve(file), name: file), from: file)
    }
    if options.builtin {
      list.add(try FormulaList.builtin(cache: context.cacheDirectory), from: "formulas.yaml")
    }
    self.init(list: list, options: options, dictionary: try? context.shared(ChineseDictionary.self))
  }

  /// A stage over a ready list; with CC-CEDICT, its idioms and ordinary compounds are no formula.
  public init(list: FormulaList, options: Options = Options(), dictionary: ChineseDictionary? = nil)
  {
    self.list = list
    self.options = options
    words = OrdinaryWords(dictionary: dictionary)
    listed = ListedFormulas(list)
  }

  /// The list's own spellings and their matcher, built once: most documents define no formula of
  /// their own, and building the matcher per document was a sixth of a batch's time.
  let listed: ListedFormulas

  /// What CC-CEDICT says about idioms and ordinary compounds.
  let words: OrdinaryWords

  /// Every listed term and alias, so segmentation keeps 三会一课 whole.
  public var wholeWords: [String] { list.allSpellings }

  /// Adds an annotation for every mention of a formula and diagnostics for definitions that do not
  /// add up, definitions that contradict the list and formulas nothing explains.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    let folding = list.folding
    let blocks = document.blocks.concurrentMap(threads: context.threads) {
      ScannedBlock($0, folding: folding)
    }
    var diagnostics = list.warnings.map { Diagnostic.warning($0, stage: Self.id) }
    let definitions = DocumentDefinitions(blocks: blocks, list: list, threads: context.threads)
    diagnostics += definitions.diagnostics

    let ownDefinitions = !definitions.failed.isEmpty || !definitions.defined.isEmpty
    // The document's own resolutions over the list's (which are not copied per document): what it
    // defines, miscounts or leaves unresolved.
    var own: [String: FormulaResolution] = [:]
    if ownDefinitions {
      // A listed spelling the text miscounts still reads as listed.
      for (term, definition) in definitions.failed where listed.resolutions[term] == nil {
        own[term] = .miscounted(definition)
      }
      for (term, definition) in definitions.defined {
        own[term] = .document(definition, list.entry(for: term))
      }
      for (spelling, entry, term) in listed.foldedTerms {
        if let definition = definitions.defined[term] {
          own[spelling] = .document(definition, entry)
        }
      }
    }
    func resolution(_ term: String) -> FormulaResolution? {
      own[term] ?? listed.resolutions[term]
    }
    let knownCount = own.count
    if options.reportUnresolved {
      // The list's matcher, and beside it one over the document's own terms (not over all again).
      let ownMatcher = ownDefinitions ? listed.matcher(forOwn: own) : nil
      let words = words
      let candidates = blocks.concurrentMap(threads: context.threads) { block in
        let longest = listed.matcher.longestOccurrences(
          startingIn: block.folded, with: ownMatcher?.matcher)
        return FormulaCandidateFinder.candidates(in: block, words: words).filter {
          $0.lowerBound >= longest.count || longest[$0.lowerBound] == nil
        }
      }
      for (block, ranges) in zip(blocks, candidates) {
        for range in ranges {
          let term = block.foldedText(range)
          if resolution(term) == nil { own[term] = .unresolved }
        }
      }
    }

    // Keys and text are both folded already, so the matcher needs no folding of its own.
    let unchanged = !ownDefinitions && own.count == knownCount
    let ownTerms = unchanged ? nil : listed.matcher(forOwn: own)
    var reported: Set<String> = []
    // Mentions are found in each block on its own; annotations and warnings follow in block order.
    let mentions = blocks.concurrentMap(threads: context.threads) { block in
      listed.matcher.leftmostLongest(
        in: block.folded, with: ownTerms?.matcher, mayStart: block.allowsMention(at:))
    }
    let listedCount = listed.spellings.count
    for (block, found) in zip(blocks, mentions) {
      for mention in found {
        let range = mention.start..<mention.end
        let key =
          mention.key < listedCount
          ? listed.spellings[mention.key].key : ownTerms?.keys[mention.key - listedCount] ?? ""
        let resolution = resolution(key) ?? .unresolved
        let text = block.text(range)
        document.annotations.append(
          annotation(resolution, block: block.id, range: range, text: text))
        if case .unresolved = resolution, reported.insert(block.foldedText(range)).inserted {
          diagnostics.append(
            .warning(AbbreviationMessage.unresolved(text), stage: Self.id, block: block.id))
        }
      }
    }
    document.diagnostics += diagnostics
  }

  private func annotation(
    _ resolution: FormulaResolution, block: Int, range: Range<Int>, text: String
  ) -> Annotation {
    var a = Annotation(
      stage: Self.id, type: .abbreviation, block: block, start: range.lowerBound,
      end: range.upperBound, text: text)
    switch resolution {
    case .listed(let entry):
      a.formulaOrigin = .glossary
      a.expansion = entry.items
      a.expansionEn = entry.itemsEn
      fill(&a, from: entry)
    case .document(let definition, let entry):
      a.formulaOrigin = .document
      a.expansion = definition.items
      if let entry {
        fill(&a, from: entry)
        a.expansionEn = englishItems(of: definition.items, in: entry)
      }
      a.definedIn = definition.block
    case .miscounted(let definition):
      a.formulaOrigin = .document
      a.note = AbbreviationMessage.miscountedNote(definition)
      a.listedItems = definition.items
      a.definedIn = definition.block
    case .unresolved:
      a.formulaOrigin = .unresolved
      a.note = AbbreviationMessage.unresolvedNote
    }
    return a
  }

  private func fill(_ a: inout Annotation, from entry: FormulaEntry) {
    a.rendering = entry.en
    a.category = entry.category
    a.note = entry.note
    a.pinyin = entry.pinyin
    a.source = entry.source
    a.status = entry.effectiveStatus.rawValue
    a.url = entry.url
    if !entry.also.isEmpty { a.also = entry.also }
  }

  /// The list's English for items the text gives (in the text's order), when every item is one of
  /// the entry's; nil otherwise.
  private func englishItems(of items: [String], in entry: FormulaEntry) -> [String]? {
    guard let listed = entry.items, let english = entry.itemsEn, listed.count == english.count
    else { return nil }
    var byItem: [String: String] = [:]
    for (item, en) in zip(listed, english) { byItem[list.folding.fold(item)] = en }
    let mapped = items.compactMap { byItem[list.folding.fold($0)] }
    return mapped.count == items.count ? mapped : nil
  }
}

/// The formula list's folded spellings resolved as listed, in a fixed order, with their matcher.
struct ListedFormulas: Sendable {
  /// Each spelling's resolution.
  let resolutions: [String: FormulaResolution]
  /// The same, in the order of the matcher's keys.
  let spellings: [(key: String, value: FormulaResolution)]
  /// Finds the spellings in folded text.
  let matcher: TermMatcher
  /// Each folded spelling with its entry and the entry's folded term (folded once, not once per
  /// document that defines a formula).
  let foldedTerms: [(spelling: String, entry: FormulaEntry, term: String)]

  init(_ list: FormulaList) {
    var resolutions: [String: FormulaResolution] = [:]
    let folded = list.foldedSpellings
    foldedTerms = folded.map { ($0.0, $0.1, list.folding.fold($0.1.term)) }
    for (spelling, entry) in folded { resolutions[spelling] = .listed(entry) }
    self.resolutions = resolutions
    spellings = Array(resolutions)
    matcher = TermMatcher(keys: TermKeys(strings: spellings.map(\.key)))
  }

  /// A matcher over the spellings of a document's own resolutions that the list lacks (its defined,
  /// miscounted and unresolved terms), with those keys in its order; nil when there are none. Used
  /// beside `matcher` (`with:`), it finds what one matcher over the list's and the document's
  /// resolutions together would.
  func matcher(forOwn resolutions: [String: FormulaResolution]) -> (
    matcher: TermMatcher, keys: [String]
  )? {
    let keys = resolutions.keys.filter { self.resolutions[$0] == nil }
    guard !keys.isEmpty else { return nil }
    return (TermMatcher(keys: TermKeys(strings: keys)), keys)
  }
}
