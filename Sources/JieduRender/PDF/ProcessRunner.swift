import Foundation
import JieduCore

/// Runs a program to completion with a time limit, capturing its output.
enum ProcessRunner {
  /// What a finished program left behind.
  struct Result {
    /// The exit status.
    var status: Int32
    /// Standard output and standard error together.
    var output: String
  }

  /// Runs `executable` with `arguments`; kills it and throws after `timeout` seconds.
  static func run(_ executable: URL, _ arguments: [String], timeout: TimeInterval, what: String)
    throws -> Result
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    let collected = OutputBuffer()
    pipe.fileHandleForReading.readabilityHandler = { handle in
      collected.append(handle.availableData)
    }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      throw JieduError("\(what): cannot run '\(executable.path)': \(error.localizedDescription)")
    }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = finished.wait(timeout: .now() + 5)
      pipe.fileHandleForReading.readabilityHandler = nil
      throw JieduError(
        "\(what): '\(executable.lastPathComponent)' did not finish within \(Int(timeout)) s")
    }
    // Not read to the end (a browser's helper processes may hold the pipe open after it exits), but
    // what is already in the pipe is taken: the handler may not have run yet for the last output.
    pipe.fileHandleForReading.readabilityHandler = nil
    collected.append(drainWithoutWaiting(pipe.fileHandleForReading.fileDescriptor))
    return Result(status: process.terminationStatus, output: collected.text)
  }

  /// Whatever a pipe holds now, without waiting for more.
  private static func drainWithoutWaiting(_ fd: Int32) -> Data {
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      data.append(contentsOf: buffer[0..<n])
    }
    return data
  }

  /// Finds a program on `PATH`.
  static func find(
    _ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for name in names {
      for folder in path.split(separator: ":") where !folder.isEmpty {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      }
    }
    return nil
  }
}

/// Output gathered from a pipe on another thread.
private final class OutputBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func append(_ chunk: Data) {
    lock.lock()
    data.append(chunk)
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: data, as: UTF8.self)
  }
}
