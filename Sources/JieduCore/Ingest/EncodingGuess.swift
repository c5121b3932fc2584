/// Byte-pattern tests for encodings that carry no mark: UTF-16 without a BOM, Big5 beside GB18030.
enum EncodingGuess {
  /// The byte order of UTF-16 without a BOM, from where its zero bytes fall (the high byte of ASCII
  /// and line ends): mostly on odd offsets is little-endian, on even offsets big-endian. Nil when
  /// the zeros are evenly on both sides (binary) or absent.
  static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
    let head = bytes.prefix(1 << 16)
    guard head.count >= 2 else { return nil }
    var even = 0
    var odd = 0
    for (offset, byte) in head.enumerated() where byte == 0 {
      if offset % 2 == 0 { even += 1 } else { odd += 1 }
    }
    // Han characters put a zero byte on the other side too (一 is U+4E00), but far less often than
    // ASCII and line ends on theirs; the caller checks that the text decoded is plausible.
    if odd >= 2 && even * 3 <= odd { return true }
    if even >= 2 && odd * 3 <= even { return false }
    return nil
  }

  /// Whether decoded text is what an article holds: at least 95% Han, CJK punctuation, printable
  /// ASCII, whitespace, Latin-1 letters, general punctuation and full-width forms, and no U+FFFD.
  static func isPlausibleText(_ text: String) -> Bool {
    var total = 0
    var plausible = 0
    for scalar in text.unicodeScalars.prefix(1 << 15) {
      total += 1
      let v = scalar.value
      if v == 0xFFFD { return false }
      if (0x20...0x7E).contains(v) || v == 0x0A || v == 0x0D || v == 0x09
        || (0xA0...0x24F).contains(v)
        || (0x2000...0x206F).contains(v) || (0x3000...0x303F).contains(v)
        || (0xFF00...0xFFEF).contains(v) || scalar.isHan
      {
        plausible += 1
      }
    }
    return total > 0 && plausible * 20 >= total * 19
  }

  /// Whether double-byte text is Big5 rather than GBK/GB18030: every pair valid Big5 (lead 0xA1–0xF9,
  /// trail 0x40–0x7E or 0xA1–0xFE), no GB18030 four-byte sequence, and more than 5% of the pairs
  /// with a trail byte below 0xA1 — which GB2312 text (simplified Chinese) never has.
  static func looksLikeBig5(_ bytes: [UInt8]) -> Bool {
    var pairs = 0
    var lowTrail = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      guard i + 1 < n else { return false }
      let trail = bytes[i + 1]
      guard (0xA1...0xF9).contains(lead),
        (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail)
      else { return false }
      pairs += 1
      if trail < 0xA1 { lowTrail += 1 }
      i += 2
    }
    return pairs > 0 && lowTrail * 20 > pairs
  }
}
