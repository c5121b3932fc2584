import JieduCore

/// Tokens' JSON remembered by their readings: a word recurs with the same pinyin, glosses and extra
/// fields — the same storage, shared by the stages' memos — so its object is encoded once and
/// copied for every later token, with the token's own `end`, `start` and `text` put in the holes.
///
/// A key is the bits of the three readings (a small string's bits are its text; otherwise the
/// address of the storage). Each entry keeps the readings it was made from, so no storage it names
/// is freed and reused while it is remembered, and none can change in place (it is not uniquely
/// referenced): equal bits always mean equal readings. Readings equal in value but in different
/// storage get entries of their own, with the same bytes.
struct TokenEncodings {
  /// The readings' bits.
  struct Key: Hashable {
    var pinyin: (UInt64, UInt64)
    var glosses: UInt64
    var extra: UInt64

    /// Always inlined: the caller reads the three fields in place (a call copied the token).
    @inline(__always) init(_ token: Token) {
      pinyin = unsafeBitCast(token.pinyin, to: (UInt64, UInt64).self)
      glosses = unsafeBitCast(token.glosses, to: UInt64.self)
      extra = unsafeBitCast(token.extra, to: UInt64.self)
    }

    static func == (a: Key, b: Key) -> Bool {
      a.pinyin == b.pinyin && a.glosses == b.glosses && a.extra == b.extra
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(pinyin.0)
      hasher.combine(pinyin.1)
      hasher.combine(glosses)
      hasher.combine(extra)
    }

    /// `ByteHash` of the four words: no `Hasher` per token.
    func _rawHashValue(seed: Int) -> Int {
      let first = ByteHash.hash(pinyin.0, pinyin.1, seed: seed)
      return ByteHash.hash(glosses, extra, seed: first)
    }
  }

  /// A token's object encoded with `end` and `start` 0 and `text` empty, and where those values
  /// are in it (one reference: a template is copied out per token).
  struct Template {
    var bytes: [UInt8]
    /// Offsets of the `0` after `"end":`, the `0` after `"start":` and the `""` after `"text":`.
    var holes: (end: Int32, start: Int32, text: Int32)
  }

  private var templates: [Key: Template] = [:]
  /// The readings the keys' bits name, kept alive as long as their templates.
  private var kept: [(String?, [String]?, [String: JSONValue]?)] = []

  /// Most templates kept before the table starts again.
  static let maximumKeys = 100_000

  /// Writes a token — `key` of its readings, its offsets and text — from its readings' template:
  /// remembered, or made by `encode` from `token()` (which writes a token with the given offsets
  /// and text, saying where each value starts) and remembered. The token itself is asked for only
  /// then: passing it to every call copied it.
  mutating func write(
    _ key: Key, end: Int, start: Int, text: String, into w: inout JSONWriter,
    token: () -> Token, encode: (Token, inout JSONWriter) -> (end: Int, start: Int, text: Int)
  ) {
    if let known = templates[key] {
      w.token(known, end: end, start: start, text: text)
      return
    }
    if templates.count >= TokenEncodings.maximumKeys {
      templates = [:]
      kept = []
    }
    let token = token()
    var blank = Token(text: "", start: 0, end: 0)
    blank.pinyin = token.pinyin
    blank.glosses = token.glosses
    blank.extra = token.extra
    var writer = JSONWriter(reserving: 256)
    let holes = encode(blank, &writer)
    let made = Template(
      bytes: writer.buffer,
      holes: (Int32(holes.end), Int32(holes.start), Int32(holes.text)))
    w.token(made, end: end, start: start, text: text)
    templates[key] = made
    kept.append((token.pinyin, token.glosses, token.extra))
  }
}

extension JSONWriter {
  /// A token's object from its template, with the token's own offsets and text in the holes.
  mutating func token(_ template: TokenEncodings.Template, end: Int, start: Int, text: String) {
    raw { buffer in
      template.bytes.withUnsafeBufferPointer { bytes in
        let holes = (
          end: Int(template.holes.end), start: Int(template.holes.start),
          text: Int(template.holes.text)
        )
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<holes.end]))
        JSONWriter.appendInt(end, to: &buffer)
        buffer.append(
          contentsOf: UnsafeBufferPointer(rebasing: bytes[(holes.end + 1)..<holes.start]))
        JSONWriter.appendInt(start, to: &buffer)
        buffer.append(
          contentsOf: UnsafeBufferPointer(rebasing: bytes[(holes.start + 1)..<holes.text]))
        JSONQuoting.append(text, to: &buffer)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(holes.text + 2)...]))
      }
    }
  }
}
