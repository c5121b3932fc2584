import Foundation
import JieduCore
import Testing

@testable import GlossaryStage

/// A glossary of 100,000 entries loads through the fast reader (YAML) and as TSV, and matches the
/// seed. No timing is asserted here; `scripts/bench_glossary.sh` measures the real binary.
@Suite struct LargeGlossaryTests {
  static let entryCount = 100_000

  /// Writes a generated glossary in the given format and returns its URL.
  static func generate(_ format: GlossaryFormat, count: Int = entryCount) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-glossary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("big.\(format == .yaml ? "yaml" : "tsv")")
    try LargeGlossaryGenerator.text(count: count, format: format).write(
      to: url, atomically: true, encoding: .utf8)
    return url
  }

  /// The full 100,000 entries as YAML (the fast reader's case); TSV with fewer, to keep the debug
  /// test run short.
  @Test(arguments: [(GlossaryFormat.yaml, entryCount), (.tsv, 20_000)])
  func largeGlossariesLoadAndMatchTheSeed(_ format: GlossaryFormat, count: Int) async throws {
    let url = try Self.generate(format, count: count)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    if format == .yaml {
      #expect(FastYAMLGlossaryParser.parse([UInt8](try Data(contentsOf: url)), name: "big") != nil)
    }
    let started = Date()
    let stage = try GlossaryStage(
      options: GlossaryStageOptions(), context: Fixture.context(userGlossaries: [url]))
    let loaded = Date()
    let document = try await Fixture.annotate(Fixture.seed, with: stage)
    let done = Date()
    print(
      "large glossary (\(format), debug build): \(stage.glossary.count) entries, load "
        + "\(Int(loaded.timeIntervalSince(started) * 1000)) ms, segment+match "
        + "\(Int(done.timeIntervalSince(loaded) * 1000)) ms, \(document.annotations.count) annotations"
    )
    #expect(stage.glossary.count >= count)
    // The generated terms include 党建 with a rendering of their own, at the top priority.
    #expect(document.annotations.contains { $0.text == "党建" && $0.rendering == "generated 0" })
    #expect(document.annotations.contains { $0.text == "宝山区" })
  }
}

/// Makes large synthetic glossaries: entry 0 is 党建, the rest are pseudo-random Han strings.
enum LargeGlossaryGenerator {
  /// The glossary text.
  static func text(count: Int, format: GlossaryFormat) -> String {
    var generator = SplitMix(seed: 42)
    var out = format == .tsv ? "term\ten\tnote\tcategory\n" : "# generated\n"
    out.reserveCapacity(count * 80)
    for i in 0..<count {
      var term = "党建"
      if i > 0 {
        let length = Int.random(in: 2...6, using: &generator)
        term = String(
          String.UnicodeScalarView(
            (0..<length).map { _ in
              Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))!
            }))
      }
      let category = GlossaryCategory.all[i % GlossaryCategory.all.count]
      if format == .tsv {
        out += "\(term)\tgenerated \(i)\tnote \(i)\t\(category)\n"
      } else {
        out +=
          "- term: \(term)\n  en: generated \(i)\n  note: \"note \(i)\"\n  category: \(category)\n"
      }
    }
    return out
  }
}
