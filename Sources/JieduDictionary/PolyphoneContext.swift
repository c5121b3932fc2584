import JieduCore

/// What a polyphone rule sees: the line, the character's position, and the words around it.
struct PolyphoneContext {
  /// The whole line.
  let scalars: [Unicode.Scalar]
  /// The character being read.
  let index: Int
  /// The line's words (after splitting tokens the dictionary lacks).
  let pieces: [Range<Int>]
  /// The word holding the character.
  let pieceIndex: Int
  /// For word lookups and part-of-speech tags. Not retained: a context is made per character and
  /// lives only while the reader that made it (which holds the dictionary) reads the line — and a
  /// retain per character, on one object every thread shares, made its count bounce between cores.
  unowned(unsafe) let dictionary: ChineseDictionary

  /// The scalar at `offset` from the character (-1 is the one before), or nil past either end.
  func char(_ offset: Int) -> Unicode.Scalar? {
    let i = index + offset
    return i >= 0 && i < scalars.count ? scalars[i] : nil
  }

  /// Whether the scalar at `offset` is one of `set`.
  func char(_ offset: Int, in set: String) -> Bool {
    guard let c = char(offset) else { return false }
    return set.unicodeScalars.contains(c)
  }

  /// The word at `offset` words from the character's word (-1 is the previous one), or nil.
  func word(_ offset: Int) -> String? {
    let p = pieceIndex + offset
    guard p >= 0 && p < pieces.count else { return nil }
    return ScalarString.make(scalars[pieces[p]])
  }

  /// Whether the word at `offset` is one of `words`.
  func word(_ offset: Int, in words: Set<String>) -> Bool {
    guard let w = word(offset) else { return false }
    return words.contains(w)
  }

  /// jieba's part-of-speech tag of the word at `offset`, or nil.
  func tag(_ offset: Int) -> String? {
    guard let w = word(offset) else { return nil }
    return dictionary.frequencies?.tag(of: w)
  }

  /// Whether the word at `offset` is tagged with a tag starting with one of `prefixes` (`v`, `a`…).
  func tag(_ offset: Int, startsWith prefixes: String) -> Bool {
    guard let t = tag(offset), let first = t.unicodeScalars.first else { return false }
    return prefixes.unicodeScalars.contains(first)
  }

  /// Whether the character stands alone as a word.
  var isSingle: Bool { pieces[pieceIndex].count == 1 }

  /// Whether the scalar at `offset` is a numeral (Han or Arabic) or a demonstrative/quantifier before a
  /// classifier (这 那 几 每 某 哪 各 多 半 两).
  func isCounter(_ offset: Int) -> Bool {
    guard let c = char(offset) else { return false }
    if c.value >= 0x30 && c.value <= 0x39 { return true }
    return "一二三四五六七八九十百千万两几每这那某哪半多数".unicodeScalars.contains(c)
  }

  /// The numerals a classifier follows: the digits, 一…十, 两, 几.
  static let numerals = Set("0123456789一二三四五六七八九十两几".unicodeScalars)

  /// Whether the character at `offset` is one of `numerals`.
  func isNumeral(_ offset: Int) -> Bool {
    char(offset).map(PolyphoneContext.numerals.contains) ?? false
  }

  /// Whether there is no Han character at `offset` (line end, punctuation, Latin).
  func isBoundary(_ offset: Int) -> Bool {
    guard let c = char(offset) else { return true }
    return !c.isHan
  }
}
