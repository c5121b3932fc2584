import Foundation
import JieduDictionary
import Testing

@Suite struct DictionaryCacheTests {
  static let cedict = "銀行 银行 [yin2 hang2] /bank/\n行 行 [hang2] /row/\n行 行 [xing2] /to walk/\n"
  static let jieba = "银行 100 n\n行 500 v\n"

  private func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Self.cedict.write(
      to: dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt"), atomically: true,
      encoding: .utf8)
    try Self.jieba.write(
      to: dir.appendingPathComponent("jieba-dict.txt"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func secondLoadComesFromTheCacheAndAgrees() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    let first = try ChineseDictionary.load(cedict: cedict)
    let cache = dir.appendingPathComponent("cache/dictionary/index.cache")
    #expect(FileManager.default.fileExists(atPath: cache.path))
    let second = try ChineseDictionary.load(cedict: cedict)
    for word in ["银行", "銀行", "行", "没有"] {
      #expect(first.entries(for: word) == second.entries(for: word))
    }
    #expect(second.frequencies?.frequency(of: "银行") == 100)
    #expect(second.frequencies?.tag(of: "行") == "v")
    #expect(second.longestWord == first.longestWord)
  }

  @Test func aCorruptCacheIsIgnoredAndRebuilt() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    _ = try ChineseDictionary.load(cedict: cedict)
    let cache = dir.appendingPathComponent("cache/dictionary/index.cache")
    var bytes = [UInt8](try Data(contentsOf: cache))
    bytes = Array(bytes.prefix(bytes.count / 2))
    bytes[30] ^= 0xFF
    try Data(bytes).write(to: cache)
    let reloaded = try ChineseDictionary.load(cedict: cedict)
    #expect(reloaded.entries(for: "行").map(\.pinyinNumbered) == ["hang2", "xing2"])
    #expect(reloaded.frequencies?.frequency(of: "行") == 500)
  }
}
