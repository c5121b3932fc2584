import JieduCore
import JieduVocabulary

/// Numbers the document's terms, formulas and other annotations in order of first appearance and
/// says which spans of each block are highlighted.
struct NoteCatalog {
  /// Annotation types that feed the handout's second column instead of a note.
  static let translationTypes: Set<AnnotationKind> = [.translation]

  /// The notes, numbered from 1.
  private(set) var notes: [HandoutNote] = []
  /// Highlighted spans per block id, sorted by start, never overlapping.
  private(set) var spans: [Int: [HighlightSpan]] = [:]

  /// Builds the catalog from the document's annotations.
  init(_ document: Document) {
    var blockOrder: [Int: Int] = [:]
    for (index, block) in document.blocks.enumerated() { blockOrder[block.id] = index }
    let ordered = document.annotations.enumerated()
      .filter { blockOrder[$0.element.block] != nil && $0.element.end > $0.element.start }
      .filter { !Self.translationTypes.contains($0.element.type) }
      .sorted { a, b in
        let (x, y) = (a.element, b.element)
        if x.block != y.block {
          return blockOrder[x.block, default: 0] < blockOrder[y.block, default: 0]
        }
        if x.start != y.start { return x.start < y.start }
        if x.end != y.end { return x.end > y.end }
        return a.offset < b.offset
      }
      .map(\.element)
    var numberByKey: [String: Int] = [:]
    var lastEnd: [Int: Int] = [:]
    var numberedInBlock: Set<[Int]> = []
    for annotation in ordered {
      if annotation.start < lastEnd[annotation.block, default: 0] { continue }  // overlaps an earlier mark
      let kind = Self.kind(of: annotation)
      let key = "\(kind)\u{1F}\(annotation.type)\u{1F}\(annotation.text)"
      let number: Int
      if let known = numberByKey[key] {
        number = known
        notes[number - 1].occurrences += 1
      } else {
        number = notes.count + 1
        numberByKey[key] = number
        notes.append(
          HandoutNote(number: number, kind: kind, annotation: annotation, occurrences: 1))
      }
      let first = numberedInBlock.insert([annotation.block, number]).inserted
      spans[annotation.block, default: []].append(
        HighlightSpan(
          start: annotation.start, end: annotation.end, note: number, kind: kind,
          rendering: notes[number - 1].annotation.rendering, showsNumber: first))
      lastEnd[annotation.block] = annotation.end
    }
  }

  /// Notes of one kind, in order of first appearance.
  func notes(of kind: NoteKind) -> [HandoutNote] { notes.filter { $0.kind == kind } }

  private static func kind(of annotation: Annotation) -> NoteKind {
    switch annotation.type {
    case .term: return .term
    case .abbreviation: return .formula
    default: return .other
    }
  }
}
