import JieduCore
import JieduVocabulary

/// A row's English from a stage: the translation stage's sentence `translation`, or `translation`
/// annotations from other stages (an external program).
struct RowTranslation {
  /// The English; empty when the sentence has none.
  var text: String
  /// Where it comes from (nil for an annotation, or a sentence left without English).
  var origin: TranslationOrigin?
  /// For a fuzzy match, its score.
  var score: Double?
  /// Required renderings the English contains, to mark.
  var found: [String]
  /// Required renderings it lacks.
  var missing: [String]
  /// A fuzzy match shown as a suggestion.
  var suggestion: MemorySuggestion?
  /// Why there is no English.
  var problem: String?
}

/// Sentence translations from stages, by block.
struct SentenceTranslations {
  private var byBlock: [Int: [Annotation]] = [:]
  private var sentences: [Int: [(start: Int, end: Int, translation: SentenceTranslation)]] = [:]

  /// Collects the translations of a document.
  init(_ document: Document) {
    for annotation in document.annotations
    where NoteCatalog.translationTypes.contains(annotation.type)
      && !(annotation.rendering ?? "").isEmpty
    {
      byBlock[annotation.block, default: []].append(annotation)
    }
    for block in document.blocks {
      for sentence in block.sentences {
        if let t = sentence.translation {
          sentences[block.id, default: []].append((sentence.start, sentence.end, t))
        }
      }
    }
  }

  /// The block's translated sentences that start in `start..<end`, found by binary search (the
  /// sentences of a block are in text order): filtering them all for every row was quadratic in a
  /// long block.
  private func sentencesStarting(in block: Int, from start: Int, to end: Int)
    -> ArraySlice<(start: Int, end: Int, translation: SentenceTranslation)>
  {
    guard let list = sentences[block] else { return [] }
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid].start < start { low = mid + 1 } else { high = mid }
    }
    var upper = low
    while upper < list.count && list[upper].start < end { upper += 1 }
    return list[low..<upper]
  }

  /// The English of the sentences starting inside a row, joined; nil when there is none.
  func row(block: Int, row: BlockRow) -> RowTranslation? {
    let own = sentencesStarting(in: block, from: row.start, to: row.end)
    if !own.isEmpty {
      let ts = own.map(\.translation)
      let texts = ts.filter(\.isTranslated).map(\.text)
      let fuzzy = ts.first { $0.origin == .fuzzy }
      return RowTranslation(
        text: texts.joined(separator: " "),
        origin: texts.isEmpty ? nil : (fuzzy?.origin ?? ts.first?.origin),
        score: fuzzy?.score,
        found: ts.flatMap { t in t.required.filter { !t.missingTerms.contains($0) } },
        missing: ts.filter(\.isTranslated).flatMap(\.missingTerms),
        suggestion: ts.compactMap(\.suggestion).first,
        problem: ts.compactMap(\.problem).first)
    }
    guard let text = translation(block: block, row: row) else { return nil }
    return RowTranslation(text: text, origin: nil, score: nil, found: [], missing: [])
  }

  /// The annotation translations starting inside a row, joined; nil when there is none.
  func translation(block: Int, row: BlockRow) -> String? {
    let found = (byBlock[block] ?? []).filter { $0.start >= row.start && $0.start < row.end }
      .sorted { $0.start < $1.start }.compactMap(\.rendering)
    return found.isEmpty ? nil : found.joined(separator: " ")
  }

  /// Whether a translation starting in an earlier row covers this one.
  func isCovered(block: Int, row: BlockRow) -> Bool {
    (byBlock[block] ?? []).contains { $0.start < row.start && $0.end >= row.end }
  }

  /// Whether any sentence or block has a translation.
  var isEmpty: Bool { byBlock.isEmpty && sentences.isEmpty }

  /// The English of a whole block (a title), if one covers it.
  func translation(ofBlock block: Int) -> String? {
    if let own = sentences[block]?.map(\.translation).filter(\.isTranslated), !own.isEmpty {
      return own.map(\.text).joined(separator: " ")
    }
    return byBlock[block]?.first?.rendering
  }
}
