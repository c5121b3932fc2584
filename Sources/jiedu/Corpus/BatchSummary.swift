import Foundation

/// The running totals of a batch and its one summary line.
struct BatchSummary {
  /// Articles in the batch.
  var total: Int
  /// Articles finished (written, skipped or failed).
  var done = 0
  /// Articles whose output was up to date.
  var skipped = 0
  /// Characters annotated.
  var characters = 0
  /// Failed articles, with why.
  var failures: [(name: String, reason: String)] = []
  /// Warnings by stage.
  var warnings: [String: Int] = [:]

  /// Adds one article's result.
  mutating func add(_ result: BatchFileResult) {
    done += 1
    if result.skipped { skipped += 1 }
    characters += result.characters
    if let failure = result.failure { failures.append((result.name, failure)) }
    for (stage, count) in result.warnings { warnings[stage, default: 0] += count }
  }

  /// `jiedu: 101 files (99 annotated, 1 up to date, 1 failed: broken.txt), 1.2M characters in
  /// 3.4 s (350k characters/s, 29.7 files/s); warnings: abbreviations 3, ingest 1`.
  func line(seconds: Double) -> String {
    let annotated = done - skipped - failures.count
    var parts = ["\(annotated) annotated"]
    if skipped > 0 { parts.append("\(skipped) up to date") }
    if !failures.isEmpty {
      let names = failures.prefix(10).map(\.name).joined(separator: ", ")
      parts.append("\(failures.count) failed: \(names)\(failures.count > 10 ? ", …" : "")")
    }
    let rate = seconds > 0 ? Double(characters) / seconds : 0
    let files = seconds > 0 ? Double(done - skipped) / seconds : 0
    var line =
      "jiedu: \(total) file\(total == 1 ? "" : "s") (\(parts.joined(separator: ", "))), "
      + "\(BatchSummary.count(characters)) characters in \(String(format: "%.1f", seconds)) s "
      + "(\(BatchSummary.count(Int(rate))) characters/s, \(String(format: "%.1f", files)) files/s)"
    let kinds = warnings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    line += "; warnings: " + (kinds.isEmpty ? "none" : kinds.joined(separator: ", "))
    return line
  }

  /// 950, 12.3k, 4.5M.
  static func count(_ n: Int) -> String {
    if n < 1000 { return "\(n)" }
    if n < 1_000_000 { return String(format: "%.1fk", Double(n) / 1000) }
    return String(format: "%.1fM", Double(n) / 1_000_000)
  }
}
