/// Escapes text for HTML element content and quoted attribute values.
///
/// Every piece of text from the document, the glossaries and the dictionary goes through here:
/// all of it is untrusted input.
enum HTMLEscape {
  /// `<`, `>`, `&`, `"` and `'` replaced by entities; control characters other than tab and
  /// newline dropped.
  static func text(_ string: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in string.unicodeScalars {
      switch scalar {
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&#39;".unicodeScalars)
      case "\t", "\n": out.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.append(scalar)
      }
    }
    return String(out)
  }
}
