/// A position in a knowledge file: the file's display name, a 1-based line and an optional column.
public struct KnowledgeLocation: Sendable, Hashable, CustomStringConvertible {
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
