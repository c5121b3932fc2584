import Foundation
import JieduCore

#if canImport(Glibc)
  import Glibc
#endif

/// One line of JSONL input: `{"id": …, "text": …}`, or why it cannot be read.
struct JSONLLine: Sendable {
  /// The line's number, from 1.
  var number: Int
  /// The `id` as given (string or number), or null when there is none.
  var id: JSONValue
  /// The text to annotate, or nil when the line is bad.
  var text: String?
  /// Why the line is bad.
  var error: String?

  /// Parses a line. A line that is not JSON keeps the id it seems to carry, so the error row still
  /// says which document it is.
  init(number: Int, bytes: [UInt8]) {
    self.number = number
    id = .null
    guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else {
      error = "line \(number): empty line, expected {\"id\": …, \"text\": …}"
      return
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    else {
      id = JSONLLine.salvagedID(bytes)
      error = "line \(number): not a JSON object (expected {\"id\": …, \"text\": …})"
      return
    }
    switch object["id"] {
    case let s as String: id = .string(s)
    case let n as NSNumber: id = .number(n.doubleValue)
    default: id = .null
    }
    guard let text = object["text"] as? String else {
      error = "line \(number): no \"text\" string"
      return
    }
    self.text = text
  }

  /// The name the document is known by in messages: its id, else `line N`.
  var name: String {
    switch id {
    case .string(let s) where !s.isEmpty: s
    case .number(let n): n == n.rounded() ? String(Int(n)) : String(n)
    default: "line \(number)"
    }
  }

  /// `"id": "…"` found in a line that is not valid JSON.
  private static func salvagedID(_ bytes: [UInt8]) -> JSONValue {
    let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
    guard let key = text.range(of: "\"id\"") else { return .null }
    var rest = text[key.upperBound...].drop { $0 == " " || $0 == "\t" }
    guard rest.first == ":" else { return .null }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
    guard rest.first == "\"" else { return .null }
    rest = rest.dropFirst()
    guard let close = rest.firstIndex(where: { $0 == "\"" || $0 == "\\" }), rest[close] == "\""
    else { return .null }
    return .string(String(rest[..<close]))
  }
}

/// Reads standard input line by line as it arrives (LF or CRLF ends), with throwing reads and a
/// limit on the length of one line.
final class StdinLines: Sequence, IteratorProtocol {
  /// Longest line accepted.
  static let maximumLine = 256 << 20
  private var pending: [UInt8] = []
  private var scanned = 0
  private var finished = false
  private var number = 0
  /// A read error, reported after the lines before it.
  private(set) var failure: String?

  /// The next line with its number, or nil at the end.
  func next() -> JSONLLine? {
    while true {
      if let newline = pending[scanned...].firstIndex(of: 0x0A) {
        var line = Array(pending[..<newline])
        if line.last == 0x0D { line.removeLast() }
        pending.removeSubrange(...newline)
        scanned = 0
        number += 1
        return JSONLLine(number: number, bytes: line)
      }
      scanned = pending.count
      if finished {
        guard !pending.isEmpty else { return nil }
        let line = pending
        pending = []
        scanned = 0
        number += 1
        return JSONLLine(number: number, bytes: line)
      }
      if pending.count > StdinLines.maximumLine {
        number += 1
        var bad = JSONLLine(number: number, bytes: [])
        bad.error = "line \(number): longer than \(StdinLines.maximumLine) bytes"
        // Skip to the end of the over-long line.
        pending = []
        scanned = 0
        while !finished, !skipToNewline() {}
        return bad
      }
      readChunk()
    }
  }

  private func readChunk() {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count > 0 {
      pending.append(contentsOf: chunk[..<count])
    } else if count == 0 {
      finished = true
    } else if errno != EINTR {
      failure = "standard input: \(String(cString: strerror(errno)).lowercased())"
      finished = true
    }
  }

  /// Reads until a newline, keeping what follows it; true when found.
  private func skipToNewline() -> Bool {
    readChunk()
    if let newline = pending.firstIndex(of: 0x0A) {
      pending.removeSubrange(...newline)
      return true
    }
    pending = []
    return false
  }
}
