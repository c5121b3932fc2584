/// Character classes the segmentation rules need, on scalar values (full-width ASCII folded to ASCII).
enum ScalarClass {
  /// Folds full-width ASCII forms (U+FF01…U+FF5E) to ASCII; other values unchanged.
  @inline(__always)
  static func folded(_ value: UInt32) -> UInt32 {
    value >= 0xFF01 && value <= 0xFF5E ? value - 0xFEE0 : value
  }

  /// An ASCII digit after folding.
  @inline(__always)
  static func isDigit(_ folded: UInt32) -> Bool { folded >= 0x30 && folded <= 0x39 }

  /// An ASCII letter after folding.
  @inline(__always)
  static func isLatin(_ folded: UInt32) -> Bool {
    (folded >= 0x41 && folded <= 0x5A) || (folded >= 0x61 && folded <= 0x7A)
  }

  /// A Latin letter or digit after folding.
  @inline(__always)
  static func isAlphanumeric(_ folded: UInt32) -> Bool { isDigit(folded) || isLatin(folded) }

  /// Whitespace that separates tokens and is left out of them (including CR and the ideographic space).
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x09 || value == 0x0D || value == 0x0A || value == 0x3000
      || value == 0xA0
      || value == 0x0B || value == 0x0C || value == 0xFEFF
  }



  /// Date units that always join the number before them: 年 月 日 号.
  static func isDateUnit(_ value: UInt32) -> Bool {
    value == 0x5E74 || value == 0x6708 || value == 0x65E5 || value == 0x53F7
  }

  /// Other units that join a number unless they start a longer word there: 时 分 秒 岁 条 版 届 期.
  static func isCountUnit(_ value: UInt32) -> Bool {
    switch value {
    case 0x65F6, 0x5206, 0x79D2, 0x5C81, 0x6761, 0x7248, 0x5C4A, 0x671F: return true
    default: return false
    }
  }

  /// Signs that end a number token: % ‰ ℃ (full-width % folds to ASCII).
  static func isNumberSuffix(_ folded: UInt32) -> Bool {
    folded == 0x25 || folded == 0x2030 || folded == 0x2103
  }

  /// Separators allowed between two digit groups of one number: . : / + and the middle dot.
  static func isNumberJoiner(_ folded: UInt32) -> Bool {
    folded == 0x2E || folded == 0x3A || folded == 0x2F || folded == 0x2B || folded == 0xB7
  }

  /// Punctuation that forms one token when repeated: —— …… ── and ASCII hyphens/dots.
  static func isRepeatablePunctuation(_ value: UInt32) -> Bool {
    value == 0x2014 || value == 0x2026 || value == 0x2500 || value == 0x2015
  }
}
