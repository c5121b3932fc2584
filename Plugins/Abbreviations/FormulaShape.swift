import JieduCore

/// What a numeric formula looks like: numeral-led, short, all Han, announcing at least two items.
enum FormulaShape {
  /// Longest formula accepted, in scalars.
  static let maximumLength = 12

  /// Characters that make a numeral a date, an age or a quantity rather than a formula (三年, 五岁).
  static let quantityWords: Set<Unicode.Scalar> = [
    "年", "月", "日", "天", "号", "时", "岁", "倍", "成", "分", "秒", "点", "周", "期", "次", "人", "元", "米",
    "朝",
  ]

  /// Whether folded scalars form a plausible formula term (三进入, 三会一课, 四个意识, 十四五).
  static func isTerm(_ term: ArraySlice<Unicode.Scalar>) -> Bool {
    guard term.count >= 2, term.count <= maximumLength, let first = term.first,
      ChineseNumerals.isLeading(first), term.allSatisfy(\.isHan)
    else { return false }
    let body = Array(term)
    var end = 1
    while end < body.count, ChineseNumerals.isNumeral(body[end]) { end += 1 }
    if end < body.count, quantityWords.contains(body[end]) { return false }
    guard let count = ChineseNumerals.expectedCount(of: body) else { return false }
    return count >= 2 && count <= 20
  }

  /// Measure words: after one, an unquoted term needs a noun of two characters (三个代表, not 三位).
  static let measureWords: Set<Unicode.Scalar> = [
    "大", "个", "项", "类", "种", "级", "条", "张", "座", "所", "家", "位", "层", "支", "方", "名", "届", "世",
    "次", "件", "只", "台", "批", "组", "对", "份", "篇", "部", "间", "代",
  ]

  /// Whether an unquoted run is a plausible formula: a term of three characters or more that does
  /// not end in a bare measure word (not 三位, 前三位, 七世).
  static func isBareTerm(_ term: ArraySlice<Unicode.Scalar>) -> Bool {
    guard term.count >= 3, isTerm(term) else { return false }
    // 五要素简化为三项基本内容 is a clause, not a term.
    if term.dropFirst().contains(where: FormulaCandidateFinder.functionWords.contains) {
      return false
    }
    var m = term.startIndex + 1
    while m < term.endIndex, ChineseNumerals.isNumeral(term[m]) { m += 1 }
    guard m < term.endIndex else { return true }
    return !measureWords.contains(term[m]) || term.endIndex - m >= 3
  }
}
