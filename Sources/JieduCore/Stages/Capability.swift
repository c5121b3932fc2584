/// Something a stage needs before it runs or adds to the document, so the host can check the
/// configured order before anything runs (as spaCy checks `requires`/`assigns`).
///
/// Capabilities are open: the core knows only `tokens`; each stage declares the ones it produces
/// next to itself (`Capability.terms` lives with the glossary stage), and a stage that needs another
/// stage's output names the capability by its string, never by importing that stage.
public struct Capability: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The capability's name, as messages and `jiedu stages` show it.
  public let rawValue: String

  /// A capability with this name.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// A capability with this name.
  public init(_ name: String) { rawValue = name }
  /// A capability written as a string literal.
  public init(stringLiteral value: String) { rawValue = value }

  /// Blocks, sentences and tokens: present once ingestion and segmentation ran.
  public static let tokens = Capability("tokens")

  /// Orders capabilities by name, for stable messages.
  public static func < (a: Capability, b: Capability) -> Bool { a.rawValue < b.rawValue }
  /// The name.
  public var description: String { rawValue }
}

/// The kind of an annotation (`type` in JSON): open, like `Capability`.
///
/// Stages declare the kinds they write as static constants in a module renderers can read
/// (`JieduVocabulary`), so a renderer never matches a string literal no stage produces.
public struct AnnotationKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The kind's name, as written in JSON.
  public let rawValue: String
  /// A kind with this name.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// A kind with this name.
  public init(_ name: String) { rawValue = name }
  /// A kind written as a string literal.
  public init(stringLiteral value: String) { rawValue = value }
  /// Decodes the kind from a JSON string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  /// Encodes the kind as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  /// The name.
  public var description: String { rawValue }
  /// Whether the kind has no name (an annotation without `type`).
  public var isEmpty: Bool { rawValue.isEmpty }
}
