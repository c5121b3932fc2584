import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Helpers for the tests that kill jiedu while it writes: a started run, its written bytes, the
/// files a folder holds.
enum Kill {
  /// A run of the binary in the background, its stdout and stderr in files (no pipe to drain).
  final class Started {
    let process = Process()
    let stderrFile: URL

    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
      process.currentDirectoryURL = folder
      var variables = ProcessInfo.processInfo.environment
      variables["JIEDU_DATA"] = CLIRunner.root.appendingPathComponent("data").path
      for (name, value) in environment { variables[name] = value }
      process.environment = variables
      stderrFile = folder.appendingPathComponent("stderr-\(UUID().uuidString.prefix(8)).txt")
      FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = try FileHandle(forWritingTo: stderrFile)
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for the end (killing it after `seconds`), returning whether it ended by itself.
    @discardableResult
    func wait(seconds: Double = 600) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while process.isRunning && Date() < deadline { usleep(10_000) }
      let ended = !process.isRunning
      if !ended { kill(pid, SIGKILL) }
      process.waitUntilExit()
      return ended
    }

    /// Whether it was ended by `signal` (rather than exiting).
    func wasKilled(by signal: Int32) -> Bool {
      process.terminationReason == .uncaughtSignal && process.terminationStatus == signal
    }

    var stderr: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }
  }

  /// Bytes a process has had written to files so far (`write_bytes` of /proc/PID/io: counted as
  /// pages are dirtied, so it grows during one large `write(2)`); nil once it is gone.
  static func writtenBytes(_ pid: Int32) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("write_bytes:") {
      return Int(line.dropFirst("write_bytes:".count).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// Polls until the process has written more than `threshold` bytes to files, then sends
  /// `signal`. Returns the bytes written when it was sent, or nil if the process ended first.
  static func signal(
    _ started: Started, _ signal: Int32, afterWriting threshold: Int, within seconds: Double = 600
  ) -> Int? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      guard let written = writtenBytes(started.pid), started.process.isRunning else { return nil }
      if written > threshold {
        kill(started.pid, signal)
        return written
      }
      usleep(300)
    }
    return nil
  }

  /// Every file under a folder, relative, sorted.
  static func files(under folder: URL) -> [String] {
    let base = folder.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: base)
    var found: [String] = []
    while let name = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(
        atPath: (base as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
      if !isDirectory.boolValue { found.append(name) }
    }
    return found.sorted()
  }

  /// A temporary-file name any writer may leave: ours (`.jiedu-…`), Foundation's (`.dat.nosync…`),
  /// `mkstemp`'s.
  static func isTemporary(_ name: String) -> Bool {
    let last = (name as NSString).lastPathComponent
    return last.hasPrefix(".") || last.contains("nosync") || last.hasSuffix(".tmp")
  }

  /// A long article (about `megabytes` MB of UTF-8): the seed's paragraphs repeated, each copy
  /// numbered so no two paragraphs are the same.
  static func longArticle(megabytes: Double) throws -> Data {
    let seed = try String(contentsOf: CLIRunner.seed, encoding: .utf8)
    let paragraphs = seed.split(separator: "\n").filter { $0.count > 20 }
    var text = String(seed.split(separator: "\n").first ?? "长文") + "\n\n"
    var copy = 0
    while text.utf8.count < Int(megabytes * 1_000_000) {
      copy += 1
      for paragraph in paragraphs { text += "第\(copy)节：" + paragraph + "\n\n" }
    }
    return Data(text.utf8)
  }
}
