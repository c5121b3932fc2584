import Foundation
import JieduCore

/// Parses CC-CEDICT text over bytes (the file has CRLF line ends; bytes, not Characters, are split).
///
/// Both syntaxes parse: v1 `Trad Simp [pin1 yin1] /sense/sense/` and v2 `Trad Simp [[pin1yin1]] /sense; gloss/`
/// (syllables joined into words, hyphens between parts). v2 pinyin is normalised to v1 spacing, one space
/// between syllables. Lines starting with `#` (comments, `#!` headers of the extended syntax) and blank lines
/// are skipped; a line that does not parse is reported as a problem and skipped.
public enum CedictParser {
  /// All entries of a CC-CEDICT text, with a one-line description of each line that did not parse.
  public static func parse(_ bytes: [UInt8]) -> (entries: [CedictEntry], problems: [String]) {
    var entries: [CedictEntry] = []
    var problems: [String] = []
    var lineNumber = 0
    forEachLine(bytes) { start, end in
      lineNumber += 1
      switch parseLine(bytes, start, end) {
      case .entry(let entry): entries.append(entry)
      case .skip: break
      case .problem(let message): problems.append("line \(lineNumber): \(message)")
      }
    }
    return (entries, problems)
  }

  /// Parses a file; throws a one-line error when it cannot be read. Lines that do not parse are skipped.
  public static func parse(contentsOf url: URL) throws -> [CedictEntry] {
    try parse(readBytes(url)).entries
  }

  /// The bytes of a file, or a one-line error naming it.
  static func readBytes(_ url: URL) throws -> [UInt8] {
    // One read into one buffer: Data plus a copy would fault in twice the memory.
    guard let file = fopen(url.path, "rb") else {
      throw JieduError(
        "\(url.path): cannot read file (\(String(cString: strerror(errno)).lowercased()))")
    }
    defer { fclose(file) }
    var info = stat()
    guard fstat(fileno(file), &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw JieduError("\(url.path): cannot read file (not a regular file)")
    }
    let size = Int(info.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = buffer.baseAddress.map { fread($0, 1, size, file) } ?? 0
      failed = count != size
    }
    if failed { throw JieduError("\(url.path): cannot read file (short read)") }
    return bytes
  }

