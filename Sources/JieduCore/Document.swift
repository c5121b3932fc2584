/// The version of the JSON document Jiedu writes; bump the minor on additions, the major on renames.
public let jieduDocumentVersion = "1.0"

/// An annotated article: the text as blocks, standoff annotations over it, and diagnostics.
///
/// Stages add annotations and token readings; they never rewrite a block's `text`. Offsets
/// everywhere count Unicode scalars inside a block's `text`, end exclusive.
public struct Document: Codable, Sendable, Equatable {
  /// Version of the document format (`"jiedu"` in JSON).
  public var jiedu: String
  /// Where the text came from.
  public var source: SourceInfo
  /// The article's blocks in reading order.
  public var blocks: [Block]
  /// Standoff annotations added by stages.
  public var annotations: [Annotation]
  /// Warnings and notes from ingestion and stages.
  public var diagnostics: [Diagnostic]
  /// Figures a stage reports about the whole document, by stage id (the translation stage's term
  /// success rate); absent from the JSON when empty.
  public var reports: [String: JSONValue]?

  /// Creates a document.
  public init(
    source: SourceInfo, blocks: [Block], annotations: [Annotation] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.jiedu = jieduDocumentVersion
    self.source = source
    self.blocks = blocks
    self.annotations = annotations
    self.diagnostics = diagnostics
  }

  /// The first block of the given kind, if any.
  public func firstBlock(of kind: BlockKind) -> Block? {
    blocks.first { $0.kind == kind }
  }

  /// All tokens of the document in reading order with their block and sentence indices.
  public var allTokens: [(block: Int, sentence: Int, token: Token)] {
    var result: [(Int, Int, Token)] = []
    for block in blocks {
      for (s, sentence) in block.sentences.enumerated() {
        for token in sentence.tokens { result.append((block.id, s, token)) }
      }
    }
    return result
  }
}

/// Where the input came from.
public struct SourceInfo: Codable, Sendable, Equatable {
  /// File name, or `-` for standard input.
  public var name: String
  /// The detected encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`.
  public var encoding: String
  /// SHA-256 of the input bytes, lowercase hex.
  public var sha256: String
  /// Number of input bytes.
  public var bytes: Int

  /// Creates source information.
  public init(name: String, encoding: String, sha256: String, bytes: Int) {
    self.name = name
    self.encoding = encoding
    self.sha256 = sha256
    self.bytes = bytes
  }
}

/// The role a block plays in the article.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
  /// A column label above the title (各地实践).
  case kicker
  /// The article's title.
  case title
  /// The author line (■…).
  case byline
  /// A section heading.
  case heading
  /// Body text.
  case paragraph
  /// A photo caption.
  case caption
  /// An editorial note such as (下转B2版).
  case note
}

/// One block of text: a title, a paragraph, a caption…
public struct Block: Codable, Sendable, Equatable {
  /// Index of the block in the document, from 0.
  public var id: Int
  /// What the block is.
  public var kind: BlockKind
  /// The text after decoding, normalisation and paragraph repair: what offsets index.
  public var text: String
  /// Sentences in order, covering the text.
  public var sentences: [Sentence]

  /// Creates a block.
  public init(id: Int, kind: BlockKind, text: String, sentences: [Sentence] = []) {
    self.id = id
    self.kind = kind
    self.text = text
    self.sentences = sentences
  }

  /// The text between two scalar offsets.
  public func text(from start: Int, to end: Int) -> String {
    ScalarText(text).slice(start, end)
  }
}

/// A sentence: a scalar range of its block and the tokens inside it.
public struct Sentence: Codable, Sendable, Equatable {
  /// Start offset in scalars within the block.
  public var start: Int
  /// End offset (exclusive).
  public var end: Int
  /// Tokens in order; offsets are relative to the block, not the sentence.
  public var tokens: [Token]
  /// Fields stages add to the sentence (the translation stage's `translation`), written flat and
  /// read through typed accessors (`JieduVocabulary`); nil when there are none.
  public var extra: [String: JSONValue]?

  /// Creates a sentence.
  public init(start: Int, end: Int, tokens: [Token] = []) {
    self.start = start
    self.end = end
    self.tokens = tokens
  }

  private static let known: Set<String> = ["start", "end", "tokens"]

  /// Decodes the contract's fields and keeps the rest in `extra`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    start = try c.decode(Int.self, forKey: AnyKey("start"))
    end = try c.decode(Int.self, forKey: AnyKey("end"))
    tokens = try c.decodeIfPresent([Token].self, forKey: AnyKey("tokens")) ?? []
    let fields = try FlatFields.decode(c, except: Sentence.known)
    extra = fields.isEmpty ? nil : fields
  }

  /// Encodes the contract's fields and `extra` flat into one object.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try c.encode(start, forKey: AnyKey("start"))
    try c.encode(end, forKey: AnyKey("end"))
    try c.encode(tokens, forKey: AnyKey("tokens"))
    try FlatFields.encode(extra, into: &c, except: Sentence.known)
  }
}

/// A word or punctuation mark, with the readings stages attach to it.
///
/// `pinyin` and `glosses` are the JSON contract's; a stage's own token fields (the gloss stage's
/// traditional form, classifiers, reading source) live in `extra`, written flat into the token's
/// JSON object and read through typed accessors (`JieduVocabulary`).
public struct Token: Codable, Sendable, Equatable {
  /// The token's text.
  public var text: String
  /// Start offset in scalars within the block.
  public var start: Int
  /// End offset (exclusive).
  public var end: Int
  /// Pinyin with tone marks, one space between syllables.
  public var pinyin: String?
  /// English senses, best first.
  public var glosses: [String]?
  /// Fields stages add beyond the contract's, written flat; nil when there are none.
  public var extra: [String: JSONValue]?

  /// Creates a token.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }

  /// Whether the token contains a Han character.
  public var containsHan: Bool { text.unicodeScalars.contains { $0.isHan } }

  private static let known: Set<String> = ["text", "start", "end", "pinyin", "glosses"]

  /// Decodes the contract's fields and keeps the rest in `extra`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    text = try c.decode(String.self, forKey: AnyKey("text"))
    start = try c.decode(Int.self, forKey: AnyKey("start"))
    end = try c.decode(Int.self, forKey: AnyKey("end"))
    pinyin = try c.decodeIfPresent(String.self, forKey: AnyKey("pinyin"))
    glosses = try c.decodeIfPresent([String].self, forKey: AnyKey("glosses"))
    let fields = try FlatFields.decode(c, except: Token.known)
    extra = fields.isEmpty ? nil : fields
  }

  /// Encodes the contract's fields and `extra` flat into one object.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try c.encode(text, forKey: AnyKey("text"))
    try c.encode(start, forKey: AnyKey("start"))
    try c.encode(end, forKey: AnyKey("end"))
    try c.encodeIfPresent(pinyin, forKey: AnyKey("pinyin"))
    try c.encodeIfPresent(glosses, forKey: AnyKey("glosses"))
    try FlatFields.encode(extra, into: &c, except: Token.known)
  }
}
