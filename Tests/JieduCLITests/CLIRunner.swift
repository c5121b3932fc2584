import Foundation

/// Runs the built `jiedu` binary as a user would, capturing its output.
enum CLIRunner {
  /// What a run produced.
  struct Run {
    var status: Int32
    var stdout: Data
    var stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The repository root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary under test: `$JIEDU_BIN` (the Makefile points it at the release build), else the one
  /// SwiftPM built beside the test bundle.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["JIEDU_BIN"], !path.isEmpty {
      return URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
    }
    let candidates = [
      Bundle.main.executableURL?.deletingLastPathComponent(),
      Bundle.main.bundleURL.deletingLastPathComponent(),
      Bundle.main.bundleURL,
    ].compactMap { $0 }
    for dir in candidates {
      let url = dir.appendingPathComponent("jiedu")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/jiedu")
  }

  /// A fixture file's URL.
  static func fixture(_ name: String) -> URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
  }

  /// The seed article.
  static let seed = root.appendingPathComponent("seeds/000_cadf6caf5feb9c49.txt")

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `jiedu` with arguments, optional stdin, in a working directory (default: a temporary one, so
  /// the repository's config.yaml is not picked up unless asked for).
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, timeout: TimeInterval = 300,
    executable: URL? = nil
  )
    throws -> Run
  {
    let process = Process()
    process.executableURL = executable ?? binary
    process.arguments = arguments
    process.currentDirectoryURL = try directory ?? temporaryDirectory()
    var environment = ProcessInfo.processInfo.environment
    environment["JIEDU_DATA"] = root.appendingPathComponent("data").path
    process.environment = environment
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    let writer = Thread {
      if let stdin { inPipe.fileHandleForWriting.write(stdin) }
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    let errData = DataBox()
    let errReader = Thread { errData.set(errPipe.fileHandleForReading.readDataToEndOfFile()) }
    errReader.start()
    let deadline = Date().addingTimeInterval(timeout)
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        break
      }
      usleep(10_000)
    }
    process.waitUntilExit()
    while !errReader.isFinished { usleep(1_000) }
    return Run(
      status: process.terminationStatus, stdout: out,
      stderr: String(decoding: errData.get(), as: UTF8.self))
  }
}

/// Data shared with a reader thread.
final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func set(_ value: Data) { lock.withLock { data = value } }
  func get() -> Data { lock.withLock { data } }
}

extension CLIRunner {
  /// Runs another program (`arguments[0]`, an absolute path) the same way, with `JIEDU_DATA` set.
  static func runProgram(_ arguments: [String], stdin: Data? = nil) throws -> Run {
    try run(
      Array(arguments.dropFirst()), stdin: stdin,
      executable: URL(fileURLWithPath: arguments[0]))
  }
}
