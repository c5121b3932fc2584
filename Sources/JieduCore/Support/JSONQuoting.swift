/// A string as a JSON string literal, the way `JSONEncoder` writes it: UTF-8 unescaped, `\"`, `\\`,
/// `\n`, `\r`, `\t`, `\b`, `\f`, and `\u00XX` for the other control characters. Shared by the JSON
/// writer of the renderers and every stage that hands JSON to a decoder.
public enum JSONQuoting {
  /// Appends `text`, quoted and escaped, to `buffer`.
  @inlinable public static func append(_ text: String, to buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var clean = true
      for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        clean = false
        break
      }
      if clean {
        buffer.append(contentsOf: bytes)
        return
      }
      for byte in bytes {
        switch byte {
        case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
        case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: buffer.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: buffer.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case ..<0x20:
          buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
          buffer.append(hexDigit(byte >> 4))
          buffer.append(hexDigit(byte & 0x0F))
        default: buffer.append(byte)
        }
      }
    }
    buffer.append(UInt8(ascii: "\""))
  }

  /// `0`–`9`, `a`–`f`.
  @usableFromInline static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
