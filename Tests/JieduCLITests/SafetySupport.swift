import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Helpers for the safety tests (issue 17): shell redirections, an environment of their own, scripts.
enum Safety {
  /// Runs `script` with `sh -c`, `$JIEDU` being the binary under test, in `directory`, with extra
  /// environment variables (a private `XDG_CONFIG_HOME` by default, so no trust leaks between tests).
  static func shell(
    _ script: String, in directory: URL? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 120
  ) throws -> CLIRunner.Run {
    var variables = environment
    if variables["XDG_CONFIG_HOME"] == nil {
      variables["XDG_CONFIG_HOME"] = try CLIRunner.temporaryDirectory().path
    }
    variables["JIEDU"] = CLIRunner.binary.path
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return try CLIRunner.run(
      assignments + ["/bin/sh", "-c", script], in: directory ?? CLIRunner.temporaryDirectory(),
      timeout: timeout, executable: URL(fileURLWithPath: "/usr/bin/env"))
  }

  /// A shell word for a path.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Writes an executable script.
  static func script(_ text: String, at url: URL) throws {
    try Data(text.utf8).write(to: url)
    chmod(url.path, 0o755)
  }

  /// Whether a process is alive (and not a zombie).
  static func isAlive(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = status.lastIndex(of: ")") else { return false }
    let state = status[status.index(close, offsetBy: 2)...].prefix(1)
    return state != "Z" && state != "X"
  }

  /// The pid a script wrote into a file (waiting up to `seconds` for it).
  static func pid(in file: URL, waiting seconds: Double = 30) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let text = try? String(contentsOf: file, encoding: .utf8),
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(50_000)
    }
    return nil
  }

  /// Waits until a process is gone, up to `seconds`.
  static func waitGone(_ pid: Int32, seconds: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if !isAlive(pid) { return true }
      usleep(50_000)
    }
    return !isAlive(pid)
  }

  /// The seed article copied into a folder.
  static func article(in folder: URL, name: String = "article.txt") throws -> URL {
    let file = folder.appendingPathComponent(name)
    try Data(contentsOf: CLIRunner.seed).write(to: file)
    return file
  }

  /// A one-line error: exit 1, exactly one line on stderr, no trap.
  static func isOneLineError(_ run: CLIRunner.Run) -> Bool {
    run.status == 1 && run.stderr.hasPrefix("jiedu: error: ")
      && run.stderr.split(separator: "\n", omittingEmptySubsequences: false).count == 2
  }
}
