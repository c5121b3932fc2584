import Foundation
import JieduCore
import Testing
import Yams

@testable import GlossaryStage

/// The stage's options, sources and priorities, set up as the host does it.
@Suite struct GlossaryStageTests {
  private func options(_ yaml: String) throws -> GlossaryStageOptions {
    let source = try ConfigSource(name: "config.yaml", text: yaml)
    return try source.decodeOptions(
      GlossaryStageOptions.self, from: try #require(source.root), path: "options")
  }

  @Test func optionsDecodeWithDefaults() throws {
    #expect(
      try options("files: [user.yaml]\nbuiltin: false")
        == GlossaryStageOptions(files: ["user.yaml"], builtin: false))
    #expect(try options("categories: [party, economy]").categories == ["party", "economy"])
    #expect(try options("traditional: false").traditional == false)
    #expect(GlossaryStageOptions().builtin && GlossaryStageOptions().files.isEmpty)
  }

  @Test func optionErrorsArePositioned() throws {
    #expect {
      _ = try options("builtn: false")
    } throws: {
      ($0 as? JieduError)?.message.hasPrefix(
        "config.yaml:1:1: options.builtn: unknown option 'builtn'; did you mean 'builtin'?") == true
    }
    #expect {
      _ = try options("files: user.yaml")
    } throws: {
      ($0 as? JieduError)?.message.hasPrefix("config.yaml:1:8: options.files: expected ") == true
    }
  }

  @Test func registryBuildsTheStageFromConfig() async throws {
    let registry = StageRegistry([.of(GlossaryStage.self)])
    let source = try ConfigSource(
      name: "config.yaml",
      text: "stages:\n  - id: glossary\n    options:\n      files: [user.yaml]\n")
    let config = try JieduConfig.parse(source, baseDirectory: Fixture.directory)
    let stages = try await registry.build(config, context: Fixture.context())
    #expect(stages.map(\.id) == ["glossary"])
    #expect(stages[0].wholeWords.contains("基层党建工作"))
  }

  @Test func filesOverrideTheBuiltinGlossaryAndUserGlossariesOverrideFiles() async throws {
    let stage = try GlossaryStage(
      options: GlossaryStageOptions(files: ["user.yaml"]), context: Fixture.context())
    let document = try await Fixture.annotate(text: "抓党建，抓基层党建工作，GDP增长。", with: stage)
    #expect(
      document.annotations.map(\.rendering) == [
        "Party-building work", "Party-building work at the grassroots", "gross domestic product",
      ])
    let html = Fixture.url("html.yaml")
    let top = try GlossaryStage(
      options: GlossaryStageOptions(files: ["user.yaml"]),
      context: Fixture.context(userGlossaries: [html]))
    let again = try await Fixture.annotate(text: "抓党建。", with: top)
    #expect(again.annotations.map(\.rendering) == ["<b>Party</b> building"])
  }

  @Test func categoriesKeepOnlyThoseEntries() async throws {
    let stage = try GlossaryStage(
      options: GlossaryStageOptions(categories: ["economy"]), context: Fixture.context())
    let document = try await Fixture.annotate(Fixture.seed, with: stage)
    #expect(!document.annotations.isEmpty)
    #expect(document.annotations.allSatisfy { $0.category == "economy" })
  }

  @Test func builtinCanBeSwitchedOff() async throws {
    let stage = try GlossaryStage(
      options: GlossaryStageOptions(builtin: false), context: Fixture.context())
    #expect(stage.glossary.count == 0)
    #expect(try await Fixture.annotate(Fixture.seed, with: stage).annotations.isEmpty)
  }

  @Test func setupErrorsNameTheProblem() {
    #expect {
      _ = try GlossaryStage(
        options: GlossaryStageOptions(files: ["nope.yaml"]), context: Fixture.context())
    } throws: {
      ($0 as? JieduError)?.message.hasPrefix("options.files[0]: no such file 'nope.yaml'") == true
    }
    #expect {
      _ = try GlossaryStage(
        options: GlossaryStageOptions(categories: ["partty"]), context: Fixture.context())
    } throws: {
      ($0 as? JieduError)?.message.hasPrefix(
        "options.categories[0]: unknown category 'partty'; did you mean 'party'?")
        == true
    }
    #expect {
      _ = try GlossaryStage(
        options: GlossaryStageOptions(files: ["bad/unknown-field.yaml"]), context: Fixture.context()
      )
    } throws: {
      ($0 as? JieduError)?.message.hasPrefix("bad/unknown-field.yaml:3:3: [0].nte: unknown field")
        == true
    }
  }

  @Test func stageDeclaresItsContract() {
    #expect(GlossaryStage.id == "glossary")
    #expect(GlossaryStage.requires == [])
    #expect(GlossaryStage.produces == [.terms])
    #expect(
      GlossaryStageOptions.specs.map(\.name) == [
        "files", "builtin", "categories", "regions", "ordinals", "traditional",
      ])
  }
}
