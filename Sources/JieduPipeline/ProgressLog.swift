import Foundation
import Logging

/// Progress messages on stderr through swift-log: `jiedu: <message>`, shown with `--verbose`.
enum ProgressLog {
  /// A logger that writes info messages when verbose, warnings and worse always.
  static func logger(verbose: Bool) -> Logger {
    var logger = Logger(label: "jiedu") { _ in StderrLineHandler() }
    logger.logLevel = verbose ? .info : .warning
    return logger
  }
}

/// A log handler that writes one plain line per message to stderr.
struct StderrLineHandler: LogHandler {
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    FileHandle.standardError.write(Data("jiedu: \(event.message)\n".utf8))
  }
}
