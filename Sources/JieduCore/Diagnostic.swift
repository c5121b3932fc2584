/// A warning or note about the input or a stage's work, carried in the document and printed to stderr.
public struct Diagnostic: Codable, Sendable, Equatable {
  /// How serious it is.
  public enum Level: String, Codable, Sendable {
    /// Something went wrong but a result was produced.
    case warning
    /// Information for the reader.
    case info
    /// A failure (only in documents a stage returned; the host turns errors into exits).
    case error
  }
  /// How serious it is.
  public var level: Level
  /// The stage that reported it, or `ingest` for input handling.
  public var stage: String
  /// The block it concerns, if any.
  public var block: Int?
  /// One line of text.
  public var message: String

  /// Creates a diagnostic.
  public init(level: Level, stage: String, block: Int? = nil, message: String) {
    self.level = level
    self.stage = stage
    self.block = block
    self.message = message
  }

  private enum CodingKeys: String, CodingKey { case level, stage, block, message }

  /// Decodes a diagnostic; `stage` may be left out (external stages) and is then filled in by the host.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    level = try c.decode(Level.self, forKey: .level)
    stage = try c.decodeIfPresent(String.self, forKey: .stage) ?? ""
    block = try c.decodeIfPresent(Int.self, forKey: .block)
    message = try c.decode(String.self, forKey: .message)
  }

  /// A `warning` diagnostic.
  public static func warning(_ message: String, stage: String, block: Int? = nil) -> Diagnostic {
    Diagnostic(level: .warning, stage: stage, block: block, message: message)
  }

  /// The line printed to stderr: `jiedu: warning: [stage] block 3: message`.
  public var line: String {
    let place = block.map { " block \($0):" } ?? ""
    return "jiedu: \(level.rawValue): [\(stage)]\(place) \(message)"
  }

  /// The line printed to stderr naming the file: `jiedu: warning: article.txt: [stage] block 3: …`.
  /// A message that starts with the file's name already is not given it twice.
  public func line(file: String) -> String {
    let place = block.map { " block \($0):" } ?? ""
    let text = message.hasPrefix(file + ":") ? String(message.dropFirst(file.count + 1)) : " " + message
    return "jiedu: \(level.rawValue): \(file): [\(stage)]\(place)\(text)"
  }
}
