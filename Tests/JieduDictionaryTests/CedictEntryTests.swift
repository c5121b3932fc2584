import JieduDictionary
import Testing

/// `CedictEntry`'s allocation-free helpers agree with the plain ways of asking the same.
@Suite struct CedictEntryTests {
  private static func entry(_ pinyin: String) -> CedictEntry {
    CedictEntry(traditional: "字", simplified: "字", pinyinNumbered: pinyin, senses: ["x"])
  }

  @Test(arguments: ["zhong4 dian3", "ge4", "", "  shi4  ", "A A zhi4", "lu:4 se4", "nü3 ren2"])
  func syllableCountIsTheSyllablesCount(_ pinyin: String) {
    let entry = CedictEntryTests.entry(pinyin)
    #expect(entry.syllableCount == entry.syllables.count)
  }

  static let readings: [(String, String)] = [
    ("Zhong1 guo2", "zhong1 guo2"), ("zhong1 guo2", "zhong1 guo2"), ("Zhong1 guo2", "zhong1 guo1"),
    ("ge4", "ge"), ("ge4", "ge4 ren2"), ("Nü3", "nü3"), ("NÜ3", "nü3"), ("lu:4", "lü4"), ("", ""),
  ]

  @Test(arguments: readings)
  func readsAsIsLowercasedEquality(_ pinyin: String, _ spoken: String) {
    let entry = CedictEntryTests.entry(pinyin)
    #expect(entry.readsAs(lowercased: spoken) == (pinyin.lowercased() == spoken))
  }
}
