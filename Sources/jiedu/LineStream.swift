import ArgumentParser
import Foundation
import JieduCore

/// The files a line-for-line command (`pinyin`, `segment`) reads.
struct LineFiles: ParsableArguments {
  @Argument(
    help: "UTF-8 text files, read one after another (none, or -: standard input).",
    completion: .file())
  var files: [String] = []
}

/// Reads stdin or files as lines (LF or CRLF), keeping empty lines, so line-for-line commands never
/// merge or drop one. Reads in pieces (memory is bounded by the longest line, not the input) with
/// throwing reads: a closed stdin, a missing file, a directory or an I/O error is a one-line error,
/// never a trap.
enum LineStream {
  /// Longest line accepted.
  static let maximumLineBytes = 256 << 20

  /// Calls `body` for each line of the files, one file after another (`-` or no file at all:
  /// standard input); a file's last line need not end with a line break. Every file is looked at
  /// before the first line is read, so a missing one is an error before anything is written.
  static func forEachLine(in paths: [String], _ body: (String) -> Void) throws {
    guard !paths.isEmpty else { return try forEachLine(body) }
    for path in paths where path != "-" { try BoundedRead.checkReadable(path) }
    for path in paths {
      if path == "-" {
        try forEachLine(body)
        continue
      }
      let descriptor = try BoundedRead.openForReading(path)
      defer { close(descriptor) }
      try forEachLine(of: descriptor, name: path, body)
    }
  }

  /// Calls `body` for each line of standard input, without its line end.
  static func forEachLine(_ body: (String) -> Void) throws {
    try forEachLine(of: STDIN_FILENO, name: BoundedRead.standardInputName, body)
  }

  /// Calls `body` for each line read from `descriptor`, without its line end; `name` goes into
  /// messages.
  private static func forEachLine(
    of descriptor: Int32, name: String, _ body: (String) -> Void
  ) throws {
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    func emit(_ line: ArraySlice<UInt8>) {
      var line = line
      if line.last == 0x0D { line = line.dropLast() }
      body(String(decoding: line, as: UTF8.self))
    }
    while true {
      let count = try BoundedRead.chunk(descriptor, into: &buffer, name: name)
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
          "\(name): a line is longer than the limit of "
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
