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
    try write(to: url, inputs: inputs) { descriptor throws(DescriptorWriteError) in
      try DescriptorWrite.all(data, to: descriptor)
    }
  }

  /// Writes what `body` writes into the descriptor it is given (a streamed document, never held
  /// whole), with the same rules as `write(_:to:inputs:)`. `body` may be called a second time, from
  /// the start, when the first way of writing is not available.
  package static func write(
    to url: URL, inputs: [FileID] = [], body: (Int32) throws(DescriptorWriteError) -> Void
  ) throws {
    let path = url.path
    var info = stat()
    if let descriptor = DescriptorPath.descriptor(of: path) {
      // `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`: the descriptor itself, as the shell set it
      // up (`>> log` appends), never the file it happens to point at replaced.
      guard fstat(descriptor, &info) == 0 else {
        throw JieduError("cannot write '\(path)': \(reason(errno))")
      }
      if inputs.contains(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))) {
        throw JieduError("refusing to write '\(path)': it is the input file (choose another -o)")
      }
      do {
        return try body(descriptor)
      } catch {
        throw JieduError("cannot write '\(path)': \(error.reason)")
      }
    }
    if stat(path, &info) == 0 {
      let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
      if inputs.contains(id) {
        throw JieduError("refusing to write '\(path)': it is the input file (choose another -o)")
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw JieduError("cannot write '\(path)': it is a directory")
      case S_IFREG: break
      default: return try writeDirectly(body, to: path)
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
    do {
      try replace(target.path, in: directory.path, with: body, mode: existingMode)
    } catch let error as DescriptorWriteError {
      throw JieduError("cannot write '\(path)': \(error.reason)")
    }
  }

  /// `O_TMPFILE` (a file with no name until it is linked), as Linux defines it.
  private static let temporaryFileFlag: Int32 = 0o20000000 | O_DIRECTORY

  /// Writes `data` to `target` so that the old content stays until the new one is complete, and no
  /// interruption — even SIGKILL — leaves a partial file behind: the bytes go into an unnamed file
  /// (`O_TMPFILE`) that is linked in only when complete; where the filesystem has no `O_TMPFILE`,
  /// into a short-named temporary file that an interrupt removes.
  private static func replace(
    _ target: String, in directory: String, with body: (Int32) throws(DescriptorWriteError) -> Void,
    mode: mode_t?
  )
    throws
  {
    let descriptor = open(directory, temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      // No O_TMPFILE here (older kernel, FUSE, NFS…): the short-named temporary file.
      if [EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(code) {
        return try replaceThroughNamedFile(target, in: directory, with: body, mode: mode)
      }
      throw DescriptorWriteError(code: code)
    }
    defer { close(descriptor) }
    try body(descriptor)
    if let mode { fchmod(descriptor, mode) }
    let handle = "/proc/self/fd/\(descriptor)"
    if mode == nil, linkat(AT_FDCWD, handle, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return }
    if errno == ENOENT && mode == nil {
      // No /proc to link from: write it again through a named file.
      return try replaceThroughNamedFile(target, in: directory, with: body, mode: mode)
    }
    // A file is there: link the finished bytes beside it under a short name, rename over it.
    let temporary = temporaryName(in: directory)
    let token = RunCleanup.shared.removeOnInterrupt(temporary)
    defer { RunCleanup.shared.forget(token) }
    guard linkat(AT_FDCWD, handle, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
      let code = errno
      if code == ENOENT {
        return try replaceThroughNamedFile(target, in: directory, with: body, mode: mode)
      }
      throw DescriptorWriteError(code: code)
    }
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw DescriptorWriteError(code: code)
    }
  }

  /// The fallback: a short-named temporary file beside the target (removed on SIGINT/SIGTERM),
  /// renamed over it when complete.
  private static func replaceThroughNamedFile(
    _ target: String, in directory: String, with body: (Int32) throws(DescriptorWriteError) -> Void,
    mode: mode_t?
  ) throws {
    let temporary = temporaryName(in: directory)
    let token = RunCleanup.shared.removeOnInterrupt(temporary)
    defer { RunCleanup.shared.forget(token) }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw DescriptorWriteError(code: errno) }
    do {
      try body(descriptor)
      if let mode { fchmod(descriptor, mode) }
      close(descriptor)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw DescriptorWriteError(code: code)
    }
  }

  /// `.jiedu-<pid>-<n>`: short whatever the target's name (a 250-byte name still fits).
  private static func temporaryName(in directory: String) -> String {
    "\(directory)/.jiedu-\(getpid())-\(TemporaryCounter.next())"
  }

  /// Writes into a device, FIFO or socket as it is.
  private static func writeDirectly(
    _ body: (Int32) throws(DescriptorWriteError) -> Void, to path: String
  ) throws {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw JieduError("cannot write '\(path)': \(reason(errno))") }
    defer { close(descriptor) }
    do {
      try body(descriptor)
    } catch {
      throw JieduError("cannot write '\(path)': \(error.reason)")
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}

/// Numbers for temporary names, unique within the process.
enum TemporaryCounter {
  nonisolated(unsafe) private static var value = 0
  private static let lock = NSLock()
  static func next() -> Int {
    lock.withLock {
      value += 1
      return value
    }
  }
}
