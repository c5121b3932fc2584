import Foundation
import JieduCore

/// Reads stdin as lines (LF or CRLF), keeping empty lines, so line-for-line commands never merge or drop
/// one. Reads in pieces (memory is bounded by the longest line, not the input) with throwing reads: a
/// closed stdin, a directory or an I/O error is a one-line error, never a trap.
enum LineStream {
  /// Longest line accepted.
  static let maximumLineBytes = 256 << 20

  /// Calls `body` for each input line, without its line end.
  static func forEachLine(_ body: (String) -> Void) throws {
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    func emit(_ line: ArraySlice<UInt8>) {
      var line = line
      if line.last == 0x0D { line = line.dropLast() }
      body(String(decoding: line, as: UTF8.self))
    }
    while true {
      let count = try BoundedRead.chunk(
        STDIN_FILENO, into: &buffer, name: BoundedRead.standardInputName)
      if count == 0 { break }
      var start = 0
      for i in 0..<count where buffer[i] == 0x0A {
        if pending.isEmpty {
          emit(buffer[start..<i])
        } else {
          pending.append(contentsOf: buffer[start..<i])
          emit(pending[...])
          pending.removeAll(keepingCapacity: true)
        }
        start = i + 1
      }
      pending.append(contentsOf: buffer[start..<count])
      if pending.count > maximumLineBytes {
        throw JieduError(
          "\(BoundedRead.standardInputName): a line is longer than the limit of "
            + BoundedRead.describe(limit: maximumLineBytes))
      }
    }
    if !pending.isEmpty { emit(pending[...]) }
  }
}

/// Buffered stdout for line-by-line commands.
struct OutputBuffer {
  private var buffer: [UInt8] = []

  /// Appends a line and flushes when the buffer is large.
  mutating func line(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    buffer.append(0x0A)
    if buffer.count > 1 << 16 { flush() }
  }

  /// Appends bytes that already end with their line end.
  mutating func append(_ data: Data) {
    buffer.append(contentsOf: data)
    if buffer.count > 1 << 16 { flush() }
  }

  /// Writes what is buffered.
  mutating func flush() {
    Console.output(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
