import Foundation
import JieduCore

/// Reads the input file or stdin (`-`), with one-line errors that name the file.
enum InputReader {
  /// Largest input accepted.
  static let maximumBytes = 256 << 20

  /// The bytes of a file, or of stdin for `-`.
  /// The identity of what `read(path)` reads (standard input when it is a regular file), for the
  /// output writer to refuse.
  static func identities(_ path: String) -> [AtomicFileWriter.FileID] {
    let id =
      path == "-"
      ? AtomicFileWriter.identity(ofDescriptor: STDIN_FILENO) : AtomicFileWriter.identity(ofPath: path)
    return id.map { [$0] } ?? []
  }

  static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return [UInt8](data)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw JieduError("\(path): no such file")
    }
    if isDirectory.boolValue { throw JieduError("\(path): is a directory, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw JieduError("\(path): cannot open file (permission denied?)")
    }
    defer { try? handle.close() }
    let data = handle.readDataToEndOfFile()
    if data.count > maximumBytes {
      throw JieduError(
        "\(path): file is \(data.count) bytes, over the limit of \(maximumBytes) bytes")
    }
    return [UInt8](data)
  }
}
