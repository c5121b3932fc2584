import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct MarkdownToneColourTests {
  @Test(arguments: [("dǎng", 3), ("jiàn", 4), ("de", 5), ("shī", 1), ("lǘ", 2), ("Xī", 1)])
  func aSyllableHasTheToneOfItsMark(_ syllable: String, _ tone: Int) {
    #expect(ToneColours.tone(of: Substring(syllable)) == tone)
  }

  @Test func withToneColoursTheMarkdownColoursPinyinAndTheVocabularyWords() throws {
    var options = RenderOptions()
    options.toneScheme = "pleco"
    let md = try Rendered.text(SampleDocument.make(), .md, options)
    // Key terms: each syllable in its tone's colour, written together as the handout writes them.
    #expect(
      md.contains(
        "| 1 | 党建 | <span style=\"color:#1510f0\">dǎng</span><span style=\"color:#8900bf\">jiàn</span> |"
      ))
    // Vocabulary: the characters too.
    #expect(
      md.contains(
        "<span style=\"color:#8900bf\">各</span><span style=\"color:#8900bf\">地</span> | "
          + "<span style=\"color:#8900bf\">gè</span><span style=\"color:#8900bf\">dì</span>"))
    // The article's own text stays escaped.
    #expect(md.contains("\\<img src=x onerror=alert\\(2\\)\\>"))
  }

  @Test func anApostropheKeepsItsSyllableAndCustomColoursAreUsed() {
    let colours = ["red", "green", "blue", "purple", "gray"]
    #expect(
      ToneColours.markdownPinyin("Xī ān", colours: colours)
        == "<span style=\"color:red\">Xī</span><span style=\"color:red\">'ān</span>")
    #expect(ToneColours.markdownPinyin("72", colours: colours) == "72")
  }

  @Test func withoutToneColoursTheMarkdownHasNoSpans() throws {
    #expect(!(try Rendered.text(.md)).contains("<span"))
  }
}

@Suite struct CompactLayoutTests {
  @Test func withoutATranslationTheCompactLayoutGlossesTheWordsOneByOne() throws {
    var builder = SampleDocumentBuilder()
    builder.lexicon = [
      "坚持": ("jiān chí", ["to persevere with"]), "制度": ("zhì dù", ["system"]),
    ]
    builder.block(.title, "坚持 制度")
    builder.block(.paragraph, "坚持 制度 。")
    var options = RenderOptions()
    options.layout = .compact
    let html = try Rendered.text(builder.document(), .html, options)
    #expect(
      html.contains(
        "<div class=\"en wbw\" lang=\"en\">to persevere with<span class=\"sep\"> · </span>system."))
    #expect(html.contains("No translation stage ran"))
  }

  @Test func aTranslatedBlockKeepsItsTranslationInTheCompactLayout() throws {
    var options = RenderOptions()
    options.layout = .compact
    let html = try Rendered.text(SampleDocument.make(), .html, options)
    #expect(
      html.contains(
        "Baoshan District upholds the “three meetings and one lesson” system."))
    #expect(!html.contains("No translation stage ran"))
  }
}
