import JieduCore

/// Display tone sandhi of 一 and 不 (an option, off by default): 不 before a fourth tone reads bú;
/// 一 before a fourth tone reads yí and before the other tones yì, except where it counts (第一, 十一,
/// at a phrase end, next to other numerals).
enum ToneSandhi {
  /// Rewrites the syllables of 一 and 不 in place.
  static func apply(to syllables: inout [String?], scalars: [Unicode.Scalar]) {
    for i in scalars.indices {
      guard let current = syllables[i], i + 1 < scalars.count, let next = syllables[i + 1] else {
        continue
      }
      let nextTone = PinyinFormat.tone(ofNumbered: next)
      if scalars[i] == "不" && current == "bu4" && nextTone == 4 {
        syllables[i] = "bu2"
      } else if scalars[i] == "一" && current == "yi1" {
        let before = i > 0 ? scalars[i - 1] : " "
        if isCounting(before) || isCounting(scalars[i + 1])
        {
          continue
        }
        if nextTone == 5 { continue }
        syllables[i] = nextTone == 4 ? "yi2" : "yi4"
      }
    }
  }

  /// A numeral or 第 next to 一 makes it count (第一, 十一), so it keeps yī.
  private static func isCounting(_ s: Unicode.Scalar) -> Bool {
    s == "第" || ChineseNumerals.numberCharacters.contains(s)
  }
}
