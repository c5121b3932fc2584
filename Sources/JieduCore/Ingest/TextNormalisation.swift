import Foundation

/// Normalises decoded text: NFC, line ends, and half-width punctuation inside Chinese.
enum TextNormalisation {
  /// Half-width punctuation and its full-width form.
  static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
    ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
  ]

  /// Whether every scalar is one that is NFC on its own and combines with nothing (below U+0300,
  /// general punctuation, CJK symbols, ideographs, full-width forms): then the text is NFC already,
  /// and Foundation's normalisation (a copy of the whole text) is skipped. Anything else — a
  /// combining mark, a compatibility ideograph, Hangul — goes through it.
  static func isPlainlyNFC(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { s in
      switch s.value {
      case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x3098,
        0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF64:
        return true
      default: return false
      }
    }
  }

  /// NFC, CRLF and CR to LF, and `, ; : ( ) ! ?` between CJK characters to full width.
  static func normalise(_ text: String) -> String {
    let nfc = isPlainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(nfc.scalarCount)
    var previousWasCR = false
    for s in nfc.unicodeScalars {
      if s == "\r" {
        scalars.append("\n")
        previousWasCR = true
        continue
      }
      if s == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      scalars.append(s)
    }
    for i in scalars.indices {
      // Every key of `fullWidth` is ASCII: no table look-up for the rest.
      guard scalars[i].value < 0x80, let wide = fullWidth[scalars[i]] else { continue }
      let before = i > 0 ? scalars[i - 1] : nil
      let after = i + 1 < scalars.count ? scalars[i + 1] : nil
      let cjkBefore = before?.isCJK ?? false
      let cjkAfter = after?.isCJK ?? false
      let lineEndAfter = after == nil || after == "\n"
      let convert: Bool
      switch scalars[i] {
      case "(": convert = cjkAfter
      case ")": convert = cjkBefore
      default: convert = cjkBefore && (cjkAfter || lineEndAfter)
      }
      if convert { scalars[i] = wide }
    }
    return ScalarString.make(scalars[...])
  }
}
