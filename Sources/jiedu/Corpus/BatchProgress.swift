import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Progress of a batch on stderr: a bar redrawn in place when stderr is a terminal (files done of
/// all, characters/s, time left), otherwise a plain line every few seconds.
struct BatchProgress {
  private let terminal = isatty(STDERR_FILENO) == 1
  private let start = Date()
  private var lastLine = Date.distantPast
  /// Seconds between plain lines.
  private let interval: Double

  /// A progress display; `interval` is the spacing of plain lines.
  init(interval: Double = 10) {
    self.interval = interval
  }

  /// Seconds since the batch started.
  var elapsed: Double { Date().timeIntervalSince(start) }

  /// Shows the totals so far.
  mutating func update(_ summary: BatchSummary) {
    let now = Date()
    if !terminal, now.timeIntervalSince(lastLine) < interval, summary.done < summary.total {
      return
    }
    if !terminal, summary.done == summary.total { return }
    lastLine = now
    let seconds = max(elapsed, 0.001)
    let rate = Double(summary.characters) / seconds
    let perFile = seconds / Double(max(summary.done, 1))
    let left = Int(perFile * Double(summary.total - summary.done))
    let figures =
      "\(summary.done)/\(summary.total) files, \(BatchSummary.count(Int(rate))) characters/s, "
      + "ETA \(left) s"
    if terminal {
      let width = 24
      let filled = summary.total == 0 ? width : width * summary.done / summary.total
      let bar =
        String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(figures)".utf8))
    } else {
      FileHandle.standardError.write(Data("jiedu: \(figures)\n".utf8))
    }
  }

  /// Clears the bar before the summary line.
  func finish() {
    if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
