/// Text for a terminal: ESC and other control characters shown as `\u{1B}`, so a plugin's or a file
/// name's bytes cannot move the cursor or recolour the terminal, and a newline cannot split a line.
package enum TerminalText {
  package static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += scalar == "\n" ? "\\n" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isControl(_ s: Unicode.Scalar) -> Bool {
    (s.value < 0x20 && s != "\t") || (0x7F...0x9F).contains(s.value)
  }
}
