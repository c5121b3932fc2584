import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct HandoutHTMLTests {
  @Test func isOneSelfContainedFile() throws {
    let html = try Rendered.text(.html)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>"))
    for remote in [
      "<script src", "<link", "<img", "<iframe", "<object", "@import", "url(", "@font-face",
    ] {
      #expect(!html.lowercased().contains(remote.lowercased()), "found \(remote)")
    }
    #expect(html.range(of: #"<[^>]*\ssrc\s*="#, options: .regularExpression) == nil)
    #expect(html.contains("@page { size: A4"))
    #expect(html.contains("<script>"), "the interactive page's inline script")
  }

  @Test func headerHasTitleEnglishTitleBylineAndSource() throws {
    let options = RenderOptions(titleEnglish: "Party building & innovation")
    let html = try Rendered.text(SampleDocument.make(), .html, options)
    let header = try #require(
      html.components(separatedBy: "<header>").last?.components(separatedBy: "</header>").first)
    #expect(header.contains(" data-s=\"tuī dòng\">推动<rt>tuīdòng</rt></ruby>"))
    #expect(
      header.contains("<p class=\"title-en\" lang=\"en\">Party building &amp; innovation</p>"))
    #expect(header.contains("■上海市宝山区委常委 徐静"))
    #expect(header.contains("各地实践"))
    #expect(header.contains("Source: sample.txt"))
  }

  @Test func withoutAnEnglishTitleTheTitleIsGlossedWordByWord() throws {
    let html = try Rendered.text(.html)
    #expect(!html.contains("class=\"title-en\""))
    #expect(
      html.contains(
        "<p class=\"title-gloss\" lang=\"en\">to push<span class=\"sep\"> · </span>basic level"))
  }

  @Test func textHasRubyOverEachWord() throws {
    let html = try Rendered.text(.html)
    #expect(
      html.contains(
        ">宝山区<rt>Bǎoshānqū</rt></ruby><ruby data-g=\"to persevere with\" data-s=\"jiān chí\">坚持<rt>jiānchí</rt></ruby>"
      )
    )
    // Punctuation and words without pinyin stay plain.
    #expect(html.contains(" data-s=\"qī shí èr\">七十二<rt>qīshí&#39;èr</rt></ruby>年。"))
  }

  @Test(arguments: [PinyinOver.all, .unknown, .none])
  func pinyinSwitchStartsAtTheChosenSetting(_ setting: PinyinOver) throws {
    let options = RenderOptions(pinyinOver: setting, knownWords: ["坚持", "党"])
    let html = try Rendered.text(SampleDocument.make(), .html, options)
    for other in PinyinOver.allCases {
      let checked = html.contains("id=\"py-\(other.rawValue)\" class=\"py\" checked>")
      #expect(checked == (other == setting))
    }
    #expect(
      html.contains(
        "<ruby class=\"k\" data-g=\"to persevere with\" data-s=\"jiān chí\">坚持<rt>jiānchí</rt></ruby>"
      ))
    #expect(html.contains("<ruby data-g=\"Baoshan district\" data-s=\"Bǎo shān qū\">宝山区<rt>"))
  }

  @Test func termsAndFormulasAreHighlightedWithNumberedNotes() throws {
    let html = try Rendered.text(.html)
    // Numbered in order of first appearance: 党建 1, 科创 2 (title), 三会一课 3, 两个覆盖 4, 宝山区 5, 四个一 6.
    #expect(html.contains("<mark class=\"formula\">“</mark>") == false)
    #expect(
      html.contains(
        "<mark class=\"formula\"><ruby data-s=\"sān huì yī kè\">三会一课<rt>sānhuìyīkè</rt></ruby></mark><sup class=\"nr\"><a href=\"#note-3\">3</a></sup>"
      ))
    // A formula over two tokens is one mark.
    #expect(
      html.contains(
        "<mark class=\"formula\"><ruby data-g=\"two\" data-s=\"liǎng gè\">两个<rt>liǎnggè</rt></ruby><ruby data-g=\"to cover\" data-s=\"fù gài\">覆盖<rt>fùgài</rt></ruby></mark>"
      ))
    #expect(
      html.contains(
        "<mark class=\"term\"><ruby data-g=\"party building\" data-s=\"dǎng jiàn\">党建<rt>dǎngjiàn</rt></ruby></mark><sup class=\"nr\"><a href=\"#note-1\">1</a></sup>"
      ))
    #expect(
      html.contains(
        "<mark class=\"other\"><ruby data-g=\"Baoshan district\" data-s=\"Bǎo shān qū\">宝山区<rt>Bǎoshānqū</rt></ruby></mark><sup class=\"nr\"><a href=\"#note-5\">5</a></sup>"
      ))
    #expect(html.contains("<p class=\"te\" id=\"note-1\""))
    #expect(html.contains("<tr id=\"note-4\">"))
    #expect(html.contains("<li id=\"note-5\" value=\"5\">"))
  }

  @Test func keyTermsTableListsTermsInOrderOfFirstAppearance() throws {
    let html = try Rendered.text(.html)
    let table = try #require(
      html.components(separatedBy: "id=\"key-terms\"").last?.components(separatedBy: "</section>")
        .first)
    let first = try #require(table.range(of: ">党建<"))
    let second = try #require(table.range(of: ">科创<"))
    #expect(first.lowerBound < second.lowerBound)
    #expect(
      table.contains(
        "<span class=\"tag\">party</span> <span class=\"small\">Strengthening the Party&#39;s own organisation and work.</span>"
      ))
    #expect(table.contains("<span class=\"py\">dǎngjiàn</span> <b>Party building</b>"))
  }

  @Test func formulasTableSaysWhereEachFormulaIsDefined() throws {
    let html = try Rendered.text(.html)
    let table = try #require(
      html.components(separatedBy: "id=\"formulas\"").last?.components(separatedBy: "</table>")
        .first)
    #expect(table.contains("<li>支部党员大会</li><li>支部委员会</li><li>党小组会</li><li>党课</li>"))
    #expect(
      table.contains(
        "<li>组织覆盖</li><li>工作覆盖<div class=\"item-en\" lang=\"en\">to work · to cover</div></li>"))
    #expect(table.contains("no — from the glossary"))
    #expect(table.contains("<span class=\"yes\">yes — defined in the article</span>"))
    #expect(table.contains("<tr id=\"note-6\" class=\"unresolved\">"))
    #expect(
      table.contains(
        "Unresolved formulas — neither in the glossary nor spelled out in the article: <span class=\"unresolved-word\" lang=\"zh-Hans\">四个一</span>"
      ))
  }

  @Test func secondColumnHasTheTranslationOrTheWordByWordGloss() throws {
    let html = try Rendered.text(.html)
    #expect(
      html.contains(
        "\">Baoshan District upholds the “three meetings and one lesson” system.</span>"
      ))
    // The word-by-word gloss stays as the translation's hover text.
    #expect(html.contains("<span class=\"tr\" title=\"word by word: "))
    // Without a translation: glosses, with formulas and terms taking their rendering.
    #expect(
      html.contains(
        "whole district<span class=\"sep\"> · </span>to promote “<b>two coverages</b>”, to reinforce<span class=\"sep\"> · </span><b>Party building</b><span class=\"sep\"> · </span>to work."
      ))
    // A word without a gloss shows its pinyin.
    #expect(html.contains("<span class=\"nogloss\">sìgèyī</span>"))
  }

  @Test func vocabularyLeavesOutKnownWordsAndCountsTheRest() throws {
    let options = RenderOptions(knownWords: ["坚持"])
    let html = try Rendered.text(SampleDocument.make(), .html, options)
    let table = try #require(
      html.components(separatedBy: "id=\"vocabulary\"").last?.components(separatedBy: "</table>")
        .first)
    #expect(!table.contains(">坚持<"))
    // 党建 is a key term: it has its own table.
    #expect(!table.contains("<td class=\"cn\" lang=\"zh-Hans\">党建<"))
    #expect(
      table.contains(
        "<tr><td class=\"cn\" lang=\"zh-Hans\">基层</td><td class=\"py\">jīcéng</td><td>basic level; grass-roots unit</td><td class=\"lv\">—</td>"
      ))
    #expect(table.contains("<td class=\"sent\" lang=\"zh-Hans\">推动<b>基层</b>党建与科创强区同频共"))
    #expect(!table.contains(">七十二<"))
  }

  @Test func creditsCCCEDICTInTheFooterWhenGlossesAreShown() throws {
    let html = try Rendered.text(.html)
    let footer = try #require(html.components(separatedBy: "<footer>").last)
    #expect(footer.contains("CC-CEDICT"))
    #expect(footer.contains("MDBG"))
    #expect(footer.contains("CC BY-SA 4.0"))
  }

  @Test func aDocumentWithoutTokensOrAnnotationsStillRenders() throws {
    let document = Document(
      source: SourceInfo(name: "bare.txt", encoding: "utf-8", sha256: "", bytes: 3),
      blocks: [Block(id: 0, kind: .paragraph, text: "没有词。<b>")])
    let html = try Rendered.text(document, .html)
    #expect(html.contains("<div class=\"zh\" lang=\"zh-Hans\">没有词。&lt;b&gt;</div>"))
    #expect(!html.contains("id=\"key-terms\""))
    #expect(!html.contains("CC BY-SA"))
  }

  @Test func theTemplateCheckKnowsEveryNameTheContextHas() throws {
    func names(_ value: Any) -> Set<String> {
      if let dictionary = value as? [String: Any] {
        return Set(dictionary.keys).union(dictionary.values.flatMap(names))
      }
      if let array = value as? [Any] { return Set(array.flatMap(names)) }
      return []
    }
    let model = HandoutModel(SampleDocument.make(), options: RenderOptions())
    let unknown = names(HandoutHTML.context(model)).subtracting(TemplateCheck.knownNames)
    #expect(unknown.isEmpty, "names missing from TemplateCheck.knownNames: \(unknown.sorted())")
    let builtIn = try String(contentsOf: HandoutTemplate.builtInURL(), encoding: .utf8)
    #expect(TemplateCheck.warnings(builtIn, file: "handout.mustache").isEmpty)
  }
}
