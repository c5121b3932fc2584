import Foundation
import JieduCore
import JieduKnowledge
import JieduVocabulary
import Testing

@testable import GlossaryStage

/// The schema's provenance fields: status, source, url, also, region; `glossary check` on them;
/// regional entries on by default and separable; rule-built names as terms.
@Suite struct ProvenanceTests {
  static func parse(_ yaml: String, format: GlossaryFormat = .yaml) -> GlossaryParse {
    GlossaryLoader.parse(bytes: Array(yaml.utf8), format: format, name: "p.yaml")
  }

  @Test func everyFieldIsRead() {
    let parsed = Self.parse(
      """
      - term: 总体国家安全观
        en: holistic approach to national security
        pinyin: zǒng tǐ guó jiā ān quán guān
        category: government
        status: official
        source: "Xinhua, Report to the 20th National Congress of the CPC, 2022"
        url: https://english.news.cn/example
        also: [overall national security outlook]
        region: shanghai
      """)
    #expect(parsed.problems.isEmpty)
    let entry = parsed.entries.first
    #expect(entry?.status == .official)
    #expect(entry?.url == "https://english.news.cn/example")
    #expect(entry?.also == ["overall national security outlook"])
    #expect(entry?.region == "shanghai")
    #expect(entry?.isDescriptive == false)
  }

  @Test func aMissingStatusIsDescriptiveAndNoted() {
    let parsed = Self.parse("- term: 党建\n  en: Party building\n")
    #expect(parsed.problems.isEmpty)
    #expect(
      parsed.entries.first?.status == nil && parsed.entries.first?.effectiveStatus == .descriptive)
    #expect(GlossaryChecker.check([parsed]).isEmpty)
    #expect(
      GlossaryChecker.statusNotes([parsed]).first?.contains("1 of 1 entries have no status") == true
    )
    #expect(
      GlossaryChecker.check([parsed], requireStatus: true).first?.contains("has no status") == true)
  }

  @Test func aBadStatusIsRefused() {
    let parsed = Self.parse("- term: 党建\n  en: Party building\n  status: offical\n")
    #expect(parsed.entries.isEmpty)
    #expect(
      parsed.problems.first?.description
        == "p.yaml:3:11: [0].status: unknown status 'offical'; did you mean 'official'?; valid: official, established, descriptive"
    )
  }

  @Test(arguments: ["official", "established"])
  func officialAndEstablishedNeedASource(status: String) {
    let parsed = Self.parse("- term: 党建\n  en: Party building\n  status: \(status)\n")
    let messages = GlossaryChecker.check([parsed])
    #expect(
      messages == [
        "p.yaml:1: '党建' is \(status) but has no source (give 'source: Outlet, document or article, year', or make it descriptive)"
      ])
    let sourced = Self.parse(
      "- term: 党建\n  en: Party building\n  status: \(status)\n  source: \"Xinhua, 2024\"\n")
    #expect(GlossaryChecker.check([sourced]).isEmpty)
  }

  @Test func delimitedAndTBXCarryTheFields() {
    let tsv = Self.parse(
      "term\ten\tstatus\tsource\talso\n党建\tParty building\testablished\tChina Daily, 2023\tParty construction|Party-building\n",
      format: .tsv)
    #expect(tsv.problems.isEmpty)
    #expect(tsv.entries.first?.status == .established)
    #expect(tsv.entries.first?.also == ["Party construction", "Party-building"])
  }

  @Test func importWritesTheFieldsBack() throws {
    let entry = GlossaryEntry(
      term: "党建", en: "Party building", source: "Xinhua, 2024", status: .official,
      url: "https://example.org/a", also: ["Party construction"], region: "shanghai")
    let yaml = TermImporter.yaml([entry])
    let back = Self.parse(yaml).entries
    #expect(back == [entry])
  }

  @Test func annotationsCarryStatusSourceUrlAlso() async throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provenance-\(UUID().uuidString).yaml")
    try """
    - term: 党建
      en: Party building
      status: established
      source: "China Daily, 2023"
      url: https://example.org/b
      also: [Party construction]
    - term: 基层
      en: grassroots
    """.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let stage = try GlossaryStage(
      options: GlossaryStageOptions(files: [file.path], builtin: false), context: Fixture.context())
    let document = try await Fixture.annotate(text: "抓党建促基层", with: stage)
    let terms = document.annotations.filter { $0.type == .term }
    #expect(terms.map(\.status) == ["established", "descriptive"])
    #expect(terms.first?.source == "China Daily, 2023")
    #expect(terms.first?.url == "https://example.org/b")
    #expect(terms.first?.also == ["Party construction"])
    #expect(terms.last?.isDescriptiveRendering == true)
  }

  @Test func ruleBuiltNamesAreTerms() async throws {
    let stage = try GlossaryStage(options: GlossaryStageOptions(), context: Fixture.context())
    let document = try await Fixture.annotate(
      text: "深入学习贯彻党的二十大和二十届三中全会精神，编制“十五五”规划。", with: stage)
    let renderings = document.annotations.filter { $0.type == .term }.map {
      "\($0.text)=\($0.rendering ?? "")"
    }
    #expect(renderings.contains("党的二十大=the 20th CPC National Congress"))
    #expect(
      renderings.contains("二十届三中全会=the Third Plenary Session of the 20th CPC Central Committee"))
    #expect(renderings.contains("十五五=the 15th Five-Year Plan (2026–2030)"))
    let off = try GlossaryStage(
      options: GlossaryStageOptions(ordinals: false), context: Fixture.context())
    let without = try await Fixture.annotate(text: "编制“十五五”规划。", with: off)
    #expect(
      !without.annotations.contains { $0.rendering?.contains("Five-Year Plan (2026") == true })
  }

  @Test func regionsAreOnByDefaultAndSeparable() throws {
    #expect(RegionSelection.all.includes("shanghai") && RegionSelection.all.includes(nil))
    #expect(!RegionSelection.none.includes("shanghai") && RegionSelection.none.includes(nil))
    #expect(RegionSelection.only(["shanghai"]).includes("shanghai"))
    #expect(!RegionSelection.only(["beijing"]).includes("shanghai"))
    #expect(BuiltinGlossary.region(ofFile: "region/shanghai.yaml") == "shanghai")
    #expect(BuiltinGlossary.region(ofFile: "party.yaml") == nil)
    let regional = try BuiltinGlossary.entries().filter { $0.region != nil }
    let national = try GlossaryStage(
      options: GlossaryStageOptions(regions: .none), context: Fixture.context())
    #expect(national.glossary.count == (try BuiltinGlossary.entries().count) - regional.count)
  }

  @Test func regionsOptionDecodes() throws {
    for (yaml, expected) in [
      ("regions: none", RegionSelection.none), ("regions: all", .all),
      ("regions: [shanghai]", .only(["shanghai"])),
    ] {
      let source = try ConfigSource(name: "config.yaml", text: yaml)
      let options = try source.decodeOptions(
        GlossaryStageOptions.self, from: try #require(source.root), path: "options")
      #expect(options.regions == expected)
    }
  }
}
