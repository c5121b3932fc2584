import Foundation
import JieduCore
import JieduSegmenter
import Testing

/// The downloaded data (`make data`), if present: jieba's dictionary, CC-CEDICT and the HMM.
enum RealData {
  /// The repository's data folder, found from this file's path.
  static let directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")

  static var isAvailable: Bool {
    ["jieba-dict.txt", "cedict_1_0_ts_utf-8_mdbg.txt", "jieba-hmm.json"].allSatisfy {
      FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
    }
  }

  /// One segmenter for all tests here; the compiled lexicon is cached in the temporary folder.
  static let segmenter: LexiconSegmenter? = try? LexiconSegmenter(
    configuration: SegmenterConfiguration(
      jiebaDictionary: directory.appendingPathComponent("jieba-dict.txt"),
      cedict: directory.appendingPathComponent("cedict_1_0_ts_utf-8_mdbg.txt"),
      hmm: directory.appendingPathComponent("jieba-hmm.json"),
      cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent(
        "jiedu-segmenter-tests")))
}

/// The same cases over the real lexicon (skipped when the data has not been fetched).
@Suite(.enabled(if: RealData.isAvailable, "needs data/ (make data)"))
struct RealLexiconTests {
  @Test(arguments: [
    ("结婚的和尚未结婚的", ["结婚", "的", "和", "尚未", "结婚", "的"]),
    ("研究生命起源", ["研究", "生命", "起源"]),
    ("乒乓球拍卖完了", ["乒乓球", "拍卖", "完", "了"]),
    ("72年前，宝山打响了第一枪。", ["72年", "前", "，", "宝山", "打响", "了", "第一枪", "。"]),
    ("形成28条68项行动计划", ["形成", "28条", "68", "项", "行动计划"]),
    ("（下转B2版）", ["（", "下", "转", "B2版", "）"]),
  ])
  func realLexicon(text: String, expected: [String]) throws {
    let segmenter = try #require(RealData.segmenter)
    #expect(segmenter.segmentLine(text) == expected)
  }

  @Test func seedTermsStayWholeWhenOffered() throws {
    let base = try #require(RealData.segmenter)
    let text = "推动基层党建与科创强区同频共振，坚持“三会一课”制度"
    let terms = ["三会一课", "同频共振", "科创强区"]
    let segmenter = try base.makeSegmenter(wholeWords: terms)
    let result = words(segmenter, text)
    for term in terms { #expect(result.contains(term)) }
    #expect(!words(base, text).contains("三会一课"))
  }

  @Test func seedArticleIsCoveredLineForLine() throws {
    let segmenter = try #require(RealData.segmenter)
    let seed = RealData.directory.deletingLastPathComponent().appendingPathComponent(
      "seeds/000_cadf6caf5feb9c49.txt")
    let text = try String(contentsOf: seed, encoding: .utf8)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let scalars = Array(line.unicodeScalars)
      #expect(coversExactly(segmenter.segment(scalars[...]), scalars[...]))
    }
  }
}
