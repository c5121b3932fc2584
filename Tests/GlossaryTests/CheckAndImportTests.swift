import Foundation
import JieduCore
import Testing

@testable import GlossaryStage

/// `jiedu glossary check` messages and `jiedu glossary import` conversions.
@Suite struct CheckAndImportTests {
  @Test func checkReportsDuplicatesConflictsAndUnknownCategories() {
    let parse = GlossaryLoader.parse(url: Fixture.url("check-problems.yaml"), name: "c.yaml")
    #expect(
      GlossaryChecker.check([parse]) == [
        "c.yaml:4: duplicate term '党建' (already at c.yaml:1)",
        "c.yaml:7: unknown category 'partty'; did you mean 'party'?; known: party, formulation, government, law, economy, society, diplomacy, place",
        "c.yaml:10: conflicting renderings for alias '党建': 'Party construction' here, 'Party building' at c.yaml:1",
        "c.yaml:13: '三会一课' is listed twice in the same entry",
      ])
  }

  @Test func checkIncludesParseProblemsAndComparesAcrossFiles() {
    let messages = GlossaryChecker.check(urls: [
      Fixture.url("user.yaml"), Fixture.url("bad/missing-en.yaml"),
    ])
    #expect(messages.count == 2)
    #expect(messages[0].hasSuffix("bad/missing-en.yaml:5:3: [1]: missing required field 'en'"))
    #expect(
      messages[1].contains(
        "conflicting renderings for term '党建': 'Party building' here, 'Party-building work'"))
  }

  @Test func theBuiltinGlossaryChecksClean() {
    let parses = BuiltinGlossary.files.map {
      GlossaryLoader.parse(url: $0, name: BuiltinGlossary.displayName($0))
    }
    let messages = GlossaryChecker.check(parses)
    #expect(messages.isEmpty, "\(messages.prefix(20).joined(separator: "\n"))")
  }

  @Test func csvWithHeaderAndQuotedCells() throws {
    let entries = try GlossaryLoader.load(url: Fixture.url("small.csv"))
    #expect(
      entries == [
        GlossaryEntry(
          term: "党建", en: "Party building",
          note: "Work to build the Party, \"from the grassroots up\""),
        GlossaryEntry(term: "基层党组织", en: "grassroots Party organisation"),
        GlossaryEntry(term: "两个\n覆盖", en: "two coverages", note: "a quoted cell over two lines"),
      ])
    #expect(entries[2].location?.line == 4)
  }

  @Test func tsvWithNamedColumnsAndWithout() throws {
    let named = try GlossaryLoader.load(url: Fixture.url("small.tsv"))
    #expect(
      named.first
        == GlossaryEntry(
          term: "党建", en: "Party building", pinyin: "dǎng jiàn", category: "party",
          aliases: ["黨建", "党的建设"]))
    #expect(named.last?.note == "short for 科技创新")
    let plain = try GlossaryLoader.load(url: Fixture.url("headerless.tsv"))
    #expect(
      plain == [
        GlossaryEntry(term: "党建", en: "Party building"),
        GlossaryEntry(term: "基层", en: "grassroots", note: "the lowest level"),
      ])
    #expect(plain.last?.location?.line == 4)
  }

  @Test func tbxTermEntriesAndConceptEntries() throws {
    let v2 = try GlossaryLoader.load(url: Fixture.url("small.tbx"))
    #expect(
      v2 == [
        GlossaryEntry(
          term: "党建", en: "Party building", pinyin: "dǎng jiàn",
          note: "Building up the Party's organisation & conduct.", category: "party",
          aliases: ["党的建设"], also: ["Party construction"]),
        GlossaryEntry(
          term: "供给侧结构性改革", en: "supply-side structural reform", source: "State Council white paper"
        ),
      ])
    let v3 = try GlossaryLoader.load(url: Fixture.url("small-v3.tbx"))
    #expect(v3 == [GlossaryEntry(term: "新质生产力", en: "new quality productive forces")])
  }

  @Test func brokenTBXIsAPositionedError() {
    let parsed = GlossaryLoader.parse(url: Fixture.url("broken.tbx"), name: "broken.tbx")
    let first = parsed.problems.first?.description ?? ""
    #expect(first.hasPrefix("broken.tbx:3:"), "\(first)")
    #expect(first.contains("not valid TBX/XML (mismatched closing tag)"))
  }

  @Test(arguments: [
    "small.tbx", "small.csv", "small.tsv", "shapes.yaml", "html.yaml", "fallback.yaml",
  ])
  func importedYAMLReadsBackAsTheSameEntries(_ name: String) throws {
    let original = try GlossaryLoader.load(url: Fixture.url(name))
    let yaml = try TermImporter.yaml(from: Fixture.url(name))
    #expect(yaml.hasPrefix("# Imported from \(name)"))
    let bytes = Array(yaml.utf8)
    #expect(
      FastYAMLGlossaryParser.parse(bytes, name: "i.yaml") != nil,
      "import output needs the full parser")
    let back = GlossaryLoader.parse(bytes: bytes, format: .yaml, name: "i.yaml")
    #expect(back.problems.isEmpty)
    #expect(back.entries == original)
  }

  @Test func awkwardStringsSurviveTheRoundTrip() throws {
    let awkward = [
      "yes", "null", "- dash", "key: value", "a # not a comment", " padded ", "123", "[list]",
      "tab\there",
      "line\nbreak", "\"quoted\"", "back\\slash", "'single'", "@at", "中文, 逗号", "",
    ]
    let entries = awkward.enumerated().map { i, text in
      GlossaryEntry(
        term: "词\(i)", en: text.isEmpty ? "x" : text, note: text.isEmpty ? nil : text,
        aliases: text.isEmpty
          ? [] : ["别\(i)\(text.trimmingCharacters(in: .whitespacesAndNewlines))"])
    }
    let yaml = TermImporter.yaml(entries)
    let fast = GlossaryLoader.parse(bytes: Array(yaml.utf8), format: .yaml, name: "a.yaml")
    #expect(fast.problems.isEmpty)
    #expect(fast.entries == entries)
    let (raw, problems) = YAMLGlossaryParser.parse(yaml, name: "a.yaml")
    #expect(problems.isEmpty)
    #expect(GlossaryEntryValidator.validate(raw).entries == entries)
  }
}
