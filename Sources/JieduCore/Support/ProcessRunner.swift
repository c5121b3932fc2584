import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program in its own process group — the one process runner (external stages, the PDF
/// printer, fc-list) — feeding stdin, capturing stdout up to a limit, forwarding or capturing stderr,
/// and killing the whole group at the timeout.
///
/// It stops reading once the program itself has exited (a helper holding the pipe open cannot keep
/// jiedu waiting) and never waits longer than the timeout plus a short grace.
package enum ProcessRunner {
  /// What happened.
  package struct Result: Sendable {
    /// What the program wrote on stdout (up to the limit).
    package var stdout: [UInt8]
    /// The exit status (-1 when killed by a signal).
    package var exitStatus: Int32
    /// The signal that ended it, if any.
    package var signal: Int32?
    /// Whether it was stopped at the timeout.
    package var timedOut: Bool
    /// Whether stdout went past the limit (and the program was stopped).
    package var outputOverflow: Bool
    /// The last line it wrote on stderr.
    package var stderrTail: String
    /// The timeout it ran under, in seconds.
    package var timeout: Double
    /// The stdout limit it ran under, in bytes.
    package var maxOutput: Int
  }

  /// What becomes of the program's stderr.
  package enum StderrHandling: Sendable {
    /// Copied to ours line by line with a prefix (external stages).
    case forward(prefix: String)
    /// Kept only as its last line, for the error message (browsers, helpers).
    case tail
  }

  /// Seconds to wait for the pipes after the program exited or was killed.
  static let grace = 2.0

  /// The program's path: as given when it contains a slash, else the first match on PATH.
  package static func findProgram(
    _ name: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if name.contains("/") { return isProgram(name) ? name : nil }
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") where !dir.isEmpty {
      let candidate = "\(dir)/\(name)"
      if isProgram(candidate) { return candidate }
    }
    return nil
  }

  /// An executable file (a folder is "executable" too, but no program).
  private static func isProgram(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: path)
  }

  /// The first of several program names found on PATH.
  package static func find(
    _ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    for name in names {
      if let path = findProgram(name, environment: environment) {
        return URL(fileURLWithPath: path)
      }
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
  package static func run(
    _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
    timeout: Double, maxOutput: Int = 16 << 20, stderr: StderrHandling = .tail,
    workingDirectory: String? = nil
  ) throws -> Result {
    signal(SIGPIPE, SIG_IGN)
    guard let program = findProgram(arguments[0]) else {
      throw JieduError(
        "cannot start '\(arguments[0])': "
          + ProgramProblem.describe(arguments[0], workingDirectory: workingDirectory))
    }
    if let problem = ProgramProblem.missingInterpreter(program) {
      throw JieduError("cannot start '\(arguments[0])': \(problem)")
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
        "cannot start '\(arguments[0])': "
          + ProgramProblem.describe(spawnError: spawned, program: program))
    }

    let state = RunState()
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
    let prefix: String? = {
      if case .forward(let prefix) = stderr { return prefix }
      return nil
    }()
    DispatchQueue.global().async(group: group) {
      StderrForwarder.forward(fd: errorFD, prefix: prefix, tail: tail, state: state)
      close(errorFD)
    }
    // The pipes' inodes find a grandchild that left the group (setsid) but holds a pipe.
    let pipes = Set(
      [stdoutPipe[0], stderrPipe[0], stdinPipe[1]].compactMap(ProcessKiller.pipeInode))
    let registration = RunCleanup.shared.killOnInterrupt(pid: pid, pipes: pipes)
    defer { RunCleanup.shared.forget(registration) }
    let leader = pid
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
      if state.markTimedOut() {
        ProcessKiller.killGroup(of: leader)
        ProcessKiller.killHolders(of: pipes)
      }
    }

    var output: [UInt8] = []
    var overflow = false
    var status: Int32 = 0
    var reaped = false
    var exitedAt: ContinuousClock.Instant?
    let clock = ContinuousClock()
    let startedAt = clock.now
    var buffer = [UInt8](repeating: 0, count: 65536)
    let outputFD = stdoutPipe[0]
    while true {
      if !reaped {
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid {
          reaped = true
          exitedAt = clock.now
        }
      }
      // Once the program has exited, take what is in the pipe and stop within the grace: a
      // grandchild that keeps the pipe open does not hold us.
      if let exitedAt, clock.now - exitedAt > .seconds(grace) { break }
      // Never past the timeout and the grace, whatever the timer thread managed.
      if clock.now - startedAt > .seconds(timeout + grace) {
        if state.markTimedOut() { ProcessKiller.killGroup(of: leader) }
        break
      }
      var fds = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
      let ready = poll(&fds, 1, reaped ? 20 : 100)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 {
        if reaped { break }
        continue
      }
      let n = buffer.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      output.append(contentsOf: buffer[0..<n])
      if output.count > maxOutput {
        overflow = true
        ProcessKiller.killGroup(of: leader)
        break
      }
    }
    if !reaped {
      if state.timedOut || overflow { ProcessKiller.killGroup(of: leader) }
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    state.finish()
    // Anything left in the group (grandchildren) goes with it, and whatever escaped the group but
    // still holds a pipe.
    ProcessKiller.killGroup(of: leader)
    ProcessKiller.killHolders(of: pipes)
    close(outputFD)
    _ = group.wait(timeout: .now() + grace)
    let exited = (status & 0x7f) == 0
    return Result(
      stdout: output, exitStatus: exited ? (status >> 8) & 0xff : -1,
      signal: exited ? nil : status & 0x7f,
      timedOut: state.timedOut, outputOverflow: overflow, stderrTail: tail.lastLine,
      timeout: timeout, maxOutput: maxOutput)
  }
}

/// Shared flags between the reader, the timer and the caller.
final class RunState: @unchecked Sendable {
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

/// Copies a program's stderr to ours line by line with a prefix, or only keeps its last line.
enum StderrForwarder {
  static func forward(fd: Int32, prefix: String?, tail: TailBuffer, state: RunState) {
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    func emit(_ bytes: ArraySlice<UInt8>) {
      let text = String(decoding: bytes, as: UTF8.self)
      tail.record(text)
      if let prefix { DescriptorWrite.standardError("\(prefix)\(TerminalText.safe(text))\n") }
    }
    while true {
      var fds = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&fds, 1, 100)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 {
        if state.finished { break }
        continue
      }
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
