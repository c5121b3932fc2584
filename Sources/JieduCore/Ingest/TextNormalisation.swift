import Foundation

/// Normalises decoded text: NFC, line ends, and half-width punctuation inside Chinese.
enum TextNormalisation {
  /// Half-width punctuation and its full-width form.
  static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
    ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
  ]

  /// NFC, CRLF and CR to LF, and `, ; : ( ) ! ?` between CJK characters to full width.
  static func normalise(_ text: String) -> String {
    let nfc = text.precomposedStringWithCanonicalMapping
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(nfc.unicodeScalars.count)
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
      guard let wide = fullWidth[scalars[i]] else { continue }
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
