/// Arabic numbers written out as Chinese numerals, so that they can be read aloud: 2021年 → 二〇二一年
/// (a year digit by digit), 35 → 三十五, 3.14 → 三点一四, 50% → 百分之五十, 1200万 → 一千二百万.
public enum NumberReading {
  private static let digitCharacters: [Unicode.Scalar] = Array("〇一二三四五六七八九".unicodeScalars)

  /// The line with every run of ASCII or full-width digits written in Chinese numerals.
  public static func spellOut(_ line: String) -> String {
    let s = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      guard digit(s[i]) != nil else {
        out.append(s[i])
        i += 1
        continue
      }
      var j = i
      while j < s.count, digit(s[j]) != nil { j += 1 }
      let integer = s[i..<j].compactMap(digit)
      var fraction: [Int] = []
      var k = j
      if k + 1 < s.count, s[k] == "." || s[k] == "．", digit(s[k + 1]) != nil {
        k += 1
        while k < s.count, let d = digit(s[k]) {
          fraction.append(d)
          k += 1
        }
      }
      let percent = k < s.count && (s[k] == "%" || s[k] == "％")
      var spoken: String
      if fraction.isEmpty, k < s.count, s[k] == "年", integer.count >= 2 {
        spoken = digits(integer)  // a year: 二〇二一年
      } else if integer.count > 12 || (integer.count > 1 && integer.first == 0) {
        spoken = digits(integer)  // a code or a phone number: digit by digit
      } else {
        spoken = number(integer.reduce(0) { $0 * 10 + $1 })
      }
      if !fraction.isEmpty { spoken += "点" + digits(fraction) }
      if percent {
        spoken = "百分之" + spoken
        k += 1
      }
      out.append(contentsOf: spoken.unicodeScalars)
      i = k
    }
    return String(out)
  }

  private static func digit(_ s: Unicode.Scalar) -> Int? {
    if (0x30...0x39).contains(s.value) { return Int(s.value - 0x30) }
    if (0xFF10...0xFF19).contains(s.value) { return Int(s.value - 0xFF10) }
    return nil
  }

  private static func digits(_ values: [Int]) -> String {
    String(String.UnicodeScalarView(values.map { digitCharacters[$0] }))
  }

  /// 0 → 〇 (read líng), 10 → 十, 35 → 三十五, 105 → 一百〇五, 120000 → 十二万, 1亿 and beyond.
  static func number(_ value: Int) -> String {
    if value == 0 { return "〇" }
    var parts: [(Int, String)] = []
    var rest = value
    for (size, name) in [(100_000_000, "亿"), (10_000, "万"), (1, "")] {
      let section = rest / size
      rest %= size
      if section > 0 { parts.append((section, name)) }
    }
    var out = ""
    var previousEnd = 0
    for (index, (section, name)) in parts.enumerated() {
      if index > 0 && (section < 1000 || previousEnd > 0) { out += "〇" }
      out += below10000(section, leading: index == 0) + name
      previousEnd = section % 10
    }
    return out
  }

  private static func below10000(_ n: Int, leading: Bool) -> String {
    let units = ["千", "百", "十", ""]
    let values = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10]
    var out = ""
    var zero = false
    var started = false
    for (v, unit) in zip(values, units) {
      if v == 0 {
        if started { zero = true }
        continue
      }
      if zero { out += "〇" }
      zero = false
      if !(v == 1 && unit == "十" && !started && leading) {
        out.unicodeScalars.append(digitCharacters[v])
      }
      out += unit
      started = true
    }
    return out
  }
}
