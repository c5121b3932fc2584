import Foundation
import JieduCore
import JieduDictionary
import Testing

@testable import AbbreviationsStage

@Suite("Counting the items a formula announces")
struct ChineseNumeralsTests {
  @Test(arguments: [
    ("三会一课", 4), ("两学一做", 3), ("三严三实", 6), ("四个意识", 4), ("两个维护", 2), ("四个一", 4),
    ("五位一体", 5), ("三合一", 3), ("三进入", 3), ("双提升", 2), ("十大工程", 10), ("十四个坚持", 14),
    ("二十条", 20), ("三會一課", 4), ("兩個覆蓋", 2),
  ])
  func expectedCount(term: String, count: Int) {
    let folded = Self.folding.fold(Array(term.unicodeScalars))
    #expect(ChineseNumerals.expectedCount(of: folded) == count)
  }

  /// `isNumeral` is a switch written beside the tables: it must say yes to exactly their keys, over
  /// the whole CJK block and a few neighbours.
  @Test func isNumeralAgreesWithTheTables() {
    let ranges: [ClosedRange<UInt32>] = [
      0x3000...0x303F, 0x4E00...0x9FFF, 0x30...0x7A, 0xFF10...0xFF19,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let expected = ChineseNumerals.digits[scalar] != nil || ChineseNumerals.units[scalar] != nil
        #expect(ChineseNumerals.isNumeral(scalar) == expected, "\(scalar)")
      }
    }
  }

  @Test func termsWithoutNumeralsAnnounceNothing() {
    #expect(ChineseNumerals.expectedCount(of: Array("党建".unicodeScalars)) == nil)
  }

  /// The one folding table, from CC-CEDICT in the data folder.
  static let folding = TraditionalFolding.build(
    cedict: StageHarness.repositoryRoot.appendingPathComponent("data")
      .appendingPathComponent(DataLocation.cedictFile))

  @Test(arguments: [
    ("三", 3), ("十", 10), ("十四", 14), ("二十", 20), ("二十三", 23), ("一百", 100), ("二〇三五", 2035),
  ])
  func values(run: String, value: Int) {
    #expect(ChineseNumerals.value(of: ArraySlice(run.unicodeScalars)) == value)
  }

  /// The folding's flat array for the Basic Multilingual Plane says what its table says, for every
  /// scalar there and every key of the table.
  @Test func foldingByArrayAgreesWithTheTable() {
    let folding = Self.folding
    #expect(folding.table.count > 1000)
    for value in UInt32(0)..<0x10000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(folding.fold(scalar) == (folding.table[scalar] ?? scalar))
    }
    for (from, to) in folding.table { #expect(folding.fold(from) == to) }
    #expect(TraditionalFolding.identity.fold("黨") == "黨")
  }

  @Test func foldingKeepsTheLength() {
    let traditional = "本校黨委堅持以「三會一課」為基本制度"
    let folded = Self.folding.fold(traditional)
    #expect(folded == "本校党委坚持以「三会一课」为基本制度")
    #expect(folded.unicodeScalars.count == traditional.unicodeScalars.count)
  }

  @Test func theFoldingTableMapsOnlyTraditionalToSimplified() {
    #expect(Self.folding.table.count > 1000)
    for (traditional, simplified) in Self.folding.table {
      #expect(traditional != simplified)
      #expect(
        Self.folding.table[simplified] == nil, "\(simplified) is both a target and a source")
    }
    // Characters that are simplified forms themselves are never folded.
    #expect(Self.folding.table["乾"] == nil && Self.folding.table["著"] == nil)
  }
}
