import Foundation
import JieduCore
import Testing

@testable import JieduDictionary

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

  /// With a valid cache CC-CEDICT is mapped, not read: a file replaced by rename afterwards (as
  /// scripts/fetch-data.sh replaces it) leaves the loaded dictionary reading the lines it indexed.
  @Test func aMappedFileReplacedByRenameKeepsItsLines() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    _ = try ChineseDictionary.load(cedict: cedict)
    let cached = try ChineseDictionary.load(cedict: cedict)
    let replacement = dir.appendingPathComponent("replacement.txt")
    try "X X [x1] /other/\n".write(to: replacement, atomically: false, encoding: .utf8)
    #expect(rename(replacement.path, cedict.path) == 0)
    #expect(cached.entries(for: "行").map(\.pinyinNumbered) == ["hang2", "xing2"])
    #expect(cached.entries(for: "銀行").first?.senses == ["bank"])
  }

  /// The two forms of the text the dictionary parses lines from hold the same bytes; what cannot be
  /// mapped (an empty file, a folder, a missing file) is nil, and the caller reads it instead.
  @Test func mappedAndCopiedTextAgree() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    let mapped = try #require(CedictText(mapping: cedict.path))
    let copied = CedictText(copying: Array(Self.cedict.utf8))
    #expect(Array(mapped.bytes) == Array(copied.bytes))
    let empty = dir.appendingPathComponent("empty.txt")
    FileManager.default.createFile(atPath: empty.path, contents: Data())
    #expect(CedictText(mapping: empty.path) == nil)
    #expect(CedictText(mapping: dir.path) == nil)
    #expect(CedictText(mapping: dir.appendingPathComponent("missing").path) == nil)
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
  /// The cache's verdicts: whole and current is valid, another key is stale (silent), a truncated
  /// or overwritten file is damaged (warned about, rebuilt).
  @Test func damagedAndStaleCachesAreToldApart() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    _ = try ChineseDictionary.load(cedict: cedict)
    let cache = dir.appendingPathComponent("cache/dictionary/index.cache")
    let whole = try Data(contentsOf: cache)
    let key = DictionaryCache.key(
      cedict: cedict, frequencies: dir.appendingPathComponent("jieba-dict.txt"))
    let bytes = Self.cedict.utf8.count
    func verdict(_ data: Data, key: UInt64 = key) throws -> String {
      try data.write(to: cache)
      switch DictionaryCache.verdict(cache, key: key, cedictBytes: bytes) {
      case .valid: return "valid"
      case .stale: return "stale"
      case .damaged(let reason): return "damaged: \(reason)"
      }
    }
    #expect(try verdict(whole) == "valid")
    #expect(try verdict(whole, key: key &+ 1) == "stale")
    #expect(try verdict(whole.prefix(whole.count - 1)) == "damaged: truncated")
    #expect(try verdict(whole.prefix(whole.count / 2)) == "damaged: truncated")
    #expect(try verdict(whole.prefix(4)) == "damaged: truncated")
    #expect(try verdict(Data()) == "damaged: truncated")
    #expect(try verdict(Data("not a cache at all".utf8)) == "damaged: not a dictionary cache")
    var flipped = [UInt8](whole)
    flipped[whole.count / 2] ^= 0x10
    #expect(try verdict(Data(flipped)) == "damaged: checksum mismatch")
    // A rebuilt cache is byte for byte what was written first.
    _ = try ChineseDictionary.load(cedict: cedict)
    #expect(try Data(contentsOf: cache) == whole)
  }

  @Test func aDamagedTraditionalTableIsRebuilt() throws {
    let dir = try folder()
    let cedict = dir.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt")
    let cacheFolder = dir.appendingPathComponent("cache/dictionary")
    let built = TraditionalFolding.cached(cedict: cedict, cache: cacheFolder)
    #expect(built.fold("銀行") == "银行")
    let file = cacheFolder.appendingPathComponent("traditional-folding.txt")
    let whole = try Data(contentsOf: file)
    let key = TraditionalFolding.cacheKey(cedict: cedict)
    guard case .valid(let read) = TraditionalFolding.cacheVerdict(file, key: key) else {
      Issue.record("the cache just written is not valid")
      return
    }
    #expect(read == built)
    // Cut inside the table: before the seal this read as a smaller table, silently.
    try whole.prefix(whole.count - CacheFile.trailerSize - 3).write(to: file)
    guard case .damaged = TraditionalFolding.cacheVerdict(file, key: key) else {
      Issue.record("a truncated table is not reported damaged")
      return
    }
    #expect(TraditionalFolding.cached(cedict: cedict, cache: cacheFolder) == built)
    #expect(try Data(contentsOf: file) == whole)
  }
}
