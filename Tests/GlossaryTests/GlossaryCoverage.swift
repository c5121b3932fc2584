import JieduCore

/// Which expected terms a document's `term` annotations cover.
struct GlossaryCoverage {
  /// Expected terms that an annotation covers: its text is the term or contains it (a longer term
  /// such as 党建联席会议制度 explains 党建联席会议 too).
  var found: [String]
  /// Expected terms without one.
  var missing: [String]

  /// `found/expected (percent)` and the missing terms.
  var summary: String {
    let total = found.count + missing.count
    let percent = total == 0 ? 100 : (found.count * 1000 / total + 5) / 10
    let tail = missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))"
    return "\(found.count)/\(total) expected terms annotated (\(percent)%)\(tail)"
  }

  /// Compares annotations with the expected list.
  static func report(document: Document, expected: [String]) -> GlossaryCoverage {
    let annotated = Set(document.annotations.filter { $0.type == "term" }.map(\.text))
    var report = GlossaryCoverage(found: [], missing: [])
    for term in expected {
      if annotated.contains(term) || annotated.contains(where: { $0.contains(term) }) {
        report.found.append(term)
      } else {
        report.missing.append(term)
      }
    }
    return report
  }
}
