import ArgumentParser
import Foundation
import JieduCore

#if canImport(Glibc)
  import Glibc
#endif

/// stderr output: progress, warnings and errors. Only the document goes to stdout.
enum Console {
  /// Writes a line to stderr, with control characters (ESC sequences from plugins) made visible.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
  }

  /// Prints diagnostics to stderr, each naming the file it is about.
  static func report(_ diagnostics: [Diagnostic], file: String) {
    for d in diagnostics where d.level != .info { error(d.line(file: file)) }
  }

  /// Writes bytes to stdout.
  static func output(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }

  /// Whether stdout is a terminal (a PDF is not written to one).
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Runs a command body, turning a `JieduError` or a stage's error into one line and exit code 1.
  static func guarded(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch let error as JieduError {
      fail(error.message)
    } catch let error as StageError {
      fail(error.description)
    }
  }

  /// The synchronous form.
  static func guarded(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as JieduError {
      fail(error.message)
    } catch let error as StageError {
      fail(error.description)
    }
  }

  private static func fail(_ message: String) -> Never {
    Console.error("jiedu: error: \(message)")
    Foundation.exit(ExitStatus.failure)
  }
}

/// The exit codes, one rule (README, "Exit status"): 0 success; 1 the run failed, with one line on
/// stderr; 64 the command line is wrong (sysexits' EX_USAGE), with one line and a pointer to --help.
enum ExitStatus {
  /// The run failed.
  static let failure: Int32 = 1
  /// Bad command line.
  static let usage: Int32 = 64
}

/// Text for a terminal: ESC and other control characters shown as `\u{1B}`, so a plugin's or a file
/// name's bytes cannot move the cursor or recolour the terminal, and a newline cannot split a line.
enum TerminalText {
  static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += scalar == "\n" ? "\\n" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isControl(_ s: Unicode.Scalar) -> Bool {
    (s.value < 0x20 && s != "\t") || (0x7F...0x9F).contains(s.value)
  }
}

extension Console {
  /// Writes bytes to stdout (a chunk of a streamed document).
  static func output(_ bytes: borrowing [UInt8]) {
    bytes.withUnsafeBufferPointer { FileHandle.standardOutput.write(Data(buffer: $0)) }
  }
}
