import Foundation
import Testing

@testable import JieduSegmenter

/// The compiled lexicon is cached on disk and recompiled when a source changes.
@Suite struct LexiconCacheTests {
  private func cacheFiles(_ directory: URL) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil))
      ?? [])
      .filter { $0.pathExtension == "bin" }
  }

  @Test func changedUserLexiconInvalidatesTheCache() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    let lexicon = try fixtures.write("user.txt", "同频共振\n")
    let first = try fixtures.segmenter(userLexicons: [lexicon], cache: cache)
    #expect(words(first, "科创强区同频共振") == ["科创", "强区", "同频共振"])
    #expect(cacheFiles(cache).count == 1)
    // Same size, same second: only the content differs.
    try fixtures.write("user.txt", "科创强区\n")
    let second = try fixtures.segmenter(userLexicons: [lexicon], cache: cache)
    #expect(words(second, "科创强区同频共振") == ["科创强区", "同频", "共振"])
  }

  @Test func cachedLexiconSegmentsLikeAFreshOne() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    let text = "结婚的和尚未结婚的，研究生命起源；乒乓球拍卖完了２０２１年"
    let fresh = words(try fixtures.segmenter(), text)
    _ = try fixtures.segmenter(cache: cache)
    #expect(cacheFiles(cache).count == 1)
    #expect(words(try fixtures.segmenter(cache: cache), text) == fresh)
  }

  @Test func corruptCacheFileIsRebuilt() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    _ = try fixtures.segmenter(cache: cache)
    let file = try #require(cacheFiles(cache).first)
    let original = try Data(contentsOf: file)
    try Data(original.prefix(original.count / 2)).write(to: file)
    #expect(words(try fixtures.segmenter(cache: cache), "研究生命起源") == ["研究", "生命", "起源"])
    #expect(try Data(contentsOf: file) == original)
  }

  @Test func changedDictionaryInvalidatesTheCache() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    #expect(words(try fixtures.segmenter(cache: cache), "强区") == ["强区"])
    try fixtures.write(
      "dict.txt", SegmenterFixtures.dictionary.replacingOccurrences(of: "强区 10 n", with: "强 10 n"))
    #expect(words(try fixtures.segmenter(cache: cache), "强区") == ["强", "区"])
  }

  /// A cache file damaged in place (same size, header intact) fails its checksum and is rebuilt.
  @Test func damagedCacheFileIsRebuilt() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    _ = try fixtures.segmenter(cache: cache)
    let file = try #require(cacheFiles(cache).first)
    let original = try Data(contentsOf: file)
    var bytes = [UInt8](original)
    let header = 1024
    for index in stride(from: header, to: bytes.count - 64, by: 3) { bytes[index] = 0xFF }
    try Data(bytes).write(to: file)
    let scalars = Array("结婚的和尚未结婚的，研究生命起源；乒乓球拍卖完了２０２１年".unicodeScalars)
    let ranges = try fixtures.segmenter(cache: cache).segment(scalars[...])
    #expect(coversExactly(ranges, scalars[...]))
    #expect(try Data(contentsOf: file) == original)
    #expect(
      words(try fixtures.segmenter(cache: cache), "结婚的和尚未结婚的")
        == words(try fixtures.segmenter(), "结婚的和尚未结婚的"))
  }

  /// One compiled lexicon per set of user lexicons, at most `keptLexicons` of them: the ones used
  /// last stay (a lexicon read again is dated anew), the oldest go.
  @Test func onlyTheLexiconsUsedLastAreKept() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cache = fixtures.directory.appendingPathComponent("cache")
    let kept = LexiconCache.keptLexicons
    var lexicons: [URL] = []
    for n in 0..<(kept + 2) {
      let lexicon = try fixtures.write("user\(n).txt", "同频共振\n")
      lexicons.append(lexicon)
      _ = try fixtures.segmenter(userLexicons: [lexicon], cache: cache)
      #expect(cacheFiles(cache).count == min(n + 1, kept))
      // Each file a day older than the next, so the order does not rest on the clock's resolution.
      for file in cacheFiles(cache) {
        let date = try #require(
          try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        try FileManager.default.setAttributes(
          [.modificationDate: date.addingTimeInterval(-86_400)], ofItemAtPath: file.path)
      }
    }
    let name = { (lexicon: URL) -> String in
      LexiconCache.fileName(
        SegmenterConfiguration(
          jiebaDictionary: fixtures.dictionaryURL, cedict: nil, hmm: nil, userLexicons: [lexicon],
          cacheDirectory: cache))
    }
    let names = Set(cacheFiles(cache).map(\.lastPathComponent))
    #expect(names == Set(lexicons.suffix(kept).map(name)))
    // The oldest kept one is read (and dated anew), then a new set is compiled: the next oldest goes.
    let oldest = lexicons[lexicons.count - kept]
    _ = try fixtures.segmenter(userLexicons: [oldest], cache: cache)
    let newest = try fixtures.write("user-new.txt", "科创强区\n")
    _ = try fixtures.segmenter(userLexicons: [newest], cache: cache)
    let after = Set(cacheFiles(cache).map(\.lastPathComponent))
    #expect(after.count == kept)
    #expect(after.contains(name(oldest)) && after.contains(name(newest)))
    #expect(!after.contains(name(lexicons[lexicons.count - kept + 1])))
  }
}
