import Testing

@testable import JieduCore

/// `BlockStructure.isDateLine`, counted in one pass, against the rule as first written: the line
/// without brackets and spaces is 4 to 16 scalars of digits and date units, with a digit and 年 or 月.
@Suite("Date lines")
struct DateLineTests {
  /// The rule as first written (a filtered copy, then four passes over it).
  private static func reference(_ s: [Unicode.Scalar]) -> Bool {
    let body = s.filter { !BlockStructure.dateBrackets.contains($0) }
    guard body.count >= 4, body.count <= 16, body.contains("年") || body.contains("月") else {
      return false
    }
    return body.allSatisfy {
      BlockStructure.dateDigits.contains($0) || BlockStructure.dateUnits.contains($0)
    } && body.contains(where: { BlockStructure.dateDigits.contains($0) })
  }

  static let lines = [
    "2024年3月5日", "（2024年3月5日）", "二〇二四年三月五日", "【2024年3月】", "3月5日", "5日", "2024-03-05",
    "年月日号", "2024年3月5日 星期二", "2024年3月5日电", "１２月", "十二月", "12月12月12月12月12", "12月12月12月12月1",
    "(2024 年 3 月 5 日)", "", "年", "2024", "2024/03/05年", "一年又一年", "　2024年　",
  ]

  @Test(arguments: lines)
  func matchesTheRuleAsFirstWritten(_ line: String) {
    let scalars = Array(line.unicodeScalars)
    #expect(BlockStructure.isDateLine(scalars) == DateLineTests.reference(scalars), "\(line)")
  }

  @Test func aDateIsADateLineAndADatelineWithTextIsNot() {
    #expect(BlockStructure.isDateLine(Array("（2024年3月5日）".unicodeScalars)))
    #expect(!BlockStructure.isDateLine(Array("2024年3月5日电".unicodeScalars)))
    #expect(!BlockStructure.isDateLine(Array("年月日号".unicodeScalars)))
  }
}
