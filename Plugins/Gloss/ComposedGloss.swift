import Foundation
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
    if let repeated = reduplicationGloss(scalars, syllables: syllables) { return repeated }
    // The parts first, then each part's sense with its neighbours as context.
    enum Part {
      case text(String)
      case unknown
      case word(String, [CedictEntry], [String])
    }
    var parts: [Part] = []
    var i = 0
    var k = 0  // index into syllables (one per Han scalar)
    while i < scalars.count {
      guard scalars[i].isHan else {
        var run = String.UnicodeScalarView()
        while i < scalars.count, !scalars[i].isHan {
          run.append(scalars[i])
          i += 1
        }
        parts.append(.text(String(run)))
        continue
      }
      var length = min(ComposedGloss.longestPart, scalars.count - i)
      var found: (String, [CedictEntry])?
      while length >= 1 {
        let slice = scalars[i..<(i + length)]
        if slice.allSatisfy(\.isHan), length < scalars.count || i > 0 {
          let part = ScalarString.make(slice)
          let entries = dictionary.entries(for: part)
          if !entries.isEmpty {
            found = (part, entries)
            break
          }
        }
        length -= 1
      }
      guard let (part, entries) = found else {
        parts.append(.unknown)
        i += 1
        k += 1
        continue
      }
      parts.append(.word(part, entries, Array(syllables.dropFirst(k).prefix(length))))
      i += length
      k += length
    }
    func text(_ p: Int) -> String? {
      guard p >= 0, p < parts.count else { return nil }
      switch parts[p] {
      case .text(let t): return t
      case .unknown: return nil
      case .word(let w, _, _): return w
      }
    }
    var pieces: [String] = []
    var known = 0
    for (p, part) in parts.enumerated() {
      switch part {
      case .text(let t): pieces.append(t)
      case .unknown: pieces.append("?")
      case .word(let word, let entries, let partSyllables):
        if let sense = shortSense(
          word, entries: entries, syllables: partSyllables, previous: text(p - 1),
          next: text(p + 1),
          ordinal: scalars.first == "第")
        {
          pieces.append(sense)
          known += 1
        } else {
          pieces.append("?")
        }
      }
    }
    guard known > 0 else { return nil }
    return pieces.joined(separator: " + ")
  }

  /// A reduplicated word (认认真真 of 认真, 一步一步 of 一步, 看看 of 看) glossed as its base word,
  /// marked "(reduplicated)": "conscientious (reduplicated)", not "recognize + conscientious + …".
  private func reduplicationGloss(_ scalars: [Unicode.Scalar], syllables: [String]) -> String? {
    guard scalars.allSatisfy(\.isHan), scalars.count >= 2, syllables.count == scalars.count else {
      return nil
    }
    let n = scalars.count
    var base: [Unicode.Scalar]?
    var baseSyllables: [String] = []
    if n % 2 == 0, Array(scalars[..<(n / 2)]) == Array(scalars[(n / 2)...]) {
      base = Array(scalars[..<(n / 2)])  // AA, ABAB
      baseSyllables = Array(syllables[..<(n / 2)])
    } else if n == 4, scalars[0] == scalars[1], scalars[2] == scalars[3] {
      base = [scalars[0], scalars[2]]  // AABB
      baseSyllables = [syllables[0], syllables[2]]
    }
    guard let base else { return nil }
    let word = ScalarString.make(base[...])
    let entries = dictionary.entries(for: word)
    guard !entries.isEmpty,
      let sense = shortSense(
        word, entries: entries, syllables: baseSyllables, previous: nil, next: nil)
    else { return nil }
    return "\(sense) (reduplicated)"
  }

  /// Characters after which a part is a measure word (一位, 各项, 这次, 两个).
  private static let counters = ScalarSet("一二三四五六七八九十百千万两几每各这那某哪多半数".unicodeScalars)

  /// The sense of one part chosen as for a word standing alone, with the neighbouring parts as
  /// context: the sense table's gloss, else (after a numeral or demonstrative, not an ordinal 第…)
  /// its classifier sense, else `SenseChooser` over the senses of the entries read as the part is
  /// read (slang and variant senses dropped) (一项 "one + classifier for principles", not "back of
  /// neck"). Shortened: up to the first `;`, explanations in brackets dropped, no leading "to ".
  private func shortSense(
    _ part: String, entries: [CedictEntry], syllables: [String], previous: String?, next: String?,
    ordinal: Bool = false
  ) -> String? {
    guard let partSenses else {
      return computeShortSense(
        part, entries: entries, syllables: syllables, previous: previous, next: next,
        ordinal: ordinal)
    }
    // Without sense-table rows for the part, its neighbours count only as "after a numeral or
    // demonstrative" or not: the key keeps just that, so the memo is not missed for every
    // neighbour there is.
    var key = PartKey(
      part: part, syllables: syllables, previous: previous, next: next, ordinal: ordinal)
    if !table.hasRows(for: part) {
      let afterCounter =
        !ordinal && (previous?.unicodeScalars.last.map(ComposedGloss.counters.contains) ?? false)
      key = PartKey(
        part: part, syllables: syllables, previous: afterCounter ? "一" : nil, next: nil,
        ordinal: false)
    }
    return partSenses.value(for: key) {
      computeShortSense(
        part, entries: entries, syllables: syllables, previous: key.previous, next: key.next,
        ordinal: key.ordinal)
    }
  }

  private func computeShortSense(
    _ part: String, entries: [CedictEntry], syllables: [String], previous: String?, next: String?,
    ordinal: Bool
  ) -> String? {
    let reading = syllables.joined(separator: " ").lowercased()
    let matching = entries.filter { $0.readsAs(lowercased: reading) }
    let candidates = matching.isEmpty ? entries : matching
    // Ordinary entries in file order (冬 "winter" before 鼕 "beating a drum"), proper nouns last.
    let ordinary = candidates.filter { !$0.isProperNoun }
    let glosses = SenseCleaner.clean(ordinary + candidates.filter(\.isProperNoun)).glosses
    let context = SenseTable.Context(reading: reading, previous: previous, next: next)
    var sense = table.gloss(for: part, in: context)
    if sense == nil, let last = previous?.unicodeScalars.last,
      ComposedGloss.counters.contains(last), !ordinal
    {
      sense = glosses.flatMap { $0.components(separatedBy: "; ") }.first {
        $0.hasPrefix("classifier for")
      }.map { ComposedGloss.cut($0, at: [",", " (", ":"]) }
    }
    if sense == nil {
      sense = SenseChooser(table: table).choose(glosses, word: part, context: context).first
    }
    guard let chosen = sense else { return nil }
    var text = ComposedGloss.firstSense(chosen)
    if text.hasPrefix("to "), text.count > 3 { text = String(text.dropFirst(3)) }
    return text.isEmpty ? nil : text
  }

  /// A sense up to its first `;` outside brackets, with bracketed explanations dropped when words
  /// remain ("ginkgo (tree with fan-shaped leaves…)" → "ginkgo"); a sense all in one bracket keeps
  /// its first item ("(of; 's — literary)" → "(of)").
  static func firstSense(_ sense: String) -> String {
    firstSenseOfASCII(sense) ?? firstSenseByCharacters(sense)
  }

  /// `firstSenseByCharacters` for an all-ASCII sense (most of CC-CEDICT's), over its bytes: the
  /// same text (every ASCII character is one byte, and its only whitespace is space and tab),
  /// without grapheme breaking or Foundation. Nil for any other sense.
  static func firstSenseOfASCII(_ sense: String) -> String? {
    var sense = sense
    return sense.withUTF8 { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      let (open, close, semicolon, space, tab, comma): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0x28, 0x29, 0x3B, 0x20, 0x09, 0x2C)
      var depth = 0
      var end = bytes.count
      for (i, byte) in bytes.enumerated() {
        if byte == open {
          depth += 1
        } else if byte == close {
          depth = max(0, depth - 1)
        } else if byte == semicolon && depth == 0 {
          end = i
          break
        }
      }
      var lower = 0
      var upper = end
      while lower < upper && (bytes[lower] == space || bytes[lower] == tab) { lower += 1 }
      while upper > lower && (bytes[upper - 1] == space || bytes[upper - 1] == tab) { upper -= 1 }
      var first = Array(bytes[lower..<upper])
      if first.first == open, first.last == close, let cut = first.firstIndex(of: semicolon) {
        first = Array(first[..<cut]) + [close]
      }
      // Outside brackets, words joined by single spaces, no space before a comma.
      var words: [UInt8] = []
      words.reserveCapacity(first.count)
      var pendingSpace = false
      depth = 0
      for byte in first {
        if byte == open {
          depth += 1
        } else if byte == close {
          depth = max(0, depth - 1)
        } else if depth == 0 {
          if byte == space {
            pendingSpace = !words.isEmpty
          } else {
            if pendingSpace && byte != comma { words.append(space) }
            pendingSpace = false
            words.append(byte)
          }
        }
      }
      return String(decoding: words.isEmpty ? first : words, as: UTF8.self)
    }
  }

  /// `firstSense` for any text, by characters.
  static func firstSenseByCharacters(_ sense: String) -> String {
    var depth = 0
    var end = sense.endIndex
    for index in sense.indices {
      switch sense[index] {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case ";" where depth == 0:
        end = index
      default: break
      }
      if end != sense.endIndex { break }
    }
    var first = String(sense[..<end]).trimmingCharacters(in: .whitespaces)
    // A sense that is all one bracket ("(of; 's; marks what describes a noun)"): its first item.
    if first.hasPrefix("("), first.hasSuffix(")"), let semicolon = first.firstIndex(of: ";") {
      first = String(first[..<semicolon]) + ")"
    }
    var bare = ""
    depth = 0
    for character in first {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        bare.append(character)
      }
    }
    let words = bare.split(separator: " ").joined(separator: " ")
      .replacingOccurrences(of: " ,", with: ",")
    return words.isEmpty ? first : words
  }

  /// The text before the first of `marks`.
  static func cut(_ text: String, at marks: [String]) -> String {
    var end = text.endIndex
    for mark in marks {
      if let range = text.range(of: mark), range.lowerBound < end { end = range.lowerBound }
    }
    return String(text[..<end]).trimmingCharacters(in: .whitespaces)
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
    case "年":
      return digitsOnly && run.count >= 2
        ? "the year \(value)" : value == 1 ? "1 year" : "\(value) years"
    case "月": return "month \(value)"
    case "日", "号": return "day \(value)"
    default: return "\(value)"
    }
  }
}