  /// Calls `body` with the traditional and simplified headwords of every entry line, in file order:
  /// the one CC-CEDICT headword reader (the segmenter's lexicon and the folding table use it).
  public static func forEachHeadword(
    in bytes: [UInt8], _ body: (_ traditional: String, _ simplified: String) throws -> Void
  ) throws {
    var failure: (any Error)?
    forEachLine(bytes) { start, end in
      guard failure == nil, !isSkippable(bytes, start, end),
        let (trad, simp) = headwords(bytes, start, end),
        let traditional = string(bytes, trad.lowerBound, trad.upperBound),
        let simplified = string(bytes, simp.lowerBound, simp.upperBound)
      else { return }
      do { try body(traditional, simplified) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Reads a CC-CEDICT file's headwords (traditional, simplified), or a one-line error naming it.
  public static func headwords(contentsOf url: URL) throws -> [(
    traditional: String, simplified: String
  )] {
    var result: [(String, String)] = []
    result.reserveCapacity(130_000)
    try forEachHeadword(in: try readBytes(url)) { result.append(($0, $1)) }
    return result
  }

  /// The result of parsing one line.
  enum LineResult {
    case entry(CedictEntry)
    case skip
    case problem(String)
  }

  /// Calls `body` with the byte range of each line, without its CR/LF.
  static func forEachLine(_ bytes: [UInt8], _ body: (Int, Int) -> Void) {
    let count = bytes.count
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    bytes.withUnsafeBufferPointer { buffer in
      var i = start
      while i < count {
        if buffer[i] == 0x0A {
          var end = i
          if end > start && buffer[end - 1] == 0x0D { end -= 1 }
          body(start, end)
          start = i + 1
        }
        i += 1
      }
    }
    if start < count {
      var end = count
      if bytes[end - 1] == 0x0D { end -= 1 }
      body(start, end)
    }
  }

  /// Whether a line is a comment or blank.
  static func isSkippable<Bytes: CedictBytes>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
    return i == end || bytes[i] == 0x23  // '#'
  }

  /// The byte ranges of the two headwords (traditional, simplified), or nil.
  static func headwords<Bytes: CedictBytes>(_ bytes: Bytes, _ start: Int, _ end: Int) -> (
    Range<Int>, Range<Int>
  )? {
    var i = start
    while i < end && bytes[i] == 0x20 { i += 1 }
    let tradStart = i
    while i < end && bytes[i] != 0x20 { i += 1 }
    let tradEnd = i
    while i < end && bytes[i] == 0x20 { i += 1 }
    let simpStart = i
    while i < end && bytes[i] != 0x20 { i += 1 }
    let simpEnd = i
    guard tradEnd > tradStart, simpEnd > simpStart, i < end else { return nil }
    return (tradStart..<tradEnd, simpStart..<simpEnd)
  }

  /// Parses one line.
  static func parseLine<Bytes: CedictBytes>(_ bytes: Bytes, _ start: Int, _ end: Int)
    -> LineResult
  {
    if isSkippable(bytes, start, end) { return .skip }
    guard let (tradRange, simpRange) = headwords(bytes, start, end) else {
      return .problem("expected 'Traditional Simplified [pinyin] /sense/'")
    }
    var i = simpRange.upperBound
    while i < end && bytes[i] == 0x20 { i += 1 }
    guard i < end, bytes[i] == 0x5B else { return .problem("missing '[' before the pinyin") }
    var open = 1
    if i + 1 < end && bytes[i + 1] == 0x5B { open = 2 }
    let pinyinStart = i + open
    var j = pinyinStart
    while j < end && bytes[j] != 0x5D { j += 1 }
    guard j < end else { return .problem("missing ']' after the pinyin") }
    let pinyinEnd = j
    j += 1
    if open == 2 && j < end && bytes[j] == 0x5D { j += 1 }
    while j < end && bytes[j] == 0x20 { j += 1 }
    guard j < end, bytes[j] == 0x2F else { return .problem("missing '/' before the senses") }
    var lastSlash = end - 1
    while lastSlash > j && bytes[lastSlash] != 0x2F { lastSlash -= 1 }
    guard let traditional = string(bytes, tradRange.lowerBound, tradRange.upperBound),
      let simplified = string(bytes, simpRange.lowerBound, simpRange.upperBound),
      let rawPinyin = string(bytes, pinyinStart, pinyinEnd)
    else { return .problem("not valid UTF-8") }
    var senses: [String] = []
    var senseStart = j + 1
    var k = j + 1
    while k <= lastSlash {
      if bytes[k] == 0x2F {
        if k > senseStart {
          guard let sense = string(bytes, senseStart, k) else { return .problem("not valid UTF-8") }
          let trimmed = sense.trimmingSpaces()
          if !trimmed.isEmpty { senses.append(trimmed) }
        }
        senseStart = k + 1
      }
      k += 1
    }
    let pinyin = normalisePinyin(rawPinyin)
    if pinyin.isEmpty { return .problem("empty pinyin") }
    return .entry(
      CedictEntry(
        traditional: traditional, simplified: simplified, pinyinNumbered: pinyin, senses: senses))
  }

  /// Splits v2 word-joined pinyin (`er4ci4 fang1cheng2`, `shi1-sheng1`) into space-separated syllables;
  /// v1 pinyin comes out unchanged.
  public static func normalisePinyin(_ raw: String) -> String {
    isSpacedSyllables(raw) ? raw : splitSyllables(raw)
  }

  /// `normalisePinyin` chunk by chunk, syllable by syllable.
  static func splitSyllables(_ raw: String) -> String {
    var syllables: [String] = []
    for chunk in raw.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      let scalars = Array(chunk.unicodeScalars)
      let hasTone = scalars.contains { $0.value >= 0x31 && $0.value <= 0x35 }
      if !hasTone || chunk.count == 1 {
        syllables.append(String(chunk))
        continue
      }
      var current = String.UnicodeScalarView()
      for s in scalars {
        if s == "-" || s == "'" {
          if !current.isEmpty { syllables.append(String(current)) }
          current = String.UnicodeScalarView()
          continue
        }
        current.append(s)
        if s.value >= 0x31 && s.value <= 0x35 {
          syllables.append(String(current))
          current = String.UnicodeScalarView()
        }
      }
      if !current.isEmpty { syllables.append(String(current)) }
    }
    return syllables.joined(separator: " ")
  }

  /// Whether pinyin is already one syllable per space-separated chunk — no tabs, no `-` or `'`, no
  /// space doubled or at either end, a tone digit only at a chunk's end, no chunk starting with a
  /// non-ASCII byte — as most lines write it:
  /// then `normalisePinyin` would give it back unchanged.
  static func isSpacedSyllables(_ raw: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in raw.utf8 {
      switch byte {
      case 0x09, 0x2D, 0x27: return false
      case 0x20 where previous == 0x20: return false
      case 0x20: break
      // A byte after a tone digit, or a non-ASCII one after a space (a combining mark makes the
      // space part of a character, which the split does not split at).
      default:
        if (0x31...0x35).contains(previous) || (previous == 0x20 && byte >= 0x80) { return false }
      }
      previous = byte
    }
    return previous != 0x20
  }

  static func string<Bytes: CedictBytes>(_ bytes: Bytes, _ start: Int, _ end: Int) -> String? {
    bytes.withContiguousStorageIfAvailable { buffer in
      validString(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    } ?? String(validating: bytes[start..<end], as: UTF8.self)
  }

  /// `String(validating:as:)` of contiguous bytes: decoded (the standard library's fast path) and
  /// kept only when decoding repaired nothing, i.e. when the bytes were valid UTF-8 (the generic
  /// validating initialiser went byte by byte, most of parsing a line).
  static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var decoded = String(decoding: bytes, as: UTF8.self)
    let unchanged = decoded.withUTF8 { utf8 in
      guard utf8.count == bytes.count else { return false }
      guard let mine = utf8.baseAddress, let given = bytes.baseAddress else { return true }
      return memcmp(mine, given, bytes.count) == 0
    }
    return unchanged ? decoded : nil
  }
}

/// What the line parser reads: CC-CEDICT's bytes as an array (while indexing) or as the mapped file
/// (`CedictText`, while looking up), indexed from 0.
protocol CedictBytes: RandomAccessCollection<UInt8> where Index == Int {}

extension Array: CedictBytes where Element == UInt8 {}
extension UnsafeBufferPointer: CedictBytes where Element == UInt8 {}
