import JieduCore
import JieduVocabulary
import Testing

@testable import JieduRender

/// The vocabulary chosen by the reader's HSK level, and what it leaves out.
@Suite struct ReaderLevelVocabularyTests {
  /// 机遇 level 6, 发展 level 3, 我们 level 1, 龃龉 in no list, 这种 made of listed words.
  private func document() -> Document {
    var b = SampleDocumentBuilder()
    b.lexicon = [
      "我们": ("wǒ men", ["we"]), "抓住": ("zhuā zhù", ["to grab"]), "机遇": ("jī yù", ["opportunity"]),
      "发展": ("fā zhǎn", ["development"]), "的": ("de", ["of"]), "龃龉": ("jǔ yǔ", ["disagreement"]),
      "这种": ("zhè zhǒng", ["this kind of"]), "三月": ("sān yuè", ["March"]),
      "党建": ("dǎng jiàn", ["party building"]), "林晓": ("Lín Xiǎo", ["Lin Xiao"]),
      "凝聚": ("níng jù", ["to condense"]), "与": ("yǔ", ["and"]), "两个": ("liǎng gè", ["two"]),
      "覆盖": ("fù gài", ["to cover"]),
    ]
    b.block(.paragraph, "我们 抓住 机遇 发展 的 龃龉 。 这种 三月 党建 林晓 凝聚 与 两个 覆盖 。 机遇 凝聚 。")
    let levels = ["我们": 1, "抓住": 4, "机遇": 6, "发展": 3, "的": 1, "凝聚": 7, "与": 4, "覆盖": 5]
    for s in b.blocks[0].sentences.indices {
      for t in b.blocks[0].sentences[s].tokens.indices {
        let text = b.blocks[0].sentences[s].tokens[t].text
        b.setLevel(levels[text], partsLevel: text == "这种" ? 1 : nil, sentence: s, token: t)
      }
    }
    b.annotate("term", "党建", in: 0, stage: "glossary") { $0.rendering = "Party building" }
    b.annotate("abbreviation", "两个覆盖", in: 0, stage: "abbreviations") {
      $0.rendering = "two coverages"
    }
    return b.document()
  }

  private func words(_ level: Int?, known: Set<String> = [], limit: Int = 60) -> [String] {
    var options = RenderOptions(knownWords: known, maxVocabulary: limit)
    options.readerLevel = level
    return VocabularyList.build(document(), options: options).map(\.word)
  }

  @Test(arguments: [
    (4, "机遇", true), (4, "抓住", false), (4, "发展", false), (3, "抓住", true), (3, "发展", false),
    (2, "发展", true), (6, "机遇", false), (6, "凝聚", true),
  ])
  func aWordAboveTheReaderLevelIsListedAndOneAtOrBelowIsNot(level: Int, word: String, listed: Bool)
  {
    #expect(words(level).contains(word) == listed, "\(word) at reader level \(level)")
  }

  @Test func withoutAReaderLevelTheFirstThreeLevelsAreLeftOut() {
    let list = words(nil)
    #expect(list.contains("抓住") && !list.contains("发展") && !list.contains("我们"))
  }

  @Test(arguments: [
    ("的", "a function word"), ("与", "a function word even at level 4"), ("三月", "a date"),
    ("党建", "inside a key term"), ("覆盖", "inside a formula"), ("两个", "inside a formula"),
    ("这种", "made of words at or below the level"), ("林晓", "a name: it goes to the Names table"),
  ])
  func theVocabularyLeavesOut(_ word: String, _ why: String) {
    #expect(!words(1).contains(word), "\(word): \(why)")
  }

  @Test func namesGoToTheirOwnTable() {
    let names = VocabularyList.names(document(), options: RenderOptions())
    #expect(names.map(\.word) == ["林晓"])
    #expect(names.first?.name == "person")
  }

  @Test func knownWordsAreLeftOut() {
    #expect(!words(1, known: ["机遇"]).contains("机遇"))
  }

  @Test func sortedByLevelThenFirstAppearanceWordsWithoutALevelLast() {
    #expect(words(3) == ["抓住", "机遇", "凝聚", "龃龉"])
  }

  @Test func aShortListKeepsTheMostFrequentWords() {
    // 机遇 and 凝聚 occur twice.
    #expect(words(3, limit: 2) == ["机遇", "凝聚"])
  }

  @Test func theTSVHasTheSentenceAndTheLevel() {
    var options = RenderOptions()
    options.readerLevel = 4
    let tsv = VocabularyTSV.render(document(), options: options)
    let row = tsv.split(separator: "\n").first { $0.hasPrefix("机遇\t") }.map(String.init) ?? ""
    let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    #expect(fields.count == 7)
    #expect(fields.last == "HSK 6")
    #expect(fields[4].contains("抓住机遇"))
  }

  @Test(arguments: [
    ("hsk4", 4), ("HSK 4", 4), ("4", 4), ("hsk7-9", 7), ("hsk0", nil), ("abc", nil),
  ])
  func readerLevelNames(_ text: String, _ level: Int?) {
    #expect(ReaderLevelName.parse(text) == level)
  }
}

extension SampleDocumentBuilder {
  /// Sets a token's HSK level fields, as the levels stage does.
  mutating func setLevel(_ level: Int?, partsLevel: Int?, sentence: Int, token: Int) {
    var b = blocks
    b[b.count - 1].sentences[sentence].tokens[token].level = level
    b[b.count - 1].sentences[sentence].tokens[token].partsLevel = partsLevel
    replaceBlocks(b)
  }
}