/// A part of a composed word with what its sense depends on: the syllables it is read with and the
/// neighbouring parts.
struct PartKey: Hashable, Sendable {
  var part: String
  var syllables: [String]
  var previous: String?
  var next: String?
  var ordinal: Bool

  /// The part and its neighbours by their bytes (a part recurs with many neighbours: hashed alone,
  /// its keys would share one chain), without `Hasher`'s Unicode normalisation of each string.
  func hash(into hasher: inout Hasher) {
    part.hashBytes(into: &hasher)
    previous?.hashBytes(into: &hasher)
    hasher.combine(0xFF as UInt8)  // no byte of UTF-8: `previous` and `next` stay apart
    next?.hashBytes(into: &hasher)
    hasher.combine(ordinal)
  }

  /// Field by field, the part by its bytes (NFC text: the same as `==` on the strings).
  static func == (a: PartKey, b: PartKey) -> Bool {
    a.part.sameBytes(as: b.part) && a.ordinal == b.ordinal && a.syllables == b.syllables
      && a.previous == b.previous && a.next == b.next
  }
}

/// Short senses of the parts of composed words: the same parts (年, 市, 的) recur in thousands of
/// words a corpus has and CC-CEDICT lacks.
typealias PartSenses = LockedMemo<PartKey, String?>
