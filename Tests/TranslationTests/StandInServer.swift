import Foundation

/// The stand-in server (Fixtures/standin.py) in one of its modes, on a free port of 127.0.0.1.
final class StandInServer {
  let process = Process()
  let log: URL
  let port: Int

  static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

  init(_ mode: String) throws {
    log = FileManager.default.temporaryDirectory.appendingPathComponent(
      "standin-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", StandInServer.fixtures.appendingPathComponent("standin.py").path, mode, log.path,
    ]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    var line = Data()
    while !line.contains(0x0A) {
      let chunk = out.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    guard
      let port = Int(
        String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      process.terminate()
      throw CocoaError(.fileReadCorruptFile)
    }
    self.port = port
  }

  /// `http://127.0.0.1:PORT`.
  var url: String { "http://127.0.0.1:\(port)" }

  /// The request bodies received so far.
  var requests: [String] {
    ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
  }

  deinit {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: log)
  }
}

/// A port nothing listens on.
func closedPort() -> Int {
  let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  defer { close(fd) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  address.sin_port = 0
  var length = socklen_t(MemoryLayout<sockaddr_in>.size)
  _ = withUnsafeMutablePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
  }
  _ = withUnsafeMutablePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
  }
  return Int(UInt16(bigEndian: address.sin_port))
}
