import Foundation
import JieduCore
import JieduDictionary
import Testing

@testable import GlossaryStage

/// Longest-leftmost matching with priorities, aliases, traditional forms and Latin word edges.
@Suite struct MatchingTests {
  private func spans(_ glossary: Glossary, _ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return glossary.matches(in: scalars).map { m in
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[m.start..<m.end])
      return "\(m.start)-\(m.end) \(String(v)) = \(m.entry.en)"
    }
  }

  @Test func longestWinsThenLeftmost() {
    let g = Glossary(sources: [[.make("党建", "a"), .make("基层党建", "b"), .make("党建工作", "c")]])
    #expect(spans(g, "基层党建工作") == ["0-4 基层党建 = b"])
    #expect(spans(g, "抓党建工作") == ["1-5 党建工作 = c"])
  }

  @Test func higherPrioritySourceWinsOverLength() {
    let g = Glossary(sources: [[.make("党建", "user")], [.make("基层党建", "builtin")]])
    #expect(spans(g, "基层党建") == ["2-4 党建 = user"])
  }

  @Test func aSurfaceListedTwiceBelongsToTheHigherPrioritySource() {
    let g = Glossary(sources: [[.make("党建", "user")], [.make("党建", "builtin", aliases: ["黨建"])]])
    #expect(spans(g, "党建黨建") == ["0-2 党建 = user", "2-4 黨建 = builtin"])
  }

  @Test func everyOccurrenceIsAnnotatedOnce() {
    let g = Glossary(sources: [[.make("党建", "a")]])
    #expect(spans(g, "党建党建，党建") == ["0-2 党建 = a", "2-4 党建 = a", "5-7 党建 = a"])
  }

  @Test func aliasesMatchWithTheirOwnSurface() async throws {
    let g = Glossary(sources: [[.make("中国共产党", "CPC", aliases: ["中共"])]])
    let stage = GlossaryStage(glossary: g)
    let document = try await Fixture.annotate(text: "中共党员。", with: stage)
    let a = try #require(document.annotations.first)
    #expect(
      a.text == "中共" && a.rendering == "CPC" && a.start == 0 && a.end == 2 && a.type == "term")
  }

  @Test func traditionalFormsMatchThroughFolding() {
    let g = Glossary(sources: [[.make("党建", "Party building")]], folding: ["黨": "党"])
    #expect(spans(g, "加強黨建") == ["2-4 黨建 = Party building"])
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: cedict.path)))
  func foldingTableComesFromCEDICT() {
    let table = TraditionalFolding.build(cedict: Self.cedict).table
    #expect(table["黨"] == "党")
    #expect(table["設"] == "设")
    #expect(table["建"] == nil)
  }

  static let cedict = Fixture.repository.appendingPathComponent("data/cedict_1_0_ts_utf-8_mdbg.txt")

  @Test func latinTermsMatchOnlyWholeWords() {
    let g = Glossary(sources: [
      [.make("GDP", "gross domestic product"), .make("5G", "fifth generation")]
    ])
    #expect(spans(g, "GDPR与GDP增长") == ["5-8 GDP = gross domestic product"])
    #expect(spans(g, "15G，5G网络") == ["4-6 5G = fifth generation"])
  }

  @Test func matchingDoesNotDependOnSegmentation() async throws {
    struct OneScalarEach: WordSegmenter {
      func segment(_ scalars: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        scalars.indices.map { $0..<($0 + 1) }
      }
    }
    let stage = GlossaryStage(glossary: Glossary(sources: [[.make("同频共振", "resonate")]]))
    var document = try Ingestion.document(from: Array("推动党建与发展同频共振。".utf8), name: "t")
    Ingestion.tokenize(&document, with: OneScalarEach())
    try await stage.annotate(&document, context: Fixture.context())
    #expect(document.annotations.map(\.text) == ["同频共振"])
  }
}

/// A small seeded random number generator, so generated glossaries are repeatable.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
