import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes output files without ever losing one: a regular file is replaced atomically (a temporary
/// file beside it, renamed over it only on success, keeping the old file's permissions), through a
/// symbolic link to the link's target; a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a pipe)
/// is written directly, never replaced; and the file being read is never the one written.
package enum AtomicFileWriter {
  /// A file's identity: device and inode.
  package struct FileID: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
  }

  /// The identity of the file at a path (through links), nil when there is none.
  package static func identity(ofPath path: String) -> FileID? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// The identity of an open descriptor (standard input), nil when it has none.
  package static func identity(ofDescriptor descriptor: Int32) -> FileID? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Writes data to `url`; `inputs` are the files the run read, which it refuses to overwrite. The
  /// error names the path and the reason.
  package static func write(_ data: Data, to url: URL, inputs: [FileID] = []) throws {
    let path = url.path
    var info = stat()
    if stat(path, &info) == 0 {
      let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
      if inputs.contains(id) {
        throw JieduError("refusing to write '\(path)': it is the input file (choose another -o)")
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw JieduError("cannot write '\(path)': it is a directory")
      case S_IFREG: break
      default: return try writeDirectly(data, to: path)
      }
    }
    // Through a symbolic link, the link's target is replaced, not the link.
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let directory = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw JieduError("cannot write '\(path)': no such directory '\(directory.path)'")
    }
    let existingMode: mode_t? = stat(target.path, &info) == 0 ? info.st_mode & 0o7777 : nil
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw JieduError("cannot write '\(path)': \(reason(errno))")
    }
    if let existingMode { chmod(temporary.path, existingMode) }
    if rename(temporary.path, target.path) != 0 {
      let why = reason(errno)
      try? FileManager.default.removeItem(at: temporary)
      throw JieduError("cannot write '\(path)': \(why)")
    }
  }

  /// Writes into a device, FIFO or socket as it is.
  private static func writeDirectly(_ data: Data, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw JieduError("cannot write '\(path)': \(reason(errno))") }
    defer { close(descriptor) }
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw JieduError("cannot write '\(path)': \(reason(errno))")
        }
        offset += written
      }
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
