import AbbreviationsStage
import JieduCore
import Testing

@Suite("Stage options")
struct OptionsTests {
  func decode(_ yaml: String) throws -> AbbreviationsStage.Options {
    let source = try ConfigSource(name: "config.yaml", text: yaml)
    guard let root = source.root else { return .init() }
    return try source.decodeOptions(
      AbbreviationsStage.Options.self, from: root, path: "stages[1].options")
  }

  @Test func defaults() throws {
    let options = try decode("{}")
    #expect(options.files == [])
    #expect(options.builtin)
    #expect(options.reportUnresolved)
    #expect(
      AbbreviationsStage.Options.specs.map(\.name) == ["files", "builtin", "report-unresolved"])
  }

  @Test func allKeys() throws {
    let options = try decode("files: [a.yaml, b.yaml]\nbuiltin: false\nreport-unresolved: false\n")
    #expect(options.files == ["a.yaml", "b.yaml"])
    #expect(!options.builtin)
    #expect(!options.reportUnresolved)
  }

  @Test func anUnknownKeySuggestsTheNearest() {
    let error = #expect(throws: JieduError.self) { try decode("report-unresolve: false\n") }
    #expect(
      error?.message.contains("did you mean 'report-unresolved'") == true, "\(error?.message ?? "")"
    )
  }

  @Test func aWrongTypeNamesThePosition() {
    let error = #expect(throws: JieduError.self) { try decode("builtin: perhaps\n") }
    #expect(
      error?.message.hasPrefix("config.yaml:1:10: stages[1].options.builtin:") == true,
      "\(error?.message ?? "")")
  }

  @Test func theStageDeclaresItsShape() {
    #expect(AbbreviationsStage.id == "abbreviations")
    #expect(AbbreviationsStage.requires == [.tokens])
    #expect(AbbreviationsStage.produces == [.formulas])
  }
}
