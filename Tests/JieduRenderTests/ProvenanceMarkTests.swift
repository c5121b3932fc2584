import JieduCore
import JieduRender
import JieduVocabulary
import Testing

/// The handout marks descriptive renderings (the knowledge base's own) and shows a formula's listed
/// English items.
@Suite struct ProvenanceMarkTests {
  static func document(status: String) -> Document {
    var document = SampleDocument.make()
    for i in document.annotations.indices {
      document.annotations[i].status = status
      if document.annotations[i].text == "三会一课" {
        document.annotations[i].expansion = ["支部党员大会", "支部委员会", "党小组会", "党课"]
        document.annotations[i].expansionEn = [
          "branch general meeting", "branch committee meeting", "Party group meeting",
          "Party lecture",
        ]
      }
    }
    return document
  }

  @Test func descriptiveRenderingsAreMarked() throws {
    let html = try Rendered.text(Self.document(status: "descriptive"), .html)
    #expect(
      html.contains(
        "<span class=\"descriptive\" title=\"our rendering, not an official translation\">descriptive</span>"
      ))
    let markdown = try Rendered.text(Self.document(status: "descriptive"), .md)
    #expect(markdown.contains("Party building \\(descriptive: our rendering\\)"))
  }

  @Test func officialRenderingsAreNotMarked() throws {
    let html = try Rendered.text(Self.document(status: "official"), .html)
    #expect(!html.contains("class=\"descriptive\""))
    let markdown = try Rendered.text(Self.document(status: "official"), .md)
    #expect(!markdown.contains("descriptive: our rendering"))
  }

  @Test func listedEnglishItemsAreShown() throws {
    let html = try Rendered.text(Self.document(status: "official"), .html)
    #expect(html.contains("<div class=\"item-en\" lang=\"en\">Party group meeting</div>"))
  }
}
