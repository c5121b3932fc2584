import JieduCore
import JieduVocabulary

/// One word of the vocabulary list.
struct VocabularyEntry: Equatable {
  /// The word as written in the article (simplified).
  var word: String
  /// The traditional form (the word itself where it does not differ).
  var traditional: String
  /// Pinyin at its first appearance.
  var pinyin: String
  /// English senses, best first.
  var glosses: [String]
  /// How many times it occurs.
  var count: Int
  /// The sentence of its first appearance.
  var sentence: String
  /// That sentence's English from the translation stage, empty when there is none.
  var sentenceEnglish: String = ""
  /// Position of its first appearance in reading order.
  var firstPosition: Int
  /// HSK level (1–7), nil for a word no list has.
  var level: Int? = nil
  /// `person` or `place` for a name (the Names table), nil for a word.
  var name: String? = nil
}

/// The article's vocabulary: the words a reader at the given level needs, and the names apart.
///
/// Left out: one-character tokens only the character list grades (bound morphemes: 促, 型) or
/// that the word list grades above their character (建, 如: the character is learnt in compounds,
/// alone it is a literary or bound use), words the dictionary lacks whose gloss is composed from
/// their parts (重点项目 = focus + project: the parts are the vocabulary),
/// words at or below the reader's level (`RenderOptions.knownLevel`), known words,
/// function words, numbers and dates, words inside key terms and formulas (they have their own
/// tables). When the list must be cut to `maxVocabulary`, the most frequent words are kept (ties:
/// the higher level, then the earlier); the kept words are listed by level, then in order of first
/// appearance, words no HSK list has last.
enum VocabularyList {
  /// The vocabulary (names left out).
  static func build(_ document: Document, options: RenderOptions) -> [VocabularyEntry] {
    let all = candidates(document, options: options)
    let words = all.filter { $0.name == nil }
    let kept =
      words.count > options.maxVocabulary
      ? Array(
        words.sorted {
          if $0.count != $1.count { return $0.count > $1.count }
          if rank($0) != rank($1) { return rank($0) > rank($1) }
          return $0.firstPosition < $1.firstPosition
        }
        .prefix(max(0, options.maxVocabulary))) : words
    return kept.sorted {
      rank($0) != rank($1) ? rank($0) < rank($1) : $0.firstPosition < $1.firstPosition
    }
  }

  /// The vocabulary with these known words and this limit, the other options at their defaults.
  static func build(_ document: Document, knownWords: Set<String>, limit: Int) -> [VocabularyEntry]
  {
    build(document, options: RenderOptions(knownWords: knownWords, maxVocabulary: limit))
  }

  /// The person and place names, in order of first appearance (at most `limit`).
  static func names(_ document: Document, options: RenderOptions, limit: Int = 30)
    -> [VocabularyEntry]
  {
    Array(
      candidates(document, options: options, levelFilter: false).filter { $0.name != nil }.prefix(
        limit))
  }

  /// The token's senses, each once: a gloss holding several senses (`to guarantee; to safeguard`)
  /// is split, and a sense it repeats is dropped; nil when there is none.
  static func senses(_ glosses: [String]) -> [String]? {
    var seen: Set<String> = []
    var out: [String] = []
    for gloss in glosses {
      for sense in gloss.components(separatedBy: "; ") {
        let text = sense.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, seen.insert(text.lowercased()).inserted { out.append(text) }
      }
    }
    return out.isEmpty ? nil : out
  }

  /// The English of an entry as the Markdown and TSV list it: its first `limit` senses.
  static func english(_ entry: VocabularyEntry, limit: Int) -> String {
    entry.glosses.prefix(limit).joined(separator: "; ")
  }

  /// Sort rank: the level, words without one after level 7–9.
  static func rank(_ entry: VocabularyEntry) -> Int { entry.level ?? 8 }

  /// Every word that passes the filters, with names marked, in order of first appearance.
  static func candidates(_ document: Document, options: RenderOptions, levelFilter: Bool = true)
    -> [VocabularyEntry]
  {
    let renderings = DocumentLexicon.renderings(of: document)
    let covered = coveredSpans(document)
    let places = placeSpans(document)
    var entries: [VocabularyEntry] = []
    var indexByWord: [String: Int] = [:]
    var position = 0
    for block in document.blocks {
      var scalars: ScalarText?
      for sentence in block.sentences {
        var sentenceText: String?
        for token in sentence.tokens {
          position += 1
          if let index = indexByWord[token.text] {
            entries[index].count += 1
            if entries[index].glosses.isEmpty, let later = senses(token.glosses ?? []) {
              entries[index].glosses = later
            }
            continue
          }
          guard isVocabulary(token), !options.knownWords.contains(token.text),
            !FunctionWords.contains(token.text), !isDate(token.text),
            !(covered[block.id]?.overlaps(token.start..<token.end) ?? false)
          else { continue }
          let name = nameKind(token, places: places[block.id] ?? [])
          if levelFilter, name == nil,
            token.levelFromCharacter || token.characterLevel != nil
              || token.composedGloss
          {
            continue
          }
          if levelFilter, name == nil, let level = token.level, level <= options.knownLevel {
            continue
          }
          if levelFilter, name == nil, token.level == nil, let parts = token.partsLevel,
            parts <= options.knownLevel
          {
            continue
          }
          if sentenceText == nil {
            if scalars == nil { scalars = ScalarText(block.text) }
            sentenceText = (scalars?.slice(sentence.start, sentence.end) ?? "")
              .trimmingCharacters(in: .whitespacesAndNewlines)
          }
          indexByWord[token.text] = entries.count
          entries.append(
            VocabularyEntry(
              word: token.text, traditional: token.traditional ?? token.text,
              pinyin: token.pinyin ?? "",
              glosses: senses(token.glosses ?? []) ?? renderings[token.text].map { [$0] } ?? [],
              count: 1,
              sentence: sentenceText ?? "", sentenceEnglish: sentence.translation?.text ?? "",
              firstPosition: position, level: token.level, name: name))
        }
      }
    }
    return entries
  }

