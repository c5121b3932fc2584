import JieduDictionary
import Testing

@Suite struct SenseCleanerTests {
  @Test func marginalSensesSinkAndClassifiersSplit() {
    let entry = CedictEntry(
      traditional: "張", simplified: "张", pinyinNumbered: "zhang1",
      senses: [
        "surname Zhang", "variant of 章[zhang1]", "(archaic) a bow", "to open up",
        "CL:個|个[ge4],位[wei4]",
        "sheet of paper",
      ])
    let cleaned = SenseCleaner.clean([entry])
    #expect(
      cleaned.glosses == [
        "to open up", "sheet of paper", "(archaic) a bow", "surname Zhang", "variant of 章[zhang1]",
      ])
    #expect(cleaned.classifiers == ["个[ge4]", "位[wei4]"])
  }

  @Test func limitKeepsTheBestGlosses() {
    let entry = CedictEntry(
      traditional: "a", simplified: "a", pinyinNumbered: "a1",
      senses: ["old variant of b", "x", "y"])
    #expect(SenseCleaner.clean([entry], limit: 2).glosses == ["x", "y"])
  }

  @Test(arguments: [
    ("variant of 着[zhe5]", 3), ("old variant of 乐[le4]", 3), ("surname Li", 2),
    ("(archaic) to tie", 1),
    ("bank", 0), ("see 重点[zhong4 dian3]", 3),
  ])
  func ranks(sense: String, rank: Int) {
    #expect(SenseCleaner.rank(of: sense) == rank)
  }
}
