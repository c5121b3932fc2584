/// A string viewed as an array of Unicode scalars, for exact offset work.
package struct ScalarText: Sendable {
  /// The scalars.
  package let scalars: [Unicode.Scalar]

  /// Creates a view of the string.
  package init(_ string: String) { scalars = Array(string.unicodeScalars) }

  /// Number of scalars.
  package var count: Int { scalars.count }

  /// The text between two offsets, clamped to the valid range.
  package func slice(_ start: Int, _ end: Int) -> String {
    let s = max(0, min(start, count))
    let e = max(s, min(end, count))
    return ScalarString.make(scalars[s..<e])
  }
}

/// The code point ranges of Han ideographs: the one definition every target uses.
package enum HanRanges {
  /// Whether a scalar value is a Han ideograph (CJK Unified Ideographs and extensions,
  /// compatibility ideographs, 〇).
  @inline(__always)
  package static func contains(_ value: UInt32) -> Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F,
      0xF900...0xFAFF, 0x3007:
      return true
    default: return false
    }
  }
}

extension Unicode.Scalar {
  /// A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).
  package var isHan: Bool { HanRanges.contains(value) }

  /// CJK punctuation or full-width forms (、。“”《》（），etc.).
  package var isCJKPunctuation: Bool {
    switch value {
    case 0x3000...0x303F, 0xFF00...0xFF65, 0x2018...0x201F, 0x2014, 0x2026, 0x00B7, 0xFE30...0xFE4F:
      return true
    default: return false
    }
  }

  /// Han ideograph or CJK punctuation.
  package var isCJK: Bool { isHan || isCJKPunctuation }

  /// Whitespace including the ideographic space.
  package var isSpaceLike: Bool {
    value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0
  }
}

extension String {
  /// Number of Unicode scalars (`unicodeScalars.count`), counted as the UTF-8 bytes that start
  /// one: a pass over bytes, with no scalar decoded.
  package var scalarCount: Int {
    var text = self
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }
}
