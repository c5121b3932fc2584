import Foundation

/// Pinyin as a handout shows it: the syllables of one word written together, as Hanyu Pinyin
/// orthography does (tuī dòng → tuīdòng, Xī ān → Xī'ān), so the reading over each word is as narrow as
/// it can be and word boundaries stay visible.
enum PinyinDisplay {
  /// The word's syllables joined, with an apostrophe before a syllable starting with a, o or e.
  /// Text that is not plain syllables (digits, other symbols) is returned unchanged.
  static func word(_ pinyin: String) -> String {
    let syllables = pinyin.split(separator: " ", omittingEmptySubsequences: true)
    guard syllables.count > 1,
      syllables.allSatisfy({
        $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" }
      })
    else {
      return pinyin
    }
    var out = String(syllables[0])
    for syllable in syllables.dropFirst() {
      if let first = syllable.unicodeScalars.first, startsWithAOE(first) { out += "'" }
      out += syllable
    }
    return out
  }

  /// A token of four or more characters (a glossary term such as 科创强区 or 上海解放战役) written
  /// word by word, as Hanyu Pinyin orthography writes a phrase: the longest dictionary words of two
  /// to four characters from the left; a character left over joins the word before it (中国式 →
  /// Zhōngguóshì), and a run of such characters is written in pairs (科创强区 → kēchuàng qiángqū).
  /// Shorter tokens, or syllables that do not match the characters one to one, as `word`.
  static func spaced(_ text: String, pinyin: String, isWord: ((String) -> Bool)?) -> String {
    let characters = Array(text)
    let syllables = pinyin.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let isWord, characters.count >= 4, characters.count == syllables.count else {
      return word(pinyin)
    }
    var groups: [Range<Int>] = []
    var loose: [Int] = []
    func flush() {
      guard let first = loose.first else { return }
      if loose.count == 1 {
        if let last = groups.popLast() {
          groups.append(last.lowerBound..<(first + 1))
        } else {
          groups.append(first..<(first + 1))
        }
      } else {
        var start = first
        while start <= loose[loose.count - 1] {
          let remaining = loose[loose.count - 1] + 1 - start
          let size = remaining == 3 ? 3 : 2
          groups.append(start..<(start + min(size, remaining)))
          start += min(size, remaining)
        }
      }
      loose = []
    }
    var i = 0
    while i < characters.count {
      var matched = 0
      for length in stride(from: min(4, characters.count - i), through: 2, by: -1)
      where !(i == 0 && length == characters.count) {
        if isWord(String(characters[i..<(i + length)])) {
          matched = length
          break
        }
      }
      if matched == 0 {
        loose.append(i)
        i += 1
      } else {
        // A lone character before a word joins the word (the word it came after is gone).
        if loose.count == 1, groups.isEmpty {
          groups.append(loose[0]..<(i + matched))
          loose = []
        } else {
          flush()
          groups.append(i..<(i + matched))
        }
        i += matched
      }
    }
    flush()
    return groups.map { word(syllables[$0].joined(separator: " ")) }.joined(separator: " ")
  }

  private static func startsWithAOE(_ scalar: Unicode.Scalar) -> Bool {
    let base = String(scalar).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return base == "a" || base == "o" || base == "e"
  }
}
