import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct HandoutExerciseTests {
  private static func options(readings: [Character: [String]] = [:], common: Set<Character> = [])
    -> RenderOptions
  {
    var options = RenderOptions()
    options.exercises = true
    options.characterReadings = { character in
      CharacterReadings(readings: readings[character] ?? [], isCommon: common.contains(character))
    }
    return options
  }

  private static func exercises(_ document: Document, _ options: RenderOptions)
    -> HandoutExercises
  {
    HandoutExercises(HandoutModel(document, options: options))
  }

  @Test func eachKeyTermGetsAClozeOfItsSentenceWithItsRenderingAsTheHint() {
    let exercises = Self.exercises(SampleDocument.make(), Self.options())
    #expect(exercises.clozes.map(\.answer) == ["党建", "科创"])
    // 党建 is first in the title, but the cloze is made from the body.
    let first = exercises.clozes[0]
    #expect(first.before == "全区推进“两个覆盖”，加强")
    #expect(first.blank == "\u{3000}\u{3000}")
    #expect(first.after == "工作。")
    #expect(first.hint == "Party building")
    #expect(first.answerPinyin == "dǎngjiàn")
  }

  @Test func aClozeBlanksEveryAppearanceOfItsTermAndCutsALongSentence() {
    var b = SampleDocumentBuilder()
    let long = String(repeating: "长", count: 30)
    b.block(.paragraph, "\(long) 党建 和 党建 \(long) 。")
    b.annotate("term", "党建", in: 0, stage: "glossary") { $0.rendering = "Party building" }
    let cloze = try! #require(Self.exercises(b.document(), Self.options()).clozes.first)
    #expect(cloze.before.hasPrefix("…") && cloze.before.count == 17)
    #expect(cloze.after.hasSuffix("…"))
    #expect(!cloze.after.contains("党建") && cloze.after.hasPrefix("和\u{3000}\u{3000}"))
  }

  @Test func formulasAreMatchedToShuffledItemListsAndNoListStaysBesideItsFormula() {
    let exercises = Self.exercises(SampleDocument.make(), Self.options())
    // 四个一 is unresolved: it has no items to match.
    #expect(exercises.formulas.map(\.formula) == ["三会一课", "两个覆盖"])
    #expect(exercises.formulas.map(\.letter) == ["B", "A"])
    #expect(exercises.itemLists == [["组织覆盖", "工作覆盖"], ["支部党员大会", "支部委员会", "党小组会", "党课"]])
  }

  @Test(arguments: [2, 3, 5, 8, 13, 40])
  func theShuffleIsFixedByItsSeedAndLeavesNothingInPlace(_ count: Int) {
    let order = HandoutExercises.shuffledOrder(count, seed: "三会一课两个覆盖")
    #expect(order == HandoutExercises.shuffledOrder(count, seed: "三会一课两个覆盖"))
    #expect(order.sorted() == Array(0..<count))
    #expect(order.indices.allSatisfy { order[$0] != $0 })
  }

  @Test func polyphonesAreAskedAsTheArticleReadsThemTwoWayCharactersFirst() {
    var b = SampleDocumentBuilder()
    b.lexicon = [
      "重要": ("zhòng yào", ["important"]), "银行": ("yín háng", ["bank"]),
      "行动": ("xíng dòng", ["action"]), "行": ("xíng", ["OK"]), "进行": ("jìn xíng", ["to carry out"]),
      "长城": ("Cháng chéng", ["Great Wall"]), "好": ("hǎo", ["good"]),
      "中心": ("zhōng xīn", ["centre"]),
    ]
    b.block(.paragraph, "重要 银行 行动 进行 行 长城 好 中心 。")
    let readings: [Character: [String]] = [
      "重": ["zhòng", "chóng"], "行": ["xíng", "háng"], "长": ["cháng", "zhǎng"], "好": ["hǎo", "hào"],
      "中": ["zhōng", "zhòng"], "量": ["liáng", "liàng"],
    ]
    let items = Self.exercises(b.document(), Self.options(readings: readings, common: ["重", "量"]))
      .polyphones
    // 行 is read two ways; 重 is a common polyphone; 中 is not; 长城 is a name; 好 stands alone;
    // 力量's liang is the neutral tone of liáng/liàng, not a reading of its own.
    #expect(items.map(\.word) == ["银行", "行动", "重要"])
    #expect(items.map(\.answer) == ["háng", "xíng", "zhòng"])
    #expect(items[0].character == "行" && items[0].others == ["xíng"])
  }

  @Test func theHTMLPutsTheAnswerKeyOnAPageOfItsOwn() throws {
    let html = try Rendered.text(SampleDocument.make(), .html, Self.options())
    #expect(html.contains("<section class=\"exercises\" id=\"exercises\">"))
    #expect(html.contains("<section class=\"answers\" id=\"answer-key\">"))
    #expect(html.contains(".exercises, .answers { break-before: page; }"))
    #expect(html.contains("<li>全区推进“两个覆盖”，加强<span class=\"blank\">\u{3000}\u{3000}</span>工作。"))
    #expect(html.contains("(Party building)"))
    let key = try #require(html.components(separatedBy: "id=\"answer-key\"").last)
    #expect(
      key.contains("<span class=\"cn\" lang=\"zh-Hans\">三会一课</span> <span class=\"lt\">B</span>"))
    // The hostile rendering of 科创 is escaped in the hint too.
    #expect(!html.contains("<img"))
  }

  @Test func exercisesAreOffByDefault() throws {
    let html = try Rendered.text(.html)
    #expect(!html.contains("id=\"exercises\"") && !html.contains("id=\"answer-key\""))
    #expect(!(try Rendered.text(.md)).contains("## Exercises"))
  }

  @Test func theMarkdownHasTheExercisesAndAnAnswerKeyAfterAPageBreak() throws {
    let md = try Rendered.text(SampleDocument.make(), .md, Self.options())
    #expect(md.contains("## Exercises"))
    #expect(md.contains("1. 全区推进“两个覆盖”，加强＿＿工作。 *(Party building)*"))
    #expect(md.contains("- **A** 组织覆盖；工作覆盖"))
    let key = try #require(md.components(separatedBy: "## Answer key").last)
    #expect(md.contains("<div style=\"break-before: page\"></div>\n\n---\n\n## Answer key"))
    #expect(key.contains("1. 三会一课 — B"))
    #expect(key.contains("1. 党建 dǎngjiàn"))
  }
}
