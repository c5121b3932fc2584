import JieduDictionary
import Testing

@Suite struct CedictParserTests {
  private func parse(_ text: String) -> (entries: [CedictEntry], problems: [String]) {
    CedictParser.parse(Array(text.utf8))
  }

  /// A field that is not UTF-8 makes its line a problem (nothing repaired into U+FFFD); a real
  /// U+FFFD in the file is kept as it is.
  @Test(
    arguments: [
      ([0xE4, 0xB8], "a headword cut short"), ([0xFF], "a byte no UTF-8 has"),
      ([0xC3, 0x28], "a lead byte without its continuation"),
      ([0xED, 0xA0, 0x80], "a surrogate"), ([0xF0, 0x90, 0x80], "a four-byte sequence cut short"),
    ] as [([UInt8], String)])
  func invalidUTF8IsAProblem(_ broken: [UInt8], _ what: String) {
    let good = Array("好 好 [hao3] /good/\n".utf8)
    let inSense = Array("坏 坏 [huai4] /bad".utf8) + broken + Array("/\n".utf8)
    let inHeadword = Array("坏".utf8) + broken + Array(" 坏 [huai4] /bad/\n".utf8)
    for line in [inSense, inHeadword] {
      let (entries, problems) = CedictParser.parse(good + line)
      #expect(entries.map(\.simplified) == ["好"], "\(what)")
      #expect(
        problems.count == 1 && problems[0].contains("not valid UTF-8"), "\(what): \(problems)")
    }
    let (kept, none) = CedictParser.parse(Array("坏 坏 [huai4] /bad \u{FFFD} sign/\n".utf8))
    #expect(none.isEmpty)
    #expect(kept.first?.senses == ["bad \u{FFFD} sign"])
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
