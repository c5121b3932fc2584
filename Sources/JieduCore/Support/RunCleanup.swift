import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What an interrupted run must undo: the child processes it started (each in its own process group,
/// so the terminal's Ctrl-C never reaches them) and the temporary files and folders it made.
///
/// `installSignalHandlers()` turns SIGINT, SIGTERM and SIGHUP into: kill every registered child's
/// group and whatever still holds its pipes, remove every registered temporary path, exit with
/// 128 + the signal. The handler itself only writes a byte to a pipe; a thread does the work.
package final class RunCleanup: @unchecked Sendable {
  /// The one registry of the process.
  package static let shared = RunCleanup()

  /// A registered child: its process id (the leader of its group) and the pipes it was given.
  struct Child {
    var pid: pid_t
    var pipes: Set<UInt64>
  }

  private let lock = NSLock()
  private var nextToken = 0
  private var children: [Int: Child] = [:]
  private var paths: [Int: String] = [:]
  /// Set once an interrupt's clean-up has begun: from then on it alone removes the registered paths.
  private var interrupted = false

  /// Registers a child process group (led by `pid`) and the inodes of its pipes.
  package func killOnInterrupt(pid: pid_t, pipes: Set<UInt64>) -> Int {
    lock.withLock {
      nextToken += 1
      children[nextToken] = Child(pid: pid, pipes: pipes)
      return nextToken
    }
  }

  /// Registers a temporary file or folder to remove on an interrupt.
  package func removeOnInterrupt(_ path: String) -> Int {
    lock.withLock {
      nextToken += 1
      paths[nextToken] = path
      return nextToken
    }
  }

  /// Drops a registration (the child was reaped, the file renamed or removed). Once an interrupt's
  /// clean-up has begun, the calling thread waits here for it to end the process: otherwise it could
  /// exit first (with its own status, the temporaries still there) or race it through a folder.
  package func forget(_ token: Int) {
    let interrupted = lock.withLock {
      children[token] = nil
      paths[token] = nil
      return self.interrupted
    }
    while interrupted { sleep(60) }
  }

  /// Kills every registered child and removes every registered path.
  func cleanUp() {
    let (children, paths) = lock.withLock {
      interrupted = true
      return (self.children, self.paths)
    }
    for child in children.values {
      ProcessKiller.killGroup(of: child.pid)
      ProcessKiller.killHolders(of: child.pipes)
    }
    for path in paths.values { try? FileManager.default.removeItem(atPath: path) }
  }

  nonisolated(unsafe) private static var signalPipe: [Int32] = [-1, -1]
  /// The write end of `signalPipe`, a plain value the signal handler can read.
  nonisolated(unsafe) private static var signalWriteEnd: Int32 = -1
  private static let installed = NSLock()
  nonisolated(unsafe) private static var isInstalled = false

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP (once) and unblocks those signals (a
  /// parent may have blocked them).
  package static func installSignalHandlers() {
    installed.lock()
    defer { installed.unlock() }
    if isInstalled { return }
    isInstalled = true
    guard pipe(&signalPipe) == 0 else { return }
    _ = fcntl(signalPipe[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(signalPipe[1], F_SETFD, FD_CLOEXEC)
    let reader = signalPipe[0]
    signalWriteEnd = signalPipe[1]
    let thread = Thread {
      var byte: UInt8 = 0
      while true {
        let n = read(reader, &byte, 1)
        if n == 1 { break }
        if n < 0 && errno == EINTR { continue }
        return
      }
      shared.cleanUp()
      _exit(128 + Int32(byte))
    }
    thread.start()
    let signals = [SIGINT, SIGTERM, SIGHUP]
    for number in signals {
      signal(number) { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(RunCleanup.signalWriteEnd, &byte, 1)
      }
    }
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals { sigaddset(&set, number) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }
}

/// Killing a child's process group, and any process that escaped it (`setsid`) but still holds the
/// child's pipes.
package enum ProcessKiller {
  /// SIGKILL to the group led by `pid` and to `pid` itself — never to jiedu's own group.
  package static func killGroup(of pid: pid_t) {
    guard pid > 1 else { return }
    if pid != getpgrp() { kill(-pid, SIGKILL) }
    kill(pid, SIGKILL)
  }

  /// The inode of a pipe end, to find who else holds the pipe.
  package static func pipeInode(_ descriptor: Int32) -> UInt64? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return UInt64(info.st_ino)
  }

  /// SIGKILL to every other process (and its group, unless it is jiedu's) that has one of these
  /// pipes open — a grandchild that started its own session keeps the pipe, and so is found.
  package static func killHolders(of pipes: Set<UInt64>) {
    guard !pipes.isEmpty else { return }
    let own = getpid()
    let ownGroup = getpgrp()
    for pid in holders(of: pipes) where pid != own {
      let group = getpgid(pid)
      if group > 1 && group != ownGroup { kill(-group, SIGKILL) }
      kill(pid, SIGKILL)
    }
  }

  /// Processes with a descriptor on one of the pipes (those /proc lets us see: our own user's).
  static func holders(of pipes: Set<UInt64>) -> [pid_t] {
    let names = Set(pipes.map { "pipe:[\($0)]" })
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
      return []
    }
    var found: [pid_t] = []
    var buffer = [CChar](repeating: 0, count: 64)
    for entry in entries {
      guard let pid = pid_t(entry), pid != getpid() else { continue }
      let folder = "/proc/\(entry)/fd"
      guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        continue
      }
      for descriptor in descriptors {
        let count = readlink("\(folder)/\(descriptor)", &buffer, buffer.count - 1)
        guard count > 0 else { continue }
        let target = String(
          decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if names.contains(target) {
          found.append(pid)
          break
        }
      }
    }
    return found
  }
}
