import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads files and standard input with plain `read(2)`: never more than a limit held in memory (the
/// limit is checked while reading, so `/dev/zero` ends at the limit), and every failure — a closed
/// descriptor, a directory, an I/O error — is a one-line `JieduError` with the system's reason,
/// never a trap inside `FileHandle`.
package enum BoundedRead {
  /// What standard input is called in messages.
  package static let standardInputName = "standard input"

  /// The whole content of a file (through links), at most `limit` bytes.
  package static func file(_ path: String, limit: Int) throws -> [UInt8] {
    let descriptor = try openForReading(path)
    defer { close(descriptor) }
    return try all(descriptor, name: path, limit: limit)
  }

  /// A descriptor open for reading `path`, or a one-line error naming it (`no such file`, or the
  /// system's reason).
  package static func openForReading(_ path: String) throws -> Int32 {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      throw JieduError("\(path): \(code == ENOENT ? "no such file" : reason(code))")
    }
    return descriptor
  }

  /// Throws the one-line error reading `path` would begin with — it cannot be opened, or it is a
  /// directory — without reading it.
  package static func checkReadable(_ path: String) throws {
    let descriptor = try openForReading(path)
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw isDirectory(path)
    }
  }

  /// The error for a directory given where a file is read.
  private static func isDirectory(_ name: String) -> JieduError {
    JieduError("\(name): is a directory, not a file")
  }

  /// Everything on standard input, at most `limit` bytes.
  package static func standardInput(limit: Int) throws -> [UInt8] {
    try all(STDIN_FILENO, name: standardInputName, limit: limit)
  }

  /// Everything readable from an open descriptor, at most `limit` bytes; `name` goes into messages.
  package static func all(_ descriptor: Int32, name: String, limit: Int) throws -> [UInt8] {
    if descriptor == STDIN_FILENO && StandardStreams.wasClosed(STDIN_FILENO) { throw closedInput }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let code = errno
      if code == EBADF && descriptor == STDIN_FILENO {
        throw closedInput
      }
      throw JieduError("\(name): cannot read (\(reason(code)))")
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw isDirectory(name) }
    let regular = (info.st_mode & S_IFMT) == S_IFREG
    if regular && Int(info.st_size) > limit { throw tooLarge(name, limit: limit) }
    // Pieces of at most a mebibyte, joined at the end: memory stays near the size read, never a
    // doubled array's capacity, and reading stops one byte past the limit. A regular file's pieces
    // are no larger than what is left of it (and a page, for a file that grows or says it is
    // empty, as /proc's do): a batch reads thousands of small files, each a zeroed mebibyte before.
    var pieces: [[UInt8]] = []
    var total = 0
    let pieceSize = 1 << 20
    let expected = regular ? Int(info.st_size) : pieceSize
    while true {
      let size = min(pieceSize, max(expected - total, 0) + 4096)
      var piece = [UInt8](repeating: 0, count: size)
      let count = try chunk(descriptor, into: &piece, name: name)
      if count == 0 { break }
      piece.removeSubrange(count...)
      total += count
      if total > limit { throw tooLarge(name, limit: limit) }
      pieces.append(piece)
    }
    if pieces.count == 1 { return pieces[0] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(total)
    for piece in pieces { bytes.append(contentsOf: piece) }
    return bytes
  }

  /// One `read(2)` into `buffer` (retried on EINTR): the number of bytes read, 0 at the end.
  package static func chunk(_ descriptor: Int32, into buffer: inout [UInt8], name: String) throws
    -> Int
  {
    if descriptor == STDIN_FILENO && StandardStreams.wasClosed(STDIN_FILENO) { throw closedInput }
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count >= 0 { return count }
      let code = errno
      if code == EINTR { continue }
      if code == EBADF && descriptor == STDIN_FILENO {
        throw closedInput
      }
      if code == EISDIR { throw isDirectory(name) }
      throw JieduError("\(name): cannot read (\(reason(code)))")
    }
  }

  private static let closedInput = JieduError(
    "standard input is closed: nothing to read (give a file, or pipe text in)")

  /// The limit in words: `256 MiB (268435456 bytes)`.
  package static func describe(limit: Int) -> String {
    limit % (1 << 20) == 0 ? "\(limit >> 20) MiB (\(limit) bytes)" : "\(limit) bytes"
  }

  private static func tooLarge(_ name: String, limit: Int) -> JieduError {
    JieduError(
      "\(name): input is larger than the limit of \(describe(limit: limit)); split it into smaller files"
    )
  }

  /// The system's text for an errno value, in lower case (`input/output error`).
  package static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
