import Foundation
import JieduCore
import JieduDictionary
import Testing

/// A task's `SyllableCache` must change how fast `PinyinReader` reads, never what it reads: the
/// same syllables with one cache carried over every line (each line read twice, the second time
/// from the cache) as with none.
@Suite("Reading through a task's syllable cache")
struct SyllableCacheTests {
  /// Lines whose characters read differently by context (了, 着, 地, 都, 行, 为), beside the seed's.
  static let contextual = [
    "他看不了这么多。他走了。", "我们都会去。这是一座国际大都会。", "认真地学习。地上有水。他高高兴兴地走了。",
    "银行在前面。他行走在路上。", "为人民服务。他被评为先进。", "看着我。他着急了。睡着了。",
  ]

  @Test func theCacheChangesNoSyllable() throws {
    let dictionary = try #require(GlossTestData.dictionary, "make data first")
    let reader = PinyinReader(dictionary: dictionary)
    let seed = try String(contentsOf: GlossTestData.seed, encoding: .utf8)
    let lines =
      Self.contextual
      + seed.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    var cache = SyllableCache()
    for pass in 0..<2 {
      for line in lines {
        let scalars = Array(line.unicodeScalars)
        let plain = reader.numberedSyllables(for: scalars)
        let cached = reader.numberedSyllables(for: scalars, cache: &cache)
        #expect(cached == plain, "pass \(pass): \(line)")
      }
    }
  }

  @Test func packedWordsTellLengthAndOrderApart() {
    let scalars = Array("一一一一一一二一".unicodeScalars)
    let one = PackedWord(scalars, 0..<1)
    let two = PackedWord(scalars, 0..<2)
    let five = PackedWord(scalars, 0..<5)
    #expect(one != nil && two != nil && five != nil)
    #expect(one != two && two != five)
    #expect(PackedWord(scalars, 0..<2) == PackedWord(scalars, 1..<3))
    #expect(PackedWord(scalars, 5..<7) != PackedWord(scalars, 6..<8))  // 一二 and 二一
    #expect(PackedWord(scalars, 0..<6) == nil)
    #expect(PackedWord(scalars, 3..<3) == nil)
  }
}
