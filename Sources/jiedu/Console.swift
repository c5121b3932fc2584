import ArgumentParser
import Foundation
import JieduCore

/// stderr output: progress, warnings and errors. Only the document goes to stdout.
enum Console {
  /// Writes a line to stderr.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints diagnostics to stderr.
  static func report(_ diagnostics: [Diagnostic]) {
    for d in diagnostics where d.level != .info { error(d.line) }
  }

  /// Writes bytes to stdout.
  static func output(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }

  /// Runs a command body, turning a `JieduError` into a one-line message and exit code 1.
  static func guarded(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as JieduError {
      Console.error("jiedu: error: \(error.message)")
      throw ExitCode.failure
    }
  }
}
