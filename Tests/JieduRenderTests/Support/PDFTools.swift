import Foundation

/// poppler-utils and Chromium, for the tests that check a real PDF.
enum PDFTools {
  /// Whether CI asked for the PDF tests to run (and fail when the tools are missing).
  static let required = ProcessInfo.processInfo.environment["JIEDU_REQUIRE_PDF"] == "1"

  /// Whether Chromium and poppler-utils are on PATH.
  static var available: Bool {
    find("chromium") != nil && find("pdftotext") != nil && find("pdffonts") != nil
      && find("pdfinfo") != nil
  }

  /// A program on PATH.
  static func find(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map {
      URL(fileURLWithPath: String($0)).appendingPathComponent(name)
    }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs a poppler tool on a file and returns its standard output.
  static func run(_ tool: String, _ arguments: [String]) throws -> String {
    guard let executable = find(tool) else {
      throw ToolMissing(message: "\(tool) not found; run scripts/install-pdf-deps.sh")
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// A tool is missing.
  struct ToolMissing: Error {
    /// What to do.
    var message: String
  }
}
