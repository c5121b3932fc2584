import Foundation
import JieduCore
import JieduDictionary

/// Byte-level readers for the lexicon source formats (no Character-by-Character work).
enum LexiconFileReaders {
  /// One entry of a frequency word list: the word and its frequency if the line gave one.
  struct WordLine {
    var word: String
    var frequency: Double?
  }

  /// Reads a file's bytes; the error names the file.
  static func bytes(of url: URL, what: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        throw JieduError(
          "cannot read \(what) '\(url.path)'\(isDirectory.boolValue ? ": it is a directory" : "")")
      }
      throw JieduError("cannot read \(what) '\(url.path)': no such file")
    }
    return [UInt8](data)
  }

  /// Calls `body(lineNumber, fields)` for each line with at least one field; fields are byte ranges
  /// split on spaces and tabs; CR, LF, a leading BOM are handled. `maxFields` limits the split.
  static func forEachLine(
    _ bytes: [UInt8], maxFields: Int, _ body: (Int, [Range<Int>]) throws -> Void
  ) rethrows {
    var position = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    var lineNumber = 0
    var fields: [Range<Int>] = []
    while position < bytes.count {
      lineNumber += 1
      var end = position
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let next = end + 1
      fields.removeAll(keepingCapacity: true)
      var i = position
      while i < end, fields.count < maxFields {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        if i >= end { break }
        var j = i
        while j < end, bytes[j] != 0x20, bytes[j] != 0x09, bytes[j] != 0x0D { j += 1 }
        fields.append(i..<j)
        i = j
      }
      if !fields.isEmpty { try body(lineNumber, fields) }
      position = next
    }
  }

  /// Reads "word [frequency] [part-of-speech]" lines (jieba's dict.txt and user lexicons).
  /// `#` starts a comment line. The error names the file and line.
  static func readWordList(_ url: URL, what: String) throws -> [WordLine] {
    let bytes = try bytes(of: url, what: what)
    var lines: [WordLine] = []
    try forEachLine(bytes, maxFields: 3) { lineNumber, fields in
      if bytes[fields[0].lowerBound] == 0x23 { return }
      guard let word = String(validatingUTF8Bytes: bytes[fields[0]]) else {
        throw JieduError("\(url.path):\(lineNumber): not valid UTF-8")
      }
      var frequency: Double?
      if fields.count > 1 {
        let text = String(decoding: bytes[fields[1]], as: UTF8.self)
        guard let value = Double(text), value.isFinite, value > 0 else {
          throw JieduError(
            "\(url.path):\(lineNumber): expected a positive frequency after '\(word)', found '\(text)'"
          )
        }
        frequency = value
      }
      lines.append(WordLine(word: word, frequency: frequency))
    }
    return lines
  }

  /// Reads CC-CEDICT headwords through the dictionary's one CC-CEDICT reader.
  static func readCedictHeadwords(_ url: URL) throws -> [(traditional: String, simplified: String)]
  {
    try CedictParser.headwords(contentsOf: url)
  }
}

extension String {
  /// Decodes UTF-8 bytes, or nil if they are not valid UTF-8.
  init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
    var valid = true
    let decoded = String(decoding: bytes, as: UTF8.self)
    if decoded.utf8.count != bytes.count || decoded.unicodeScalars.contains("\u{FFFD}") {
      valid = bytes.elementsEqual(decoded.utf8)
    }
    guard valid else { return nil }
    self = decoded
  }
}
