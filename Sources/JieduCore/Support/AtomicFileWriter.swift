import Foundation

/// Writes output files atomically: a temporary file beside the target, renamed over it only on success,
/// so a failed run leaves an existing file exactly as it was.
package enum AtomicFileWriter {
  /// Writes data to `url` atomically; the error names the path and the reason.
  package static func write(_ data: Data, to url: URL) throws {
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw JieduError("cannot write '\(url.path)': no such directory '\(directory.path)'")
    }
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw JieduError("cannot write '\(url.path)': it is a directory")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw JieduError(
        "cannot write '\(url.path)': \(String(cString: strerror(errno)).lowercased())")
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      try? FileManager.default.removeItem(at: temporary)
      throw JieduError("cannot write '\(url.path)': \(reason)")
    }
  }
}
