import ArgumentParser
import Foundation
import JieduCore

/// The files a line-for-line command (`pinyin`, `segment`) reads.
struct LineFiles: ParsableArguments {
  @Argument(
    help:
      "Text files (UTF-8, UTF-16, GB18030 or Big5, as annotate reads them), one after another (none, or -: standard input).",
    completion: .file())
  var files: [String] = []
}

/// Reads stdin or files as lines (LF or CRLF), keeping empty lines, so line-for-line commands never
/// merge or drop one. UTF-8 is read in pieces (memory is bounded by the longest line, not the
/// input) with throwing reads: a closed stdin, a missing file, a directory or an I/O error is a
/// one-line error, never a trap. Other encodings are read whole and decoded as `annotate` does.
enum LineStream {
  /// Longest line accepted.
  static let maximumLineBytes = 256 << 20

  /// Calls `body` for each line of the files, one file after another (`-` or no file at all:
  /// standard input); a file's last line need not end with a line break. Every file is looked at
  /// before the first line is read, so a missing one, a folder, a binary file or one too large to
  /// decode is an error before anything is written.
  static func forEachLine(in paths: [String], _ body: (String) -> Void) throws {
    guard !paths.isEmpty else { return try forEachLine(body) }
    for path in paths where path != "-" { try checkBeforeReading(path) }
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

  /// Refuses a file that cannot be read through: missing, a folder, or — a regular file's head
  /// says so — binary, or not UTF-8 and larger than can be decoded whole. A pipe or device is not
  /// read ahead (its bytes would be gone); what it holds is judged when it is read.
  private static func checkBeforeReading(_ path: String) throws {
    try BoundedRead.checkReadable(path)
    let descriptor = try BoundedRead.openForReading(path)
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
    var head = [UInt8](repeating: 0, count: sniffBytes)
    var filled = 0
    while filled < sniffBytes {
      let count = head.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + filled, sniffBytes - filled)
      }
      if count <= 0 { break }
      filled += count
    }
    head.removeSubrange(filled...)
    let complete = Int(info.st_size) <= filled
    guard TextDecoding.lineReading(head: head, complete: complete) == .whole else { return }
    try TextDecoding.checkHead(head, name: path)
    if Int(info.st_size) > InputReader.maximumBytes { throw tooLarge(path) }
  }

  /// The error for input larger than `InputReader.maximumBytes` that has to be decoded whole.
  private static func tooLarge(_ name: String) -> JieduError {
    JieduError(
      "\(name): larger than the limit of " + BoundedRead.describe(limit: InputReader.maximumBytes))
  }

  /// Calls `body` for each line of standard input, without its line end.
  static func forEachLine(_ body: (String) -> Void) throws {
    try forEachLine(of: STDIN_FILENO, name: BoundedRead.standardInputName, body)
  }

  /// Bytes looked at before deciding how an input is read (see `TextDecoding.lineReading`).
  static let sniffBytes = 1 << 16

  /// Calls `body` for each line read from `descriptor`, without its line end; `name` goes into
  /// messages. UTF-8 is read piece by piece (a byte-order mark dropped; invalid bytes replaced with
  /// U+FFFD and counted in one warning); UTF-16, GB18030 and Big5 input is read whole and decoded
  /// as `annotate` decodes it; binary input is a one-line error.
  private static func forEachLine(
    of descriptor: Int32, name: String, _ body: (String) -> Void
  ) throws {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var head: [UInt8] = []
    var atEnd = false
    while head.count < sniffBytes {
      let count = try BoundedRead.chunk(descriptor, into: &buffer, name: name)
      if count == 0 {
        atEnd = true
        break
      }
      head.append(contentsOf: buffer[..<count])
    }
    var lines = LineSplitter(name: name)
    switch TextDecoding.lineReading(head: head, complete: atEnd) {
    case .whole:
      var bytes = head
      if !atEnd {
        bytes += try BoundedRead.all(
          descriptor, name: name, limit: InputReader.maximumBytes)
        if bytes.count > InputReader.maximumBytes { throw tooLarge(name) }
      }
      let decoded = try TextDecoding.decode(bytes, name: name)
      Console.report(decoded.diagnostics, file: name)
      try lines.add(Array(decoded.text.utf8)[...], body)
      lines.finish(validated: true, body)
    case .utf8(let skipping):
      try lines.add(head[skipping...], body)
      while !atEnd {
        let count = try BoundedRead.chunk(descriptor, into: &buffer, name: name)
        if count == 0 { break }
        try lines.add(buffer[..<count], body)
      }
      lines.finish(validated: false, body)
    }
  }
}

/// Cuts bytes into lines (LF or CRLF), keeping empty ones; the last line need not end with a line
/// break. Lines that are not valid UTF-8 are decoded with U+FFFD and counted for one warning.
private struct LineSplitter {
  let name: String
  private var pending: [UInt8] = []
  private var invalidLines = 0
  private var firstInvalidLine = 0
  private var lineNumber = 0

  init(name: String) {
    self.name = name
  }

  /// Takes the next bytes of the input.
  mutating func add(_ bytes: ArraySlice<UInt8>, _ body: (String) -> Void) throws {
    var start = bytes.startIndex
    for i in bytes.indices where bytes[i] == 0x0A {
      if pending.isEmpty {
        emit(bytes[start..<i], body)
      } else {
        pending.append(contentsOf: bytes[start..<i])
        emit(pending[...], body)
        pending.removeAll(keepingCapacity: true)
      }
      start = i + 1
    }
    pending.append(contentsOf: bytes[start...])
    if pending.count > LineStream.maximumLineBytes {
      throw JieduError(
        "\(name): a line is longer than the limit of "
          + BoundedRead.describe(limit: LineStream.maximumLineBytes))
    }
  }

  /// Emits the last line, and warns once when lines had invalid UTF-8 (`validated`: the bytes came
  /// from decoded text, where any U+FFFD was already reported).
  mutating func finish(validated: Bool, _ body: (String) -> Void) {
    if !pending.isEmpty { emit(pending[...], body) }
    guard !validated, invalidLines > 0 else { return }
    let lines =
      invalidLines == 1
      ? "line \(firstInvalidLine)" : "\(invalidLines) lines, the first \(firstInvalidLine)"
    Console.report(
      [.warning("invalid UTF-8 in \(lines); replaced with U+FFFD", stage: "input")], file: name)
  }

  private mutating func emit(_ line: ArraySlice<UInt8>, _ body: (String) -> Void) {
    var line = line
    lineNumber += 1
    if line.last == 0x0D { line = line.dropLast() }
    if let text = String(validating: line, as: UTF8.self) {
      body(text)
      return
    }
    if invalidLines == 0 { firstInvalidLine = lineNumber }
    invalidLines += 1
    body(String(decoding: line, as: UTF8.self))
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
