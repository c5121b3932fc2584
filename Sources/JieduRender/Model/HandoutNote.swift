import JieduCore

/// What a numbered note explains.
enum NoteKind: Equatable {
  /// A glossary term (`type: term`).
  case term
  /// A numeric formula or abbreviation (`type: abbreviation`).
  case formula
  /// Anything else a stage marked: listed generically under "Other notes".
  case other
}

/// One numbered note: a term, formula or other annotation, with its first occurrence.
struct HandoutNote {
  /// The number shown in the text and the tables, from 1, in order of first appearance.
  var number: Int
  /// What it explains.
  var kind: NoteKind
  /// The annotation at its first appearance (its fields fill the tables).
  var annotation: Annotation
  /// How many times it is marked in the text.
  var occurrences: Int
}

/// A highlighted span of one block, expanded later to whole tokens.
struct HighlightSpan {
  /// Start offset in scalars.
  var start: Int
  /// End offset (exclusive).
  var end: Int
  /// The note it refers to.
  var note: Int
  /// What it is, for the CSS class.
  var kind: NoteKind
  /// The English rendering, used in the word-by-word line.
  var rendering: String?
  /// Whether the note number is shown after it (the first mark of a note in each block).
  var showsNumber: Bool
}
