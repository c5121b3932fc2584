import JieduCore

/// Display tone sandhi of 一 and 不 (an option, off by default): 不 before a fourth tone reads bú;
/// 一 before a fourth tone reads yí and before the other tones yì, except where it counts (第一, 十一,
/// at a phrase end, next to other numerals).
enum ToneSandhi {
  /// Rewrites the syllables of 一 and 不 in place.
  static func apply(to syllables: inout [String?], scalars: [Unicode.Scalar]) {
    let numerals = "〇零一二三四五六七八九十百千万亿两第"
    for i in scalars.indices {
      guard let current = syllables[i], i + 1 < scalars.count, let next = syllables[i + 1] else {
        continue
      }
      let nextTone = PinyinFormat.tone(ofNumbered: next)
      if scalars[i] == "不" && current == "bu4" && nextTone == 4 {
        syllables[i] = "bu2"
      } else if scalars[i] == "一" && current == "yi1" {
        let before = i > 0 ? scalars[i - 1] : " "
        if numerals.unicodeScalars.contains(before)
          || numerals.unicodeScalars.contains(scalars[i + 1])
        {
          continue
        }
        if nextTone == 5 { continue }
        syllables[i] = nextTone == 4 ? "yi2" : "yi4"
      }
    }
  }
}
