import JieduCore
/// A string viewed as an array of Unicode scalars, for exact offset work.
public struct ScalarText: Sendable {
  /// The scalars.
  public let scalars: [Unicode.Scalar]

  /// Creates a view of the string.
  public init(_ string: String) { scalars = Array(string.unicodeScalars) }

  /// Number of scalars.
  public var count: Int { scalars.count }

  /// The text between two offsets, clamped to the valid range.
  public func slice(_ start: Int, _ end: Int) -> String {
    let s = max(0, min(start, count))
    let e = max(s, min(end, count))
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[s..<e])
    return String(v)
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
  public var isHan: Bool { HanRanges.contains(value) }

  /// CJK punctuation or full-width forms (、。“”《》（），etc.).
  public var isCJKPunctuation: Bool {
    switch value {
    case 0x3000...0x303F, 0xFF00...0xFF65, 0x2018...0x201F, 0x2014, 0x2026, 0x00B7, 0xFE30...0xFE4F:
      return true
    default: return false
    }
  }

  /// Han ideograph or CJK punctuation.
  public var isCJK: Bool { isHan || isCJKPunctuation }

  /// Whitespace including the ideographic space.
  public var isSpaceLike: Bool {
    value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0
  }
}

extension String {
  /// Number of Unicode scalars.
  public var scalarCount: Int { unicodeScalars.count }
}
