import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct HandoutTemplateTests {
  @Test func theBuiltInTemplateIsFound() throws {
    let url = try HandoutTemplate.builtInURL()
    #expect(url.lastPathComponent == "handout.mustache")
    #expect(try String(contentsOf: url, encoding: .utf8).contains("{{{bodyHTML}}}"))
  }

  @Test func aUserTemplateReplacesTheLayout() throws {
    let folder = try Rendered.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("plain.mustache")
    try "<h1>{{titleText}}</h1>{{#vocabulary}}[{{word}} {{count}}]{{/vocabulary}}".write(
      to: template, atomically: true, encoding: .utf8)
    let options = RenderOptions(maxVocabulary: 2, templateURL: template)
    let html = try Rendered.text(SampleDocument.make(), .html, options)
    // The two most frequent words that are not key terms or formulas.
    #expect(html == "<h1>推动基层党建与科创强区同频共振</h1>[坚持 2][加强 2]")
  }

  @Test func aMissingUserTemplateIsAnErrorNamingIt() {
    let options = RenderOptions(templateURL: URL(fileURLWithPath: "/nonexistent/mine.mustache"))
    #expect(throws: JieduError("template '/nonexistent/mine.mustache': no such file")) {
      try DocumentRendering.render(SampleDocument.make(), as: .html, options: options)
    }
  }

  @Test func aBrokenUserTemplateIsAnErrorWithItsLine() throws {
    let folder = try Rendered.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("broken.mustache")
    try "<p>\n{{#terms}}\n{{/vocabulary}}\n".write(to: template, atomically: true, encoding: .utf8)
    let error = try #require(throws: JieduError.self) {
      try DocumentRendering.render(
        SampleDocument.make(), as: .html, options: RenderOptions(templateURL: template))
    }
    #expect(error.message.hasPrefix("template '\(template.path)':3:"))
    #expect(!error.message.contains("\n"))
  }
}
