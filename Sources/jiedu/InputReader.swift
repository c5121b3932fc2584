import Foundation
import JieduCore

/// Reads the input file or stdin (`-`) with bounded, throwing reads: one-line errors that name the
/// file and give the system's reason, and the size limit enforced while reading.
enum InputReader {
  /// Largest input accepted.
  static let maximumBytes = 256 << 20

  /// The identity of what `read(path)` reads (standard input when it is a regular file), for the
  /// output writer to refuse.
  static func identities(_ path: String) -> [AtomicFileWriter.FileID] {
    let id =
      path == "-"
      ? AtomicFileWriter.identity(ofDescriptor: STDIN_FILENO)
      : AtomicFileWriter.identity(ofPath: path)
    return id.map { [$0] } ?? []
  }

  /// The bytes of a file, or of stdin for `-`.
  static func read(_ path: String, limit: Int = maximumBytes) throws -> [UInt8] {
    if path == "-" { return try BoundedRead.standardInput(limit: limit) }
    return try BoundedRead.file(path, limit: limit)
  }
}
