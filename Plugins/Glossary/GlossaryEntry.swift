/// One glossary entry: a Chinese term, its English rendering and what a reader needs to know about it.
///
/// Text in every field is kept verbatim (HTML and script text included); renderers escape it.
public struct GlossaryEntry: Sendable, Hashable {
  /// The Chinese term as it appears in text (simplified form).
  public var term: String
  /// The English rendering.
  public var en: String
  /// Pinyin with tone marks, one space between syllables.
  public var pinyin: String?
  /// A one-line explanatory note.
  public var note: String?
  /// A category such as `party` or `economy`.
  public var category: String?
  /// Other surface forms that mean the same (abbreviations, variants, traditional forms).
  public var aliases: [String]
  /// Where the rendering comes from.
  public var source: String?
  /// Where the entry was read, for messages; not part of equality.
  public var location: GlossaryLocation?

  /// Creates an entry.
  public init(
    term: String, en: String, pinyin: String? = nil, note: String? = nil, category: String? = nil,
    aliases: [String] = [], source: String? = nil, location: GlossaryLocation? = nil
  ) {
    self.term = term
    self.en = en
    self.pinyin = pinyin
    self.note = note
    self.category = category
    self.aliases = aliases
    self.source = source
    self.location = location
  }

  /// The term followed by its aliases: every surface form that is matched in text.
  public var surfaces: [String] { [term] + aliases }

  /// Compares the content of two entries, ignoring where they were read.
  public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
    a.term == b.term && a.en == b.en && a.pinyin == b.pinyin && a.note == b.note
      && a.category == b.category && a.aliases == b.aliases && a.source == b.source
  }

  /// Hashes the content, ignoring the location.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(term)
    hasher.combine(en)
    hasher.combine(aliases)
  }
}

/// A position in a glossary file: the file's display name, a 1-based line and an optional column.
public struct GlossaryLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file name used in messages.
  public var file: String
  /// Line, from 1.
  public var line: Int
  /// Column, from 1, when known.
  public var column: Int?

  /// Creates a location.
  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line` or `file:line:column`.
  public var description: String {
    column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

/// Something wrong in a glossary file, with its position: `file:line:col: [3].term: empty term`.
public struct GlossaryProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is; nil line when it concerns the whole file.
  public var file: String
  /// Line, from 1, when known.
  public var line: Int?
  /// Column, from 1, when known.
  public var column: Int?
  /// The message, without position.
  public var message: String

  /// Creates a problem.
  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// Creates a problem at a location.
  public init(at location: GlossaryLocation, _ message: String) {
    self.init(file: location.file, line: location.line, column: location.column, message: message)
  }

  /// `file:line:col: message`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if line != nil, let column { text += ":\(column)" }
    return "\(text): \(message)"
  }
}
