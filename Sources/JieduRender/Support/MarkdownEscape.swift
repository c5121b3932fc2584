/// Escapes text for Markdown (CommonMark/GFM): untrusted text can neither start markup nor carry raw
/// HTML into a wiki that renders it.
enum MarkdownEscape {
  private static let special = Set("\\`*_{}[]<>()#+-!|~&".unicodeScalars)

  /// Backslash before Markdown punctuation; line breaks become spaces.
  static func text(_ string: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in string.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\t" {
        out.append(" ")
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        continue
      } else {
        if special.contains(scalar) { out.append("\\") }
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Superscript digits for a note number: 12 → ¹².
  static func superscript(_ number: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
  }
}
