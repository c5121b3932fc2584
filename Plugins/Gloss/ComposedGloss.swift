import JieduCore
import JieduDictionary

/// A gloss for a word CC-CEDICT lacks (新世纪, 腐败分子, 充分调动), composed from its longest dictionary
/// parts: "new + century". Numbers written in Chinese numerals read as numbers (二○○一年 → "the year
/// 2001"). Marked `composed: true` on the token.
struct ComposedGloss {
  let dictionary: ChineseDictionary
  let table: SenseTable
  /// Short senses of parts already worked out, shared by the tokens of a run (nil: none kept).
  var partSenses: PartSenses? = nil

  /// Longest part looked for, in characters.
  private static let longestPart = 8

  /// The composed gloss, or nil when no part is known.
  func gloss(for word: String, syllables: [String]) -> String? {
    let scalars = Array(word.unicodeScalars)
    if let number = ComposedGloss.numberGloss(scalars) { return number }
    var pieces: [String] = []
    var i = 0
    var k = 0  // index into syllables (one per Han scalar)
    var known = 0
    while i < scalars.count {
      guard scalars[i].isHan else {
        var run = String.UnicodeScalarView()
        while i < scalars.count, !scalars[i].isHan {
          run.append(scalars[i])
          i += 1
        }
        pieces.append(String(run))
        continue
      }
      var length = min(ComposedGloss.longestPart, scalars.count - i)
      var found: (String, [CedictEntry])?
      while length >= 1 {
        let slice = scalars[i..<(i + length)]
        if slice.allSatisfy(\.isHan), length < scalars.count || i > 0 {
          let part = String(String.UnicodeScalarView(slice))
          let entries = dictionary.entries(for: part)
          if !entries.isEmpty {
            found = (part, entries)
            break
          }
        }
        length -= 1
      }
      guard let (part, entries) = found else {
        pieces.append("?")
        i += 1
        k += 1
        continue
      }
      let partSyllables = Array(syllables.dropFirst(k).prefix(length))
      if let sense = shortSense(part, entries: entries, syllables: partSyllables) {
        pieces.append(sense)
        known += 1
      } else {
        pieces.append("?")
      }
      i += length
      k += length
    }
    guard known > 0 else { return nil }
    return pieces.joined(separator: " + ")
  }

  /// The first fitting sense of one part, shortened: the sense table's gloss, else the first real
  /// sense of the entry read as the part is read; up to the first `;`, without a leading "to ".
  private func shortSense(_ part: String, entries: [CedictEntry], syllables: [String]) -> String? {
    guard let partSenses else {
      return computeShortSense(part, entries: entries, syllables: syllables)
    }
    return partSenses.value(for: PartKey(part: part, syllables: syllables)) {
      computeShortSense(part, entries: entries, syllables: syllables)
    }
  }

  private func computeShortSense(_ part: String, entries: [CedictEntry], syllables: [String])
    -> String?
  {
    let reading = syllables.joined(separator: " ").lowercased()
    var sense = table.gloss(for: part, in: SenseTable.Context(reading: reading))
    if sense == nil {
      let matching = entries.filter { $0.pinyinNumbered.lowercased() == reading }
      let candidates = (matching.isEmpty ? entries : matching).sorted {
        ($0.isProperNoun ? 1 : 0) < ($1.isProperNoun ? 1 : 0)
      }
      let cleaned = SenseCleaner.clean(candidates).glosses
      sense = SenseChooser.withoutMarginal(cleaned).first
    }
    guard var text = sense else { return nil }
    if let semicolon = text.firstIndex(of: ";") { text = String(text[..<semicolon]) }
    text = text.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("to "), text.count > 3 { text = String(text.dropFirst(3)) }
    return text.isEmpty ? nil : text
  }

  /// 二○○一年 → "the year 2001", 三十一日 → "day 31", 五月 → "month 5", 三十 → "30"; nil when the word
  /// is not a number with an optional date unit.
  static func numberGloss(_ scalars: [Unicode.Scalar]) -> String? {
    let folded = scalars.map { $0 == "○" ? "〇" : $0 }
    var end = folded.count
    var unit: Unicode.Scalar?
    if let last = folded.last, "年月日号".unicodeScalars.contains(last) {
      unit = last
      end -= 1
    }
    let run = folded[..<end]
    guard !run.isEmpty else { return nil }
    let value: Int
    let digitsOnly: Bool
    if run.allSatisfy(ChineseNumerals.isArabicDigit), run.count <= 9 {
      // 12月, 31日, 2000年: Arabic digits before a date unit.
      guard unit != nil else { return nil }
      value = run.reduce(0) { total, s in
        total * 10 + Int(s.value >= 0xFF10 ? s.value - 0xFF10 : s.value - 0x30)
      }
      digitsOnly = run.count == 4  // 2000年 is a year, 100年 a hundred years
    } else {
      guard run.allSatisfy(ChineseNumerals.isNumeral) else { return nil }
      guard run.count > 1 || unit != nil else { return nil }
      value = ChineseNumerals.value(of: run)
      digitsOnly = run.allSatisfy { ChineseNumerals.digits[$0] != nil }
    }
    switch unit {
    case "年": return digitsOnly && run.count >= 2 ? "the year \(value)" : "\(value) years"
    case "月": return "month \(value)"
    case "日", "号": return "day \(value)"
    default: return "\(value)"
    }
  }
}

/// A part of a composed word with the syllables it is read with.
struct PartKey: Hashable, Sendable {
  var part: String
  var syllables: [String]
}

/// Short senses of the parts of composed words, per part and reading: the same parts (年, 市, 的)
/// recur in thousands of words a corpus has and CC-CEDICT lacks.
typealias PartSenses = LockedMemo<PartKey, String?>
