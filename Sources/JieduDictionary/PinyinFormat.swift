/// Converts between numbered pinyin (`zhong4 dian3`, `lu:4`, `shi5`) and tone marks (`zhòng diǎn`).
///
/// Items that are not pinyin syllables (`,`, `·`, Latin letters such as the `C` of `san1 C`) pass
/// through unchanged. Works on Unicode scalars, one syllable at a time.
public enum PinyinFormat {
  /// `"zhong4 dian3"` → `"zhòng diǎn"`; `"lu:4"` → `"lǜ"`; neutral `"shi5"` or `"shi"` → `"shi"`.
  public static func marks(fromNumbered numbered: String) -> String {
    mapSyllables(numbered) { syllable in
      let (letters, tone) = split(syllable)
      return applyMark(to: letters, tone: tone)
    }
  }

  /// `"zhong4 dian3"` stays; `"shi"` → `"shi5"`; `"lu:4"` → `"lü4"`; tone marks are turned into numbers.
  public static func numbers(fromNumbered numbered: String) -> String {
    mapSyllables(numbered) { syllable in
      let (letters, tone) = split(syllable)
      guard isSyllable(letters) else { return syllable }
      return letters + String(tone ?? 5)
    }
  }

  /// `"zhong4 dian3"` → `"zhong dian"` (`ü` kept).
  public static func toneless(fromNumbered numbered: String) -> String {
    mapSyllables(numbered) { split($0).letters }
  }

  /// `"zhòng diǎn"` → `"zhong4 dian3"`, `"lǜ"` → `"lu:4"`, unmarked syllables get 5; numbered input
  /// is returned with `ü`/`v` spelled `u:`.
  public static func numbered(fromMarks marked: String) -> String {
    mapSyllables(marked) { syllable in
      var letters = String.UnicodeScalarView()
      var tone: Int?
      for scalar in syllable.unicodeScalars {
        if let (base, t) = markedVowels[scalar] {
          letters.append(contentsOf: base.unicodeScalars)
          tone = t
        } else if scalar.value >= 0x31 && scalar.value <= 0x35 {
          tone = Int(scalar.value - 0x30)
        } else if scalar == "ü" || scalar == "v" {
          letters.append(contentsOf: "u:".unicodeScalars)
        } else if scalar == "Ü" || scalar == "V" {
          letters.append(contentsOf: "U:".unicodeScalars)
        } else {
          letters.append(scalar)
        }
      }
      let text = String(letters)
      guard isSyllable(text) else { return syllable }
      return text + String(tone ?? 5)
    }
  }

  /// The tone number of a numbered syllable (1–5; 5 when it has none).
  public static func tone(ofNumbered syllable: String) -> Int {
    split(syllable).tone ?? 5
  }

  /// A numbered syllable reduced to one spelling for comparisons: lower case, `ü`/`v` → `u:`,
  /// neutral tone written 5.
  public static func normalisedNumbered(_ syllable: String) -> String {
    let lower = syllable.lowercased()
    let spelled = numbered(fromMarks: lower)
    return spelled
  }

  // MARK: - Internals

  private static let markedVowels: [Unicode.Scalar: (String, Int)] = {
    var table: [Unicode.Scalar: (String, Int)] = [:]
    for (base, marked) in marksTable {
      for (index, scalar) in marked.unicodeScalars.enumerated() {
        table[scalar] = (base == "ü" ? "u:" : base == "Ü" ? "U:" : base, index + 1)
      }
    }
    return table
  }()

  /// Each vowel and its four marked forms.
  private static let marksTable: [(String, String)] = [
    ("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ"),
    ("A", "ĀÁǍÀ"), ("E", "ĒÉĚÈ"), ("I", "ĪÍǏÌ"), ("O", "ŌÓǑÒ"), ("U", "ŪÚǓÙ"), ("Ü", "ǕǗǙǛ"),
  ]

  private static func mapSyllables(_ text: String, _ transform: (String) -> String) -> String {
    var out: [String] = []
    for part in text.split(separator: " ", omittingEmptySubsequences: true) {
      out.append(transform(String(part)))
    }
    return out.joined(separator: " ")
  }

  /// Splits `lu:4` into (`lü`, 4); `shi` into (`shi`, nil). `u:` and `v` become `ü`.
  private static func split(_ syllable: String) -> (letters: String, tone: Int?) {
    var scalars = Array(syllable.unicodeScalars)
    var tone: Int?
    if let last = scalars.last, last.value >= 0x31 && last.value <= 0x35 {
      tone = Int(last.value - 0x30)
      scalars.removeLast()
    }
    var letters = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      if (s == "u" || s == "U") && i + 1 < scalars.count && scalars[i + 1] == ":" {
        letters.append(s == "u" ? "ü" : "Ü")
        i += 2
        continue
      }
      if s == "v" && scalars.count > 1 {
        letters.append("ü")
      } else {
        letters.append(s)
      }
      i += 1
    }
    return (String(letters), tone == 5 ? nil : tone)
  }

  private static func isPinyinLetters(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy { s in
        (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) || s == "ü"
          || s == "Ü"
          || s == ":"
      }
  }

  /// Pinyin letters with a vowel, or a syllabic consonant (`m`, `n`, `ng`, `hm`, `hng`, `r`).
  private static func isSyllable(_ text: String) -> Bool {
    guard isPinyinLetters(text) else { return false }
    let lower = text.lowercased()
    if ["m", "n", "ng", "hm", "hng", "r"].contains(lower) { return true }
    if lower.unicodeScalars.count == 1 && text != lower { return false }
    return lower.unicodeScalars.contains { "aeiouü".unicodeScalars.contains($0) }
  }

  /// Puts the tone mark on the right vowel: `a`/`e` first, `o` of `ou`, otherwise the last vowel.
  private static func applyMark(to letters: String, tone: Int?) -> String {
    guard let tone, tone >= 1, tone <= 4, isPinyinLetters(letters) else { return letters }
    let scalars = Array(letters.unicodeScalars)
    let lower = scalars.map { Unicode.Scalar(String($0).lowercased()) ?? $0 }
    var target: Int?
    if let a = lower.firstIndex(where: { $0 == "a" || $0 == "e" }) {
      target = a
    } else if let o = lower.firstIndex(of: "o"), o + 1 < lower.count, lower[o + 1] == "u" {
      target = o
    } else {
      target = lower.lastIndex(where: { "aeiouü".unicodeScalars.contains($0) })
    }
    guard let index = target else {
      // Syllabic consonants (m, n, ng, r): leave them unmarked rather than guess.
      return letters
    }
    let base = String(scalars[index])
    guard let row = marksTable.first(where: { $0.0 == base }) else { return letters }
    let marked = Array(row.1.unicodeScalars)[tone - 1]
    var out = String.UnicodeScalarView()
    for (i, s) in scalars.enumerated() { out.append(i == index ? marked : s) }
    return String(out)
  }
}