  /// Spans of key terms and formulas, by block: words inside them are not vocabulary.
  private static func coveredSpans(_ document: Document) -> [Int: SpanIndex] {
    var spans: [Int: [Range<Int>]] = [:]
    for a in document.annotations
    where (a.type == .term || a.type == .abbreviation) && a.start < a.end {
      spans[a.block, default: []].append(a.start..<a.end)
    }
    return spans.mapValues(SpanIndex.init)
  }

  /// Spans of place annotations (the PlaceNames example stage), by block.
  private static func placeSpans(_ document: Document) -> [Int: [Range<Int>]] {
    var spans: [Int: [Range<Int>]] = [:]
    for a in document.annotations where a.type.rawValue == "place" && a.start < a.end {
      spans[a.block, default: []].append(a.start..<a.end)
    }
    return spans
  }

  /// `person` or `place`: the token's own `name` field, a place annotation over it, or a
  /// dictionary entry for a proper name (capitalised pinyin, as CC-CEDICT writes names).
  static func nameKind(_ token: Token, places: [Range<Int>]) -> String? {
    if let own = token.extra?["name"]?.stringValue, own == "person" || own == "place" { return own }
    if places.contains(where: { $0.lowerBound <= token.start && $0.upperBound >= token.end }) {
      return "place"
    }
    guard token.level == nil, let first = token.pinyin?.unicodeScalars.first,
      first.properties.isUppercase, let gloss = token.glosses?.first
    else { return nil }
    let sense = gloss.lowercased()
    if ["brand", "company", "corporation", "abbr."].contains(where: sense.contains) { return nil }
    let placeWords = [
      "province", "city", "county", "district", "river", "mountain", "region", "town", "capital",
    ]
    if placeWords.contains(where: sense.contains) { return "place" }
    // A person's name: CC-CEDICT writes it as capitalised words only ("Lin Xiao").
    let words = gloss.split(whereSeparator: { !$0.isLetter })
    let capitalised = !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true }
    return capitalised && token.text.count <= 4 ? "person" : nil
  }

  /// A date or time: numerals followed by 年, 月, 日, 号… (二〇二五年, 三月, 十五日).
  static func isDate(_ text: String) -> Bool {
    let units: Set<Character> = ["年", "月", "日", "号", "时", "点", "分", "秒", "周", "岁", "届", "次", "倍"]
    var body = text
    var cut = false
    while let last = body.last, units.contains(last), body.count > 1 {
      body.removeLast()
      cut = true
    }
    if cut, isNumber(body) { return true }
    if text.hasPrefix("第"), text.count > 1 {
      return isNumber(String(text.dropFirst())) || isDate(String(text.dropFirst()))
    }
    return false
  }

  /// A Han word with pinyin or glosses that is not a number and holds no digits (72年).
  static func isVocabulary(_ token: Token) -> Bool {
    guard token.containsHan,
      !token.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
    else { return false }
    let hasReading = !(token.pinyin ?? "").isEmpty || !(token.glosses ?? []).isEmpty
    return hasReading && !isNumber(token.text, glosses: token.glosses ?? [])
  }

  /// Digits, or Chinese numerals whose dictionary sense (if any) is a number: 二〇三五, 72, 十四 and
  /// 一 are numbers; 万一 ("just in case") is a word.
  static func isNumber(_ text: String, glosses: [String] = []) -> Bool {
    let scalars = text.unicodeScalars
    if scalars.allSatisfy({ ("0"..."9").contains($0) || ("０"..."９").contains($0) }) { return true }
    guard
      scalars.allSatisfy({
        ChineseNumerals.numberCharacters.contains($0) || ("0"..."9").contains($0)
      })
    else {
      return false
    }
    guard let sense = glosses.first?.lowercased() else { return true }
    if let first = sense.unicodeScalars.first, ("0"..."9").contains(first) { return true }
    return sense.split(whereSeparator: { !$0.isLetter }).contains {
      numberWords.contains(String($0))
    }
  }

  private static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand",
    "million", "billion",
  ]
}
