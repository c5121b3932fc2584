import Foundation
import JieduCore
import Testing

@testable import JieduDictionary

/// Pinyin already written one syllable per chunk is given back as it is; that must be what
/// splitting it syllable by syllable gives, for CC-CEDICT's own pinyin and for odd spellings.
@Suite struct PinyinNormalisingTests {
  @Test(arguments: [
    "zhong1 guo2", "Ping2guo3 shou3ji1", "nu:3ren2", "san1 C", "shi1-sheng1", "a'b1", "xx",
    "1a", "11", "a1b", " a1", "a1 ", "a1  b2", "a1\tb2", "", " ", "5", "san1 5", "r5", "M",
    "lu:e4", "a1 \u{301}b", "ü1 lü4", "a1 \u{3000}b", "e\u{0301}1", "1\u{0301}", "A A", "zhong1\r",
  ])
  func theQuickAnswerIsTheSplitOne(pinyin: String) {
    #expect(CedictParser.normalisePinyin(pinyin) == CedictParser.splitSyllables(pinyin))
  }

  /// Every pinyin field of the real CC-CEDICT (skipped when the data has not been fetched).
  @Test func cedictPinyinAgrees() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("data").appendingPathComponent(DataLocation.cedictFile)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    var checked = 0
    var quick = 0
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"),
        open < close
      else { continue }
      let pinyin = String(line[line.index(after: open)..<close])
      #expect(
        CedictParser.normalisePinyin(pinyin) == CedictParser.splitSyllables(pinyin), "\(pinyin)")
      if CedictParser.isSpacedSyllables(pinyin) { quick += 1 }
      checked += 1
    }
    #expect(checked > 100_000)
    #expect(quick > checked / 2)
  }
}
