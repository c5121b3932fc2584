import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct VocabularyTSVTests {
  @Test func linesAreAnkiReadyWithSixFields() throws {
    let tsv = try Rendered.text(.tsv)
    let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "#separator:tab")
    #expect(lines[1] == "#html:false")
    #expect(
      lines[2]
        == "#columns:Simplified\tTraditional\tPinyin\tEnglish\tSentence\tSentence English\tLevel")
    #expect(lines.last == "")
    for line in lines.dropFirst(3).dropLast() {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 7)
    }
    #expect(
      lines.contains("加强\t加强\tjiā qiáng\tto reinforce; to strengthen\t全区推进“两个覆盖”，加强党建工作。\t\t"))
  }

  @Test func tabsAndLineBreaksInsideFieldsBecomeSpaces() throws {
    var builder = SampleDocumentBuilder()
    builder.lexicon = ["词": ("cí", ["word\tone", "line\nbreak\r\nend"])]
    builder.block(.paragraph, "词 。")
    let tsv = try Rendered.text(builder.document(), .tsv)
    #expect(tsv.hasSuffix("词\t词\tcí\tword one; line break  end\t词。\t\t\n"))
  }

  @Test func aFieldWithADoubleQuoteIsQuoted() {
    #expect(VocabularyTSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(VocabularyTSV.field("plain") == "plain")
  }

  @Test func traditionalFormIsUsedWhereTheTokenHasOne() throws {
    var document = SampleDocument.make()
    document.blocks[3].sentences[0].tokens[5].traditional = "制度X"
    let tsv = try Rendered.text(document, .tsv)
    #expect(tsv.contains("\n制度\t制度X\tzhì dù\t"))
  }
}

@Suite struct MarkdownHandoutTests {
  @Test func hasTitleTextAndTables() throws {
    let md = try Rendered.text(
      SampleDocument.make(), .md, RenderOptions(titleEnglish: "Pushing forward"))
    #expect(md.hasPrefix("*各地实践*\n\n# 推动基层党建与科创强区同频共振\n\n**Pushing forward**\n"))
    #expect(md.contains("宝山区坚持“**三会一课**³”制度。"))
    #expect(
      md.contains(
        "## Key terms\n\n| No. | Term | Pinyin | English | Note |\n| --- | --- | --- | --- | --- |\n| 1 | 党建 | dǎngjiàn | Party building |"
      ))
    #expect(md.contains("| 6 | 四个一 |  |  | unresolved |"))
    #expect(md.contains("## Vocabulary"))
    #expect(md.contains("CC BY-SA 4.0"))
  }

  @Test func markdownSpecialCharactersAreEscaped() {
    #expect(
      MarkdownEscape.text("a|b *c* [d](e) <x>\nf") == "a\\|b \\*c\\* \\[d\\]\\(e\\) \\<x\\> f")
    #expect(MarkdownEscape.superscript(120) == "¹²⁰")
  }
}
