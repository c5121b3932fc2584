import JieduDictionary
import Testing

@Suite struct PinyinFormatTests {
  @Test(arguments: [
    ("zhong4 dian3", "zhòng diǎn"),
    ("lu:4", "lǜ"),
    ("nu:e4", "nüè"),
    ("shi5", "shi"),
    ("shi", "shi"),
    ("gou3", "gǒu"),
    ("hui4", "huì"),
    ("liu2", "liú"),
    ("Bei3 jing1", "Běi jīng"),
    ("san1 C", "sān C"),
    ("Zhen1 · Ao4 si1 ting1", "Zhēn · Ào sī tīng"),
    ("r5", "r"),
    ("lv3", "lǚ"),
  ])
  func marksFromNumbers(numbered: String, marked: String) {
    #expect(PinyinFormat.marks(fromNumbered: numbered) == marked)
  }

  @Test(arguments: [
    ("zhong4 dian3", "zhong4 dian3"),
    ("shi", "shi5"),
    ("lu:4", "lü4"),
    ("san1 C", "san1 C"),
  ])
  func numbersFromNumbers(input: String, expected: String) {
    #expect(PinyinFormat.numbers(fromNumbered: input) == expected)
  }

  @Test(arguments: [
    ("zhòng diǎn", "zhong4 dian3"),
    ("lǜ", "lu:4"),
    ("de", "de5"),
    ("xing2", "xing2"),
  ])
  func numberedFromMarks(marked: String, numbered: String) {
    #expect(PinyinFormat.numbered(fromMarks: marked) == numbered)
  }

  @Test func stylesRenderOneSyllable() {
    #expect(PinyinStyle.marks.render("le5") == "le")
    #expect(PinyinStyle.numbers.render("le5") == "le5")
    #expect(PinyinStyle.none.render("zhong4") == "zhong")
  }
}
