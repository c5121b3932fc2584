import JieduCore
import JieduVocabulary

/// The exercises after the handout (`exercises: true`), worked out from the document, shared by
/// HTML and Markdown:
///
/// - a cloze for each key term: the term's sentence around its first appearance with the term
///   blanked (one blank character per Chinese character), its English rendering as the hint;
/// - formulas matched to their items, the item lists shuffled by a fixed seed (the formula texts),
///   so the same article always gives the same exercise and no list stays beside its formula;
///   (the cloze is made at the term's first appearance in the body, not in the title or byline);
/// - the pinyin of the article's polyphonic characters (`RenderOptions.characterReadings`) as they
///   occur in the article's own words: first the characters the article reads two ways, then the
///   common polyphonic characters (多音字) in a word of two or more characters, each reading once.
struct HandoutExercises {
  /// One cloze line.
  struct Cloze: Equatable {
    /// The text before the blank (with "…" where the sentence was cut).
    var before: String
    /// The blank: one full-width space per character of the term.
    var blank: String
    /// The text after the blank.
    var after: String
    /// The English rendering of the term, else its pinyin.
    var hint: String
    /// The term.
    var answer: String
    /// Its pinyin, for the answer key.
    var answerPinyin: String
  }

  /// One formula of the matching exercise, with the letter of its items.
  struct MatchedFormula: Equatable {
    /// The formula (三会一课).
    var formula: String
    /// The letter of its item list among the shuffled lists.
    var letter: String
  }

  /// One polyphone item: a character inside a word of the article.
  struct Polyphone: Equatable {
    /// The word as the article writes it.
    var word: String
    /// Where the character is in the word (in characters).
    var index: Int
    /// The reading in this word, as the handout shows it.
    var answer: String
    /// The character's other readings.
    var others: [String]

    /// The character asked about.
    var character: String { String(Array(word)[index]) }
  }

  /// A cloze per key term, in the order of the Key terms table.
  var clozes: [Cloze] = []
  /// The formulas to match, in the order of the Formulas table.
  var formulas: [MatchedFormula] = []
  /// The item lists, shuffled, lettered A, B, C… in this order.
  var itemLists: [[String]] = []
  /// The polyphone items.
  var polyphones: [Polyphone] = []

  /// The most polyphone items.
  static let maxPolyphones = 24
  /// The most characters of the sentence kept on each side of a cloze's blank.
  static let clozeRadius = 16

  /// Whether there is no exercise at all.
  var isEmpty: Bool { clozes.isEmpty && formulas.isEmpty && polyphones.isEmpty }

  /// The exercises of a handout.
  init(_ model: HandoutModel) {
    let document = model.document
    var blocks: [Int: Block] = [:]
    for block in document.blocks { blocks[block.id] = block }
    // A cloze is made from the body: the title and byline give a term no context.
    let bodyIDs = Set(model.body.map(\.id))
    var firstInBody: [String: Annotation] = [:]
    for a in document.annotations
    where a.type == .term && bodyIDs.contains(a.block) && firstInBody[a.text] == nil {
      firstInBody[a.text] = a
    }
    for note in model.catalog.notes(of: .term) {
      let a = firstInBody[note.annotation.text] ?? note.annotation
      guard let block = blocks[a.block] else { continue }
      let pinyin = model.pinyin(of: a)
      let hint = a.rendering.flatMap { $0.isEmpty ? nil : $0 } ?? pinyin
      if let cloze = Self.cloze(a, in: block, hint: hint, pinyin: pinyin) { clozes.append(cloze) }
    }
    var seen: Set<String> = []
    let matchable = model.catalog.notes(of: .formula).map(\.annotation).filter {
      !($0.expansion ?? []).isEmpty && $0.formulaOrigin != .unresolved
        && seen.insert($0.text).inserted
    }
    if matchable.count >= 2 {
      let order = Self.shuffledOrder(matchable.count, seed: matchable.map(\.text).joined())
      // order[k] = the formula whose items are shown k-th.
      itemLists = order.map { matchable[$0].expansion ?? [] }
      var letterOf: [Int: String] = [:]
      for (k, formula) in order.enumerated() { letterOf[formula] = Self.letter(k) }
      formulas = matchable.enumerated().map {
        MatchedFormula(formula: $0.element.text, letter: letterOf[$0.offset] ?? "")
      }
    }
    if let readings = model.options.characterReadings {
      polyphones = Self.polyphones(document, readings: readings)
    }
  }

