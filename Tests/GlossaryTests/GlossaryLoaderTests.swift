import Foundation
import JieduCore
import Testing

@testable import GlossaryStage

/// Reading YAML glossaries: the fast reader agrees with the full YAML parser, odd shapes fall back.
@Suite struct GlossaryLoaderTests {
  static let yamlFiles: [URL] =
    BuiltinGlossary.files
    + ["shapes.yaml", "user.yaml", "html.yaml", "check-problems.yaml"].map(Fixture.url)

  @Test(arguments: yamlFiles)
  func fastReaderAgreesWithTheYAMLParser(_ url: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: url))
    let text = try #require(String(validating: bytes, as: UTF8.self))
    let fast = try #require(FastYAMLGlossaryParser.parse(bytes, name: "g.yaml"), "fell back")
    let (full, problems) = YAMLGlossaryParser.parse(text, name: "g.yaml")
    #expect(problems.isEmpty)
    let a = GlossaryEntryValidator.validate(fast)
    let b = GlossaryEntryValidator.validate(full)
    #expect(a.entries == b.entries)
    #expect(a.entries.map(\.location) == b.entries.map(\.location))
    #expect(a.problems == b.problems)
  }

  @Test func builtinGlossaryLoadsWithEntriesInEveryCategory() throws {
    let entries = try BuiltinGlossary.entries()
    #expect(entries.count > 100)
    for category in GlossaryCategory.all {
      #expect(entries.contains { $0.category == category }, "no entry in \(category)")
    }
    #expect(entries.allSatisfy { $0.category.map(GlossaryCategory.all.contains) == true })
  }

  @Test func everyScalarShapeReadsAsWritten() throws {
    let entries = try GlossaryLoader.load(url: Fixture.url("shapes.yaml"))
    #expect(entries.count == 3)
    let first = try #require(entries.first)
    #expect(first.term == "党建")
    #expect(first.pinyin == "dǎng jiàn")
    #expect(first.note == "He said \"build\"\tthen left 党")
    #expect(first.aliases == ["黨建", "党的建设", "党 建"])
    #expect(first.source == "it's plain, with [brackets] and {braces}")
    #expect(entries[1].aliases == ["三會一課", "三会 一课"])
    #expect(entries[1].note == nil)
    #expect(entries[1].source == nil)
    #expect(entries[2].term == "123")
    #expect(entries[2].en == "yes")
    #expect(entries[2].aliases == ["一二三"])
    #expect(
      first.location == GlossaryLocation(file: Fixture.url("shapes.yaml").path, line: 3, column: 3))
  }

  @Test func unusualYAMLFallsBackToTheFullParser() throws {
    let url = Fixture.url("fallback.yaml")
    #expect(FastYAMLGlossaryParser.parse([UInt8](try Data(contentsOf: url)), name: "f") == nil)
    let entries = try GlossaryLoader.load(url: url)
    #expect(entries.map(\.en) == ["Party building", "Party building"])
    #expect(entries.first?.note == "A long note over two lines.\n")
  }

  @Test func htmlAndScriptTextIsKeptVerbatim() async throws {
    let entries = try GlossaryLoader.load(url: Fixture.url("html.yaml"))
    let stage = GlossaryStage(glossary: Glossary(sources: [entries]))
    let document = try await Fixture.annotate(text: "加强党建。", with: stage)
    let annotation = try #require(document.annotations.first)
    #expect(annotation.rendering == "<b>Party</b> building")
    #expect(annotation.note == "<script>alert('x')</script> & more")
    #expect(annotation.source == "<a href=\"javascript:alert(1)\">link</a>")
  }

  @Test func emptyFilesGiveNoEntries() {
    for text in ["", "# only a comment\n", "---\n", "~\n"] {
      let parsed = GlossaryLoader.parse(bytes: Array(text.utf8), format: .yaml, name: "e.yaml")
      #expect(parsed.entries.isEmpty && parsed.problems.isEmpty, "\(text)")
    }
  }

  @Test func aMissingFileIsAOneLineError() {
    #expect(throws: JieduError.self) { try GlossaryLoader.load(url: Fixture.url("no-such.yaml")) }
    let parsed = GlossaryLoader.parse(url: Fixture.url("no-such.yaml"), name: "no-such.yaml")
    #expect(parsed.problems.map(\.description) == ["no-such.yaml: cannot read file (no such file)"])
  }

  @Test func byteOrderMarkAndCRLFLineEndsAreRead() {
    let text = "\u{FEFF}- term: 党建\r\n  en: Party building\r\n  aliases: [黨建]\r\n"
    let parsed = GlossaryLoader.parse(bytes: Array(text.utf8), format: .yaml, name: "crlf.yaml")
    #expect(parsed.problems.isEmpty)
    #expect(parsed.entries == [GlossaryEntry(term: "党建", en: "Party building", aliases: ["黨建"])])
    let tsv = GlossaryLoader.parse(
      bytes: Array("党建\tParty building\r\n".utf8), format: .tsv, name: "t.tsv")
    #expect(tsv.entries == [GlossaryEntry(term: "党建", en: "Party building")])
  }
}
