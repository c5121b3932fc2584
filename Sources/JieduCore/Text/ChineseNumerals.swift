/// Chinese numerals, the one set every target uses: the characters numbers are written with (for
/// segmentation, tone sandhi and the vocabulary) and the values that lead and count numeric formulas
/// (三会一课 → 3 + 1, 两个维护 → 2, 四个一 → 4).
///
/// Formula functions work on simplified scalars; fold traditional text first.
package enum ChineseNumerals {
  /// Digit values, including 两 and 双 (2) which lead formulas such as 两学一做 and 双一流.
  package static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
  ]
  /// Unit values.
  package static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000]

  /// Characters numbers are written with: digits, 〇 ○ 零, 十 百 千 万 亿, 两 and the financial forms.
  package static let numberCharacters = ScalarSet(
    "〇○零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars)

  /// Whether a scalar value is a character numbers are written with (`numberCharacters`).
  @inline(__always)
  package static func isNumberCharacter(_ value: UInt32) -> Bool {
    numberCharacters.contains(value)
  }

  /// Whether the scalar is a Chinese numeral (digit or unit).
  /// (A switch over the keys of `digits` and `units`, checked against them by a test: the
  /// abbreviations stage asks this of every character of every article.)
  package static func isNumeral(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "〇", "零", "一", "二", "两", "双", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万":
      return true
    default: return false
    }
  }

  /// Whether the scalar can start a numeric formula (not 〇 or 零).
  package static func isLeading(_ s: Unicode.Scalar) -> Bool {
    isNumeral(s) && s != "〇" && s != "零"
  }

  /// Whether the scalar is an ASCII or full-width digit.
  package static func isArabicDigit(_ s: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
  }

  /// The value of one run of numerals (三 → 3, 十四 → 14, 二十 → 20, 二〇三五 → 2035).
  package static func value(of run: ArraySlice<Unicode.Scalar>) -> Int {
    if run.count > 1, run.allSatisfy({ digits[$0] != nil }) {
      return run.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
    }
    var total = 0
    var section = 0
    var number = 0
    for s in run {
      if let d = digits[s] {
        number = d
      } else if s == "万" {
        total += (section + number == 0 ? 1 : section + number) * 10_000
        section = 0
        number = 0
      } else if let u = units[s] {
        section += (number == 0 ? 1 : number) * u
        number = 0
      }
    }
    return total + section + number
  }

  /// The runs of numerals in a term, with their values.
  package static func runs(in term: [Unicode.Scalar]) -> [(range: Range<Int>, value: Int)] {
    var result: [(Range<Int>, Int)] = []
    var i = 0
    while i < term.count {
      guard isNumeral(term[i]) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < term.count, isNumeral(term[j]) { j += 1 }
      result.append((i..<j, value(of: term[i..<j])))
      i = j
    }
    return result
  }

  /// How many items a formula's numerals announce, or nil when the term has no numeral.
  ///
  /// The numerals add up (三会一课 → 4, 三严三实 → 6); 四个一 counts its first numeral (4); a
  /// closing 一体 or 合一 does not count (五位一体 → 5, 三合一 → 3).
  package static func expectedCount(of term: [Unicode.Scalar]) -> Int? {
    var runs = runs(in: term)
    guard let first = runs.first else { return nil }
    if runs.count == 2, first.range.upperBound < term.count, term[first.range.upperBound] == "个",
      runs[1].range.lowerBound == first.range.upperBound + 1
    {
      return first.value
    }
    if runs.count > 1, let last = runs.last, last.value == 1, last.range.count == 1 {
      let before = last.range.lowerBound > 0 ? term[last.range.lowerBound - 1] : nil
      let after = last.range.upperBound < term.count ? term[last.range.upperBound] : nil
      if after == "体" || (before == "合" && after == nil) { runs.removeLast() }
    }
    return runs.reduce(0) { $0 + $1.value }
  }

}
