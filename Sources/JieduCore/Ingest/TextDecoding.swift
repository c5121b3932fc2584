import CoreFoundation
import Foundation

/// Input bytes turned into text, with the encoding found and any warnings.
package struct DecodedText: Sendable, Equatable {
  /// The text.
  package var text: String
  /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` (with or without a BOM), `gb18030` or `big5`.
  package var encoding: String
  /// Warnings (invalid bytes replaced by U+FFFD).
  package var diagnostics: [Diagnostic]
}

/// Detects the encoding of input bytes and decodes them; refuses binary input with one line.
package enum TextDecoding {
  /// Decodes bytes. Throws `JieduError` for binary or undecodable input.
  package static func decode(_ bytes: [UInt8], name: String) throws -> DecodedText {
    if bytes.starts(with: utf8Mark) {
      return decodeUTF8(Array(bytes.dropFirst(3)), encoding: "utf-8-bom", name: name)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return try decodeUTF16(bytes, littleEndian: true, name: name)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return try decodeUTF16(bytes, littleEndian: false, name: name)
    }
    // UTF-16 without a BOM: zero bytes on one side of each pair only (ASCII, line ends), and text
    // that decodes to plausible characters.
    if let littleEndian = EncodingGuess.utf16ByteOrder(bytes) {
      // Text all in Han characters has its few zeros on the other side (一 is U+4E00): both orders.
      for order in [littleEndian, !littleEndian] {
        let decoded = try decodeUTF16(bytes, littleEndian: order, name: name, from: 0)
        if EncodingGuess.isPlausibleText(decoded.text) { return decoded }
      }
    }
    if looksBinary(bytes) { throw binaryInput(name) }
    let invalid = Utf8Validation.invalidSequences(bytes)
    guard invalid.count > 0 else {
      return DecodedText(
        text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", diagnostics: [])
    }
    // Not UTF-8: try GB18030 (a superset of GBK and GB2312) when the bytes look like it — unless
    // the bad sequences are rare, which is UTF-8 with a few damaged bytes, not another encoding.
    let rare = isDamagedUTF8(invalid: invalid.count, of: bytes.count)
    // Big5 (traditional, Taiwan and Hong Kong) decodes as GB18030 too, into the wrong characters:
    // it is told apart by its second bytes, which GB2312 text never has below 0xA1.
    if !rare, EncodingGuess.looksLikeBig5(bytes) {
      guard let text = String(data: Data(bytes), encoding: big5) else {
        throw JieduError(
          "\(name): looks like Big5 (traditional Chinese) but does not decode as Big5; save it as UTF-8"
        )
      }
      return DecodedText(text: text, encoding: "big5", diagnostics: [])
    }
    if !rare, let gb = decodeGB18030(bytes) {
      return DecodedText(text: gb, encoding: "gb18030", diagnostics: [])
    }
    return decodeUTF8(bytes, encoding: "utf-8", name: name)
  }

  /// How a stream whose first bytes are `head` is read by a line-for-line reader: as UTF-8 line by
  /// line (after `skipping` a byte-order mark), or — for UTF-16, binary input, or bytes that are
  /// not UTF-8 often enough to be another encoding (GB18030, Big5) — whole, through `decode`, as
  /// `annotate` reads it. `complete`: `head` is the whole input (a sequence cut at its end counts).
  package static func lineReading(head: [UInt8], complete: Bool) -> LineReading {
    if head.starts(with: utf8Mark) { return .utf8(skipping: utf8Mark.count) }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
      || EncodingGuess.utf16ByteOrder(head) != nil || looksBinary(head)
    {
      return .whole
    }
    // A multi-byte sequence cut by the end of an incomplete head is not counted.
    var end = head.count
    if !complete {
      var back = 0
      while back < 3, end > 0, head[end - 1] & 0xC0 == 0x80 {
        end -= 1
        back += 1
      }
      if end > 0, head[end - 1] >= 0xC0 { end -= 1 }
    }
    let invalid = Utf8Validation.invalidSequences(Array(head[..<end])).count
    return invalid == 0 || isDamagedUTF8(invalid: invalid, of: head.count)
      ? .utf8(skipping: 0) : .whole
  }

  /// UTF-8's byte-order mark.
  static let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Whether `invalid` bad sequences in `count` bytes are rare enough to be UTF-8 with a few
  /// damaged bytes, not another encoding.
  static func isDamagedUTF8(invalid: Int, of count: Int) -> Bool { invalid * 200 < count }

  /// See `lineReading(head:complete:)`.
  package enum LineReading: Equatable {
    /// UTF-8, line by line, after this many bytes.
    case utf8(skipping: Int)
    /// Whole, through `decode`.
    case whole
  }

  /// The CoreFoundation encoding for GB18030 (kCFStringEncodingGB_18030_2000).
  static let gb18030 = String.Encoding(
    rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))

  /// The CoreFoundation encoding for Big5 (kCFStringEncodingBig5).
  static let big5 = String.Encoding(
    rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0A03)))

  private static func decodeGB18030(_ bytes: [UInt8]) -> String? {
    guard let text = String(data: Data(bytes), encoding: gb18030) else { return nil }
    // Accept only if the result is mostly CJK or ASCII, not private-use noise.
    var han = 0
    var odd = 0
    for s in text.unicodeScalars {
      if s.isHan || s.isCJKPunctuation {
        han += 1
      } else if s.value >= 0x80 && !(0xFF00...0xFFEF).contains(s.value) {
        odd += 1
      }
    }
    return han > 0 && odd * 4 <= han ? text : nil
  }

  private static func decodeUTF8(_ bytes: [UInt8], encoding: String, name: String) -> DecodedText {
    var diagnostics: [Diagnostic] = []
    let invalid = Utf8Validation.invalidSequences(bytes)
    if let bad = invalid.first {
      let count = invalid.count
      diagnostics.append(
        .warning(
          "\(name): invalid UTF-8 at byte \(bad) (\(count) bad sequence\(count == 1 ? "" : "s")); "
            + "replaced with U+FFFD",
          stage: "ingest"))
    }
    return DecodedText(
      text: String(decoding: bytes, as: UTF8.self), encoding: encoding, diagnostics: diagnostics)
  }

  private static func decodeUTF16(
    _ bytes: [UInt8], littleEndian: Bool, name: String, from start: Int = 2
  ) throws -> DecodedText {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = start
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
      i += 2
    }
    var diagnostics: [Diagnostic] = []
    if (bytes.count - start) % 2 == 1 {
      diagnostics.append(
        .warning("\(name): odd number of bytes in UTF-16 input; last byte dropped", stage: "ingest")
      )
    }
    let text = String(decoding: units, as: UTF16.self)
    if text.unicodeScalars.contains(where: { $0.value == 0xFFFD }) {
      diagnostics.append(
        .warning("\(name): unpaired UTF-16 surrogates replaced with U+FFFD", stage: "ingest"))
    }
    return DecodedText(
      text: text, encoding: littleEndian ? "utf-16le" : "utf-16be", diagnostics: diagnostics)
  }

  /// The error for binary input.
  static func binaryInput(_ name: String) -> JieduError {
    JieduError(
      "\(name): looks like a binary file, not text; give a UTF-8, UTF-16 or GB18030 text file")
  }

  /// Throws what `decode` throws for input that begins with `head`, when the head alone decides it:
  /// binary bytes with neither a byte-order mark nor UTF-16's shape (`looksBinary` reads only the
  /// first 8 KiB). A command that reads several inputs in turn refuses a bad one this way before it
  /// writes anything for the ones before it.
  package static func checkHead(_ head: [UInt8], name: String) throws {
    if head.starts(with: utf8Mark) || head.starts(with: [0xFF, 0xFE])
      || head.starts(with: [0xFE, 0xFF]) || EncodingGuess.utf16ByteOrder(head) != nil
    {
      return
    }
    if looksBinary(head) { throw binaryInput(name) }
  }

  /// NUL bytes or many control characters in the first 8 KiB mean binary.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(8192)
    if head.isEmpty { return false }
    var control = 0
    for b in head {
      if b == 0 { return true }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
    }
    return control * 20 > head.count
  }
}
