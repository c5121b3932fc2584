/// A standoff annotation over a span of one block.
///
/// The fields every kind shares are typed here; a kind's own fields (a formula's `expansion` and
/// `origin`…) live in `extra`, written flat into the JSON object, and are read and written through
/// typed accessors declared beside the kind (`JieduVocabulary`), never as string literals.
public struct Annotation: Codable, Sendable, Equatable {
  /// The stage that made it.
  public var stage: String
  /// What it is: `term`, `abbreviation`, …
  public var type: AnnotationKind
  /// The block's id.
  public var block: Int
  /// Start offset in scalars.
  public var start: Int
  /// End offset (exclusive).
  public var end: Int
  /// The annotated text (must equal the span).
  public var text: String
  /// The English rendering.
  public var rendering: String?
  /// A category such as `party`.
  public var category: String?
  /// A one-line explanatory note.
  public var note: String?
  /// Pinyin of the annotated term.
  public var pinyin: String?
  /// Where the rendering comes from.
  public var source: String?
  /// The kind's own fields and any others a stage adds, kept as JSON and written flat.
  public var extra: [String: JSONValue]

  /// Creates an annotation.
  public init(
    stage: String, type: AnnotationKind, block: Int, start: Int, end: Int, text: String,
    rendering: String? = nil, category: String? = nil, note: String? = nil, pinyin: String? = nil, source: String? = nil,
    extra: [String: JSONValue] = [:]
  ) {
    self.stage = stage
    self.type = type
    self.block = block
    self.start = start
    self.end = end
    self.text = text
    self.rendering = rendering
    self.category = category
    self.note = note
    self.pinyin = pinyin
    self.source = source
    self.extra = extra
  }

  private enum Known: String, CaseIterable {
    case stage, type, block, start, end, text, rendering, category, note, pinyin, source
  }

  /// Decodes the known fields and keeps the rest in `extra`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    func req<T: Decodable>(_ k: Known, _ t: T.Type) throws -> T {
      try c.decode(T.self, forKey: AnyKey(k.rawValue))
    }
    func opt<T: Decodable>(_ k: Known, _ t: T.Type) throws -> T? {
      try c.decodeIfPresent(T.self, forKey: AnyKey(k.rawValue))
    }
    stage = try opt(.stage, String.self) ?? ""
    type = try req(.type, AnnotationKind.self)
    block = try req(.block, Int.self)
    start = try req(.start, Int.self)
    end = try req(.end, Int.self)
    text = try req(.text, String.self)
    rendering = try opt(.rendering, String.self)
    category = try opt(.category, String.self)
    note = try opt(.note, String.self)
    pinyin = try opt(.pinyin, String.self)
    source = try opt(.source, String.self)
    extra = try FlatFields.decode(c, except: Annotation.known)
  }

  private static let known = Set(Known.allCases.map(\.rawValue))

  /// Encodes the known fields and `extra` flat into one object.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try c.encode(stage, forKey: AnyKey("stage"))
    try c.encode(type, forKey: AnyKey("type"))
    try c.encode(block, forKey: AnyKey("block"))
    try c.encode(start, forKey: AnyKey("start"))
    try c.encode(end, forKey: AnyKey("end"))
    try c.encode(text, forKey: AnyKey("text"))
    try c.encodeIfPresent(rendering, forKey: AnyKey("rendering"))
    try c.encodeIfPresent(category, forKey: AnyKey("category"))
    try c.encodeIfPresent(note, forKey: AnyKey("note"))
    try c.encodeIfPresent(pinyin, forKey: AnyKey("pinyin"))
    try c.encodeIfPresent(source, forKey: AnyKey("source"))
    try FlatFields.encode(extra, into: &c, except: Annotation.known)
  }
}

/// A coding key made from any string.
public struct AnyKey: CodingKey, Hashable, Sendable {
  /// The key's text.
  public var stringValue: String
  /// Always nil: these keys are strings.
  public var intValue: Int? { nil }
  /// Creates a key.
  public init(_ string: String) { stringValue = string }
  /// Creates a key.
  public init?(stringValue: String) { self.stringValue = stringValue }
  /// Integer keys are not used.
  public init?(intValue: Int) { return nil }
}
