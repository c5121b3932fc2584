import Foundation

/// Reads stdin as lines (LF or CRLF), keeping empty lines, so line-for-line commands never merge or drop one.
enum LineStream {
  /// Calls `body` for each input line, without its line end.
  static func forEachLine(_ body: (String) -> Void) {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    let bytes = [UInt8](data)
    var start = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A {
        var end = i
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        body(String(decoding: bytes[start..<end], as: UTF8.self))
        start = i + 1
      }
      i += 1
    }
    if start < bytes.count {
      var end = bytes.count
      if bytes[end - 1] == 0x0D { end -= 1 }
      body(String(decoding: bytes[start..<end], as: UTF8.self))
    }
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
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
