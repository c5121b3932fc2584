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
    DescriptorWrite.standardError(TerminalText.safe(line) + "\n")
  }

  /// Prints diagnostics to stderr, each naming the file it is about.
  static func report(_ diagnostics: [Diagnostic], file: String) {
    for d in diagnostics where d.level != .info { error(d.line(file: file)) }
  }

  /// Writes bytes to stdout; a closed or failing stdout is a one-line error (exit 1), not a trap.
  static func output(_ data: Data) {
    if StandardStreams.wasClosed(STDOUT_FILENO) {
      fail("standard output is closed: give -o FILE or redirect it")
    }
    do {
      try DescriptorWrite.all(data, to: STDOUT_FILENO)
    } catch {
      fail("cannot write to standard output: \(error.reason)")
    }
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

  static func fail(_ message: String) -> Never {
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

extension Console {
  /// Writes bytes to stdout (a chunk of a streamed document).
  static func output(_ bytes: borrowing [UInt8]) {
    bytes.withUnsafeBufferPointer { output(Data(buffer: $0)) }
  }
}
