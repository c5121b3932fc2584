import Foundation
import JieduCore
import Testing

@testable import JieduRender

/// Documents from external stages may carry offsets that do not fit: rendering must neither crash nor
/// lose the text.
@Suite struct MalformedDocumentTests {
  private func malformed() -> Document {
    var a = Token(text: "一二", start: 0, end: 2)
    a.pinyin = "yī èr"
    a.glosses = []
    let overlapping = Token(text: "二三", start: 1, end: 3)
    let beyond = Token(text: "x", start: 40, end: 41)
    let backwards = Token(text: "y", start: 3, end: 2)
    let blocks = [
      Block(
        id: 0, kind: .paragraph, text: "一二三四。",
        sentences: [
          Sentence(start: 3, end: 5, tokens: [backwards]),
          Sentence(start: 0, end: 3, tokens: [a, overlapping, beyond]),
          Sentence(start: -4, end: 99),
        ]),
      Block(id: 7, kind: .heading, text: "", sentences: [Sentence(start: 0, end: 0)]),
      Block(id: 2, kind: .title, text: "标题"),
    ]
    let annotations = [
      Annotation(
        stage: "x", type: "term", block: 0, start: 3, end: 99, text: "?", rendering: "too long"),
      Annotation(stage: "x", type: "term", block: 0, start: -3, end: 1, text: "?"),
      Annotation(stage: "x", type: "abbreviation", block: 42, start: 0, end: 1, text: "no block"),
      Annotation(stage: "x", type: "term", block: 0, start: 2, end: 2, text: "empty"),
      Annotation(
        stage: "x", type: "translation", block: 0, start: 99, end: 100, text: "", rendering: "late"),
      Annotation(
        stage: "x", type: "custom", block: 2, start: 0, end: 2, text: "标题", note: "<b>n</b>"),
    ]
    return Document(
      source: SourceInfo(name: "bad.json", encoding: "utf-8", sha256: "", bytes: 0), blocks: blocks,
      annotations: annotations)
  }

  @Test(arguments: [OutputFormat.html, .md, .tsv, .json])
  func rendersWithoutCrashing(_ format: OutputFormat) throws {
    let text = try Rendered.text(malformed(), format)
    #expect(!text.isEmpty)
  }

  @Test func keepsAllTheTextOfABlock() throws {
    let html = try Rendered.text(malformed(), .html)
    let stripped = html.replacingOccurrences(
      of: #"<rt>[^<]*</rt>"#, with: "", options: .regularExpression
    )
    .replacingOccurrences(of: #"<sup[^>]*>.*?</sup>"#, with: "", options: .regularExpression)
    .replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    let chinese = stripped.components(separatedBy: "一二三").dropFirst().joined()
    #expect(stripped.contains("一二三"))
    #expect(chinese.contains("四。"))
    #expect(html.contains("&lt;b&gt;n&lt;/b&gt;"))
  }
}
