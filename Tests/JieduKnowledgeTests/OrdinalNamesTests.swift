import Testing

@testable import JieduKnowledge

/// Names built from ordinals, found by rule: congresses, plenums, sessions, plans, anniversaries.
@Suite struct OrdinalNamesTests {
  static func names(_ text: String) -> [(String, String)] {
    let scalars = Array(text.unicodeScalars)
    return OrdinalNames.find(in: scalars).map { match in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[match.start..<match.end])
      return (String(view), match.en)
    }
  }

  @Test(arguments: [
    ("学习贯彻十九大精神", "十九大", "the 19th CPC National Congress"),
    ("党的二十大报告", "党的二十大", "the 20th CPC National Congress"),
    ("中共十五大以来", "中共十五大", "the 15th CPC National Congress"),
    ("党的一大会址", "党的一大", "the 1st CPC National Congress"),
    (
      "十九届四中全会通过的决定", "十九届四中全会",
      "the Fourth Plenary Session of the 19th CPC Central Committee"
    ),
    (
      "党的十一届三中全会以来", "党的十一届三中全会",
      "the Third Plenary Session of the 11th CPC Central Committee"
    ),
    (
      "省委十四届九次全会召开", "省委十四届九次全会",
      "the Ninth Plenary Session of the 14th Provincial Party Committee"
    ),
    (
      "十四届全国人大二次会议开幕", "十四届全国人大二次会议",
      "the Second Session of the 14th National People's Congress"
    ),
    ("编制十四五规划", "十四五", "the 14th Five-Year Plan (2021–2025)"),
    ("“十五五”时期", "十五五", "the 15th Five-Year Plan (2026–2030)"),
    ("第十一个五年规划纲要", "第十一个五年规划", "the 11th Five-Year Plan (2006–2010)"),
    ("庆祝建党百年", "建党百年", "the centenary of the founding of the CPC"),
    (
      "建国七十周年", "建国七十周年",
      "the 70th anniversary of the founding of the People's Republic of China"
    ),
    (
      "新中国成立70周年", "新中国成立70周年",
      "the 70th anniversary of the founding of the People's Republic of China"
    ),
    ("纪念改革开放四十周年", "改革开放四十周年", "the 40th anniversary of reform and opening up"),
    ("建厂30周年", "30周年", "the 30th anniversary"),
    ("二十一周年", "二十一周年", "the 21st anniversary"),
  ])
  func namesAreFoundAndRendered(text: String, name: String, en: String) {
    let found = Self.names(text)
    #expect(found.count == 1)
    #expect(found.first?.0 == name)
    #expect(found.first?.1 == en)
  }

  @Test(arguments: ["三大任务", "十大新闻评选", "十五年来", "五大战略", "十二大类商品", "百年未有之大变局", "十四五个"])
  func countsAndQuantitiesAreNoNames(text: String) {
    #expect(Self.names(text).isEmpty, "\(Self.names(text))")
  }

  @Test func ordinalsAndYears() {
    #expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(OrdinalNames.ordinal) == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
      ])
    #expect(OrdinalNames.planYears(1)! == (1953, 1957))
    #expect(OrdinalNames.planYears(3)! == (1966, 1970))
    #expect(OrdinalNames.planYears(14)! == (2021, 2025))
  }

  @Test func coverageMarksTheNames() {
    let text = Array("十九大和十四五".unicodeScalars)
    #expect(OrdinalNames.coverage(in: text) == [true, true, true, false, true, true, true])
  }

  /// The numeral test is a switch; it must say what the digit table (and 十, 百) says.
  @Test func theNumeralSwitchAgreesWithTheDigitTable() {
    for value in UInt32(0x3000)...0x9FFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let listed = OrdinalNames.digits[scalar] != nil || scalar == "十" || scalar == "百"
      #expect(OrdinalNames.isNumeral(scalar) == listed, "\(scalar)")
    }
  }
}
