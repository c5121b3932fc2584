import Foundation
import JieduCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program in its own process group, feeding stdin, capturing stdout up to a limit, passing
/// stderr through with a prefix, and killing the whole group at the timeout.
enum ProcessRunner {
  /// What happened.
  struct Result {
    var stdout: [UInt8]
    var exitStatus: Int32
    var signal: Int32?
    var timedOut: Bool
    var outputOverflow: Bool
    var stderrTail: String
    var timeout: Double
    var maxOutput: Int
  }

  /// Shared flags between the reader, the timer and the caller.
  final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var _finished = false
    private var _timedOut = false
    var finished: Bool { lock.withLock { _finished } }
    var timedOut: Bool { lock.withLock { _timedOut } }
    func finish() { lock.withLock { _finished = true } }
    /// Marks a timeout unless the run finished first; true when it did time out.
    func markTimedOut() -> Bool {
      lock.withLock {
        if _finished { return false }
        _timedOut = true
        return true
      }
    }
  }

  /// The program's path: as given when it contains a slash, else the first match on PATH.
  static func findProgram(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// A pipe whose ends are closed on exec (the child gets copies through dup2).
  private static func makePipe(_ fds: inout [Int32]) -> Bool {
    guard pipe(&fds) == 0 else { return false }
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    return true
  }

  /// Runs `arguments` with `input` on stdin.
  static func run(
    _ arguments: [String], input: Data, environment: [String: String], timeout: Double,
    maxOutput: Int,
    stderrPrefix: String, workingDirectory: String? = nil
  ) throws -> Result {
    signal(SIGPIPE, SIG_IGN)
    guard let program = findProgram(arguments[0]) else {
      throw JieduError("cannot start '\(arguments[0])': no such file or directory")
    }
    var arguments = arguments
    arguments[0] = program
    if let workingDirectory {
      // posix_spawn's chdir action is not visible from Swift on glibc: let a shell change folder and exec.
      arguments = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", workingDirectory] + arguments
    }
    var stdinPipe: [Int32] = [0, 0]
    var stdoutPipe: [Int32] = [0, 0]
    var stderrPipe: [Int32] = [0, 0]
    guard makePipe(&stdinPipe), makePipe(&stdoutPipe), makePipe(&stderrPipe) else {
      throw JieduError("cannot create pipes: \(String(cString: strerror(errno)))")
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)

    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    close(stdinPipe[0])
    close(stdoutPipe[1])
    close(stderrPipe[1])
    guard spawned == 0 else {
      close(stdinPipe[1])
      close(stdoutPipe[0])
      close(stderrPipe[0])
      throw JieduError(
        "cannot start '\(arguments[0])': \(String(cString: strerror(spawned)).lowercased())")
    }

    let state = State()
    let group = DispatchGroup()
    let inputFD = stdinPipe[1]
    DispatchQueue.global().async(group: group) {
      input.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let n = write(inputFD, raw.baseAddress! + offset, raw.count - offset)
          if n <= 0 { break }
          offset += n
        }
      }
      close(inputFD)
    }
    let errorFD = stderrPipe[0]
    let tail = TailBuffer()
    DispatchQueue.global().async(group: group) {
      StderrForwarder.forward(fd: errorFD, prefix: stderrPrefix, tail: tail)
      close(errorFD)
    }
    let pgid = pid
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
      if state.markTimedOut() { kill(-pgid, SIGKILL) }
    }

    var output: [UInt8] = []
    var overflow = false
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(stdoutPipe[0], $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      output.append(contentsOf: buffer[0..<n])
      if output.count > maxOutput {
        overflow = true
        kill(-pgid, SIGKILL)
        break
      }
    }
    close(stdoutPipe[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    state.finish()
    // Anything left in the group (grandchildren) goes with it.
    kill(-pgid, SIGKILL)
    group.wait()
    let exited = (status & 0x7f) == 0
    return Result(
      stdout: output, exitStatus: exited ? (status >> 8) & 0xff : -1,
      signal: exited ? nil : status & 0x7f,
      timedOut: state.timedOut, outputOverflow: overflow, stderrTail: tail.lastLine,
      timeout: timeout,
      maxOutput: maxOutput)
  }
}

/// The last line a program wrote on stderr, to pass its own message on.
final class TailBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var line = ""
  /// The last non-empty line.
  var lastLine: String { lock.withLock { line } }
  /// Records a line.
  func record(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty { lock.withLock { line = String(trimmed.prefix(300)) } }
  }
}

/// Copies a program's stderr to ours, line by line, with a prefix.
enum StderrForwarder {
  static func forward(fd: Int32, prefix: String, tail: TailBuffer) {
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    func emit(_ bytes: ArraySlice<UInt8>) {
      let text = String(decoding: bytes, as: UTF8.self)
      tail.record(text)
      FileHandle.standardError.write(Data("\(prefix)\(text)\n".utf8))
    }
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      pending.append(contentsOf: buffer[0..<n])
      while let newline = pending.firstIndex(of: 0x0A) {
        emit(pending[..<newline])
        pending.removeSubrange(...newline)
      }
      if pending.count > 8192 {
        emit(pending[...])
        pending.removeAll()
      }
    }
    if !pending.isEmpty { emit(pending[...]) }
  }
}
