import Foundation
import Testing

/// The abbreviations stage over the SIGHAN 2005 raw test text (PKU and MSR, read in place from
/// `../shared/corpora/icwb2`, or `$JIEDU_CORPORA/icwb2`; never the gold): every warning and every
/// mined definition it gives is in `Fixtures/icwb2-formula-review.tsv` with a verdict reviewed by hand,
/// the warnings' precision is at least 0.9, and no warning names a wrong definition.
///
/// Needs the corpus; where it is missing the test is not run (and says so).
@Suite struct FormulaReviewTests {
  static let corpora: URL = {
    if let path = ProcessInfo.processInfo.environment["JIEDU_CORPORA"], !path.isEmpty {
      return URL(fileURLWithPath: path).appendingPathComponent("icwb2")
    }
    return CLIRunner.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/icwb2")
  }()

  static var haveCorpus: Bool {
    FileManager.default.fileExists(atPath: corpora.appendingPathComponent("pku_test.utf8").path)
  }

  /// One reviewed line: what the stage said and whether it is right.
  struct Reviewed: Hashable {
    var corpus: String
    var kind: String
    var term: String
    var items: String
  }

  static func review() throws -> [Reviewed: Bool] {
    let text = try String(
      contentsOf: CLIRunner.fixture("icwb2-formula-review.tsv"), encoding: .utf8)
    var result: [Reviewed: Bool] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 6 else { continue }
      result[Reviewed(corpus: cells[0], kind: cells[2], term: cells[3], items: cells[4])] =
        cells[5] == "true"
    }
    return result
  }

  /// What the stage says over one corpus: its warnings (formula names) and mined definitions.
  static func run(_ corpus: String) throws -> [Reviewed] {
    let input = corpora.appendingPathComponent("\(corpus)_test.utf8")
    let run = try CLIRunner.run(
      ["annotate", input.path, "--config", CLIRunner.fixture("abbreviations-only.yaml").path],
      timeout: 900)
    #expect(run.status == 0, "\(run.stderr)")
    var found: [Reviewed] = []
    // Warnings about the text (they name a block), not about the formula list itself.
    for line in run.stderr.split(separator: "\n") where line.contains("[abbreviations] block ") {
      let parts = line.split(separator: "'", omittingEmptySubsequences: false)
      guard parts.count >= 2 else { continue }
      found.append(Reviewed(corpus: corpus, kind: "warning", term: String(parts[1]), items: ""))
    }
    let json = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    var seen: Set<String> = []
    for a in json?["annotations"] as? [[String: Any]] ?? []
    where a["origin"] as? String == "document" {
      guard let term = a["text"] as? String, seen.insert(term).inserted else { continue }
      let items = (a["expansion"] as? [String] ?? []).joined(separator: "、")
      found.append(Reviewed(corpus: corpus, kind: "definition", term: term, items: items))
    }
    return found
  }

  @Test(.enabled(if: haveCorpus, "needs ../shared/corpora/icwb2 (the SIGHAN raw test text)"))
  func everyWarningIsReviewedAndPreciseEnough() throws {
    let review = try Self.review()
    var warnings = 0
    var right = 0
    for corpus in ["pku", "msr"] {
      for said in try Self.run(corpus) {
        let verdict = review[said]
        #expect(
          verdict != nil, "not reviewed: \(said.corpus) \(said.kind) \(said.term) \(said.items)")
        if said.kind == "warning" {
          warnings += 1
          if verdict == true { right += 1 }
        }
      }
    }
    #expect(warnings > 0)
    let precision = Double(right) / Double(max(warnings, 1))
    #expect(precision >= 0.9, "precision \(right)/\(warnings)")
  }

  @Test func theReviewIsConsistent() throws {
    let review = try Self.review()
    let warnings = review.filter { $0.key.kind == "warning" }
    #expect(warnings.count >= 20)
    #expect(Double(warnings.values.filter { $0 }.count) / Double(warnings.count) >= 0.9)
    // A warning never carries a definition of its own: no wrong mined definition is reported.
    #expect(warnings.keys.allSatisfy { $0.items.isEmpty })
  }
}
