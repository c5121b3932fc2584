import JieduDictionary
import Testing

@Suite struct CedictParserTests {
  private func parse(_ text: String) -> (entries: [CedictEntry], problems: [String]) {
    CedictParser.parse(Array(text.utf8))
  }

  @Test func parsesVersion1LinesWithCRLF() {
    let text =
      "# CC-CEDICT\r\n#! version=1\r\n重點 重点 [zhong4 dian3] /important point/main point/CL:個|个[ge4]/\r\n"
    let (entries, problems) = parse(text)
    #expect(problems.isEmpty)
    #expect(
      entries == [
        CedictEntry(
          traditional: "重點", simplified: "重点", pinyinNumbered: "zhong4 dian3",
          senses: ["important point", "main point", "CL:個|个[ge4]"])
      ])
  }

  @Test func parsesVersion2DoubleBracketsAndJoinedSyllables() {
    let text =
      "二次方程 二次方程 [[er4ci4 fang1cheng2]] /(math.) quadratic equation/\n師生 师生 [[shi1-sheng1]] /teachers and students/\n"
    let (entries, problems) = parse(text)
    #expect(problems.isEmpty)
    #expect(entries.map(\.pinyinNumbered) == ["er4 ci4 fang1 cheng2", "shi1 sheng1"])
    #expect(entries.first?.senses == ["(math.) quadratic equation"])
  }

  @Test func keepsUmlautProperNounsAndTaiwanPronunciations() {
    let text =
      "女人 女人 [nu:3 ren2] /woman/\n北京 北京 [Bei3 jing1] /Beijing/\n行 行 [xing2] /to walk/Taiwan pr. [xing4] for the behavior-conduct sense/\n"
    let (entries, problems) = parse(text)
    #expect(problems.isEmpty)
    #expect(entries.count == 3)
    #expect(entries[0].pinyinNumbered == "nu:3 ren2")
    #expect(entries[1].isProperNoun)
    #expect(!entries[0].isProperNoun)
    #expect(entries[2].senses.count == 2)
  }

  @Test func reportsBadLinesAndKeepsGoing() {
    let text = "好 好 hao3 /good/\n好 好 [hao3 /good/\n好 好 [hao3]\n人 人 [ren2] /person/\n"
    let (entries, problems) = parse(text)
    #expect(entries.map(\.simplified) == ["人"])
    #expect(problems.count == 3)
    #expect(problems.first?.hasPrefix("line 1:") == true)
  }

  @Test func skipsCommentsAndBlankLinesOfTheExtendedSyntax() {
    let text = "\n# comment\n   \n#! entries=1\n人 人 [ren2] /person/\n"
    #expect(parse(text).entries.count == 1)
    #expect(parse(text).problems.isEmpty)
  }

  @Test func normalisesVersion2Pinyin() {
    #expect(CedictParser.normalisePinyin("Ping2guo3 shou3ji1") == "Ping2 guo3 shou3 ji1")
    #expect(CedictParser.normalisePinyin("nu:3ren2") == "nu:3 ren2")
    #expect(CedictParser.normalisePinyin("san1 C") == "san1 C")
  }
}
