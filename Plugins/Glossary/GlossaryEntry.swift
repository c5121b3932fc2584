import JieduKnowledge

/// One glossary entry: a knowledge-base entry without items (term, rendering, pinyin, note,
/// category, aliases, source).
public typealias GlossaryEntry = KnowledgeEntry

/// A position in a glossary file.
public typealias GlossaryLocation = KnowledgeLocation

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
