import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why a program cannot be started, in words that say what to change: not executable, a folder, not
/// on PATH, a missing `#!` interpreter — never a bare "no such file or directory" for a file that is
/// there.
enum ProgramProblem {
  /// The program was not found as given.
  static func describe(_ name: String, workingDirectory: String?) -> String {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if name.contains("/") {
      guard manager.fileExists(atPath: name, isDirectory: &isDirectory) else {
        return "no such file"
      }
      if isDirectory.boolValue { return "it is a folder, not a program" }
      return
        "the file is not executable (chmod +x \(name), or name its interpreter first: [sh, \(name)])"
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") where !dir.isEmpty {
      let candidate = "\(dir)/\(name)"
      if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return "'\(candidate)' is not executable"
      }
    }
    if let workingDirectory,
      manager.fileExists(atPath: "\(workingDirectory)/\(name)", isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return "not found on PATH; for the file in the config's folder write ./\(name)"
    }
    return "not found on PATH"
  }

  /// `posix_spawn` failed with `code`.
  static func describe(spawnError code: Int32, program: String) -> String {
    if code == ENOENT, FileManager.default.fileExists(atPath: program),
      let interpreter = interpreter(of: program)
    {
      return "its interpreter '\(interpreter)' (the #! line) does not exist"
    }
    if code == ENOEXEC { return "the file is not a program this system can run (no #! line?)" }
    return String(cString: strerror(code)).lowercased()
  }

  /// A script whose `#!` interpreter is missing, before it is started (through `sh`, which would
  /// only say "not found").
  static func missingInterpreter(_ program: String) -> String? {
    guard let interpreter = interpreter(of: program), interpreter.hasPrefix("/"),
      !FileManager.default.isExecutableFile(atPath: interpreter)
    else { return nil }
    return "its interpreter '\(interpreter)' (the #! line) does not exist"
  }

  /// The `#!` interpreter of a script, if it has one.
  private static func interpreter(of path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 256)
    guard let count = try? BoundedRead.chunk(descriptor, into: &buffer, name: path) else {
      return nil
    }
    let head = buffer.prefix(count)
    guard head.starts(with: Array("#!".utf8)) else { return nil }
    let line = head.dropFirst(2).prefix { $0 != 0x0A }
    return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      .split(separator: " ").first.map(String.init)
  }
}
