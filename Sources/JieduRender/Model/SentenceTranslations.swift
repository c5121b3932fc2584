import JieduCore

/// Sentence translations from stages (`type: translation`, the English in `rendering`), by block.
struct SentenceTranslations {
  private var byBlock: [Int: [Annotation]] = [:]

  /// Collects the translations of a document.
  init(_ document: Document) {
    for annotation in document.annotations
    where NoteCatalog.translationTypes.contains(annotation.type)
      && !(annotation.rendering ?? "").isEmpty
    {
      byBlock[annotation.block, default: []].append(annotation)
    }
  }

  /// The translations starting inside a row, joined; nil when there is none.
  func translation(block: Int, row: BlockRow) -> String? {
    let found = (byBlock[block] ?? []).filter { $0.start >= row.start && $0.start < row.end }
      .sorted { $0.start < $1.start }.compactMap(\.rendering)
    return found.isEmpty ? nil : found.joined(separator: " ")
  }

  /// Whether a translation starting in an earlier row covers this one.
  func isCovered(block: Int, row: BlockRow) -> Bool {
    (byBlock[block] ?? []).contains { $0.start < row.start && $0.end >= row.end }
  }

  /// The translation of a whole block (a title), if one covers it.
  func translation(ofBlock block: Int) -> String? {
    byBlock[block]?.first?.rendering
  }
}
