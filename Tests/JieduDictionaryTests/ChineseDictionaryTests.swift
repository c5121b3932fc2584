import Foundation
import JieduDictionary
import Testing

@Suite struct ChineseDictionaryTests {
  static let sample = """
    # sample\r
    銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/\r
    行 行 [hang2] /row/line/\r
    行 行 [xing2] /to walk/to go/\r
    重點 重点 [zhong4 dian3] /important point/\r

    """

  private func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-dict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func looksUpBySimplifiedAndTraditional() {
    let dictionary = ChineseDictionary(bytes: Array(Self.sample.utf8))
    #expect(dictionary.entries(for: "银行").map(\.pinyinNumbered) == ["yin2 hang2"])
    #expect(dictionary.entries(for: "銀行").map(\.simplified) == ["银行"])
    #expect(dictionary.entries(for: "行").map(\.pinyinNumbered) == ["hang2", "xing2"])
    #expect(dictionary.entries(for: "没有").isEmpty)
    #expect(dictionary.contains("重点"))
    #expect(!dictionary.contains("重"))
    #expect(dictionary.longestWord == 2)
  }

  @Test func cedictFormatUserDictionaryOverridesBuiltInEntries() throws {
    let cedict = try temporaryFile("cedict.txt", Self.sample)
    let user = try temporaryFile(
      "mine.txt", "行 行 [xing2] /my own sense/\n黨建 党建 [dang3 jian4] /Party building/\n")
    let dictionary = try ChineseDictionary.load(cedict: cedict, extra: [user])
    #expect(dictionary.entries(for: "行").map(\.senses) == [["my own sense"]])
    #expect(dictionary.entries(for: "黨建").map(\.pinyinNumbered) == ["dang3 jian4"])
    #expect(dictionary.entries(for: "银行").count == 1)
  }

  @Test func yamlUserDictionaryOverridesAndLaterFilesWin() throws {
    let cedict = try temporaryFile("cedict.txt", Self.sample)
    let first = try temporaryFile("a.yaml", "科创: kē chuàng\n重点:\n  pinyin: chong2 dian3\n")
    let second = try temporaryFile(
      "b.yaml", "重点:\n  pinyin: zhòng diǎn\n  glosses: [key point]\n  traditional: 重點\n")
    let dictionary = try ChineseDictionary.load(cedict: cedict, extra: [first, second])
    #expect(dictionary.entries(for: "科创").map(\.pinyinNumbered) == ["ke1 chuang4"])
    let key = dictionary.entries(for: "重点")
    #expect(key.map(\.pinyinNumbered) == ["zhong4 dian3"])
    #expect(key.first?.senses == ["key point"])
  }

  @Test func badUserDictionaryGivesOneLineError() throws {
    let cedict = try temporaryFile("cedict.txt", Self.sample)
    let bad = try temporaryFile("bad.yaml", "重点:\n  glosses: [x]\n")
    #expect(throws: (any Error).self) { try ChineseDictionary.load(cedict: cedict, extra: [bad]) }
    let missing = cedict.deletingLastPathComponent().appendingPathComponent("nope.txt")
    #expect(throws: (any Error).self) { try ChineseDictionary.load(cedict: missing) }
  }
}