  /// A, B, … Z, then AA, AB…
  static func letter(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < 26
      ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
  }

  /// The cloze of a term at its first appearance: its sentence, cut to `clozeRadius` characters
  /// on either side, with every appearance of the term in it blanked.
  static func cloze(_ a: Annotation, in block: Block, hint: String, pinyin: String) -> Cloze? {
    let text = ScalarText(block.text)
    guard a.start < a.end, a.end <= text.count else { return nil }
    let sentence = block.sentences.first { $0.start <= a.start && a.start < $0.end }
    let from = max(sentence?.start ?? 0, 0, a.start - clozeRadius)
    let to = min(sentence?.end ?? text.count, text.count, a.end + clozeRadius)
    let blank = String(repeating: "\u{3000}", count: max(2, a.text.count))
    var before = text.slice(max(from, 0), a.start)
    var after = text.slice(a.end, max(a.end, to))
    if from > (sentence?.start ?? 0) { before = "…" + before }
    if to < (sentence?.end ?? text.count) { after += "…" }
    before = before.trimmingCharacters(in: .whitespacesAndNewlines)
    after = after.trimmingCharacters(in: .whitespacesAndNewlines)
    // Another appearance of the term in the window would give the answer away.
    before = before.replacingOccurrences(of: a.text, with: blank)
    after = after.replacingOccurrences(of: a.text, with: blank)
    return Cloze(
      before: before, blank: blank, after: after, hint: hint, answer: a.text, answerPinyin: pinyin)
  }

  /// A fixed shuffle of `0..<count` seeded by `seed` (FNV-1a, then xorshift), with no number left
  /// in its own place.
  static func shuffledOrder(_ count: Int, seed: String) -> [Int] {
    var state: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in seed.utf8 { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
    if state == 0 { state = 1 }
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    var order = Array(0..<count)
    if count < 2 { return order }
    for i in stride(from: count - 1, to: 0, by: -1) {
      order.swapAt(i, Int(next() % UInt64(i + 1)))
    }
    for i in 0..<count where order[i] == i { order.swapAt(i, (i + 1) % count) }
    return order
  }

  /// The polyphone items: characters with two or more readings in the article's words, each
  /// reading once: those the article reads two ways first, then the common polyphonic characters
  /// in a word of two or more characters, in order of first appearance; names (capitalised pinyin)
  /// left out.
  static func polyphones(
    _ document: Document, readings: (Character) -> CharacterReadings
  ) -> [Polyphone] {
    var known: [Character: CharacterReadings] = [:]
    var found: [Character: [Polyphone]] = [:]
    var order: [Character] = []
    var single: [Character: Polyphone] = [:]
    for block in document.blocks {
      for sentence in block.sentences {
        for token in sentence.tokens where token.containsHan {
          guard let pinyin = token.pinyin, let first = pinyin.unicodeScalars.first,
            !first.properties.isUppercase
          else { continue }
          let characters = Array(token.text)
          let syllables = pinyin.split(separator: " ").map { $0.lowercased() }
          guard characters.count == syllables.count else { continue }
          for (index, character) in characters.enumerated() {
            let entry = known[character] ?? readings(character)
            known[character] = entry
            guard entry.readings.count >= 2 else { continue }
            let reading = syllables[index]
            // A neutral-tone weak form of a toned reading (力量 lìliang, 关系 guānxi) is a
            // question about the neutral tone, not about the character's readings.
            if ToneColours.tone(of: Substring(reading)) == 5, !entry.readings.contains(reading) {
              continue
            }
            let item = Polyphone(
              word: token.text, index: index, answer: reading,
              others: entry.readings.filter { $0 != reading })
            if found[character] == nil, single[character] == nil { order.append(character) }
            if characters.count == 1 {
              if single[character] == nil { single[character] = item }
              continue
            }
            if found[character]?.contains(where: { $0.answer == reading }) == true { continue }
            found[character, default: []].append(item)
          }
        }
      }
    }
    // A character standing alone counts when its words read it otherwise.
    for (character, item) in single
    where found[character].map({ !$0.contains { $0.answer == item.answer } }) == true {
      found[character]?.append(item)
    }
    let twoWays = order.filter { (found[$0]?.count ?? 0) >= 2 }
    let common = order.filter { (found[$0]?.count ?? 0) == 1 && known[$0]?.isCommon == true }
    var items: [Polyphone] = []
    for character in twoWays + common {
      for item in found[character] ?? [] where items.count < maxPolyphones { items.append(item) }
    }
    return items
  }
}
