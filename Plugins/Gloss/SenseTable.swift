import Foundation
import JieduCore

/// The hand-written sense table (`Resources/senses.tsv`): for common function and light words, the
/// gloss a reader of running prose needs first, chosen by simple conditions on the reading and the
/// neighbouring tokens.
struct SenseTable: Sendable {
  /// When a row applies.
  enum Condition: Sendable, Equatable {
    case always
    case reading(String)
    case clauseEnd
    case nextStarts(Set<Unicode.Scalar>)
    case previousWord(Set<String>)
    case nextWord(Set<String>)
  }

  /// One row: a condition and the gloss it gives.
  struct Row: Sendable, Equatable {
    var condition: Condition
    var gloss: String
  }

  /// What the conditions look at around one token.
  struct Context {
    /// The token's numbered syllables, lower case, joined by spaces.
    var reading: String
    /// The previous token's text in the sentence, or nil at the start.
    var previous: String?
    /// The next token's text in the sentence, or nil at the end.
    var next: String?
  }

  /// Rows by word, in file order.
  let rows: [String: [Row]]
  /// The same rows by the words' bytes, asked of every token.
  private let rowsByWord: WordTable<[Row]>

  /// The built-in table.
  static let builtin: SenseTable = {
    guard let url = Bundle.module.url(forResource: "senses", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return SenseTable(rows: [:]) }
    return SenseTable(parsing: text)
  }()

  init(rows: [String: [Row]]) {
    self.rows = rows
    rowsByWord = WordTable(
      Dictionary(uniqueKeysWithValues: rows.map { (WordKey($0.key), $0.value) }))
  }

  /// Whether the table has rows for `word`.
  func hasRows(for word: String) -> Bool { rows(for: word) != nil }

  /// The rows of `word`, or nil.
  func rows(for word: String) -> [Row]? { rowsByWord.value(of: word) }

  /// Parses `word<TAB>when<TAB>gloss` lines; `#` lines and malformed lines are skipped.
  init(parsing text: String) {
    var rows: [String: [Row]] = [:]
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty,
        let condition = SenseTable.condition(fields[1])
      else { continue }
      rows[fields[0], default: []].append(Row(condition: condition, gloss: fields[2]))
    }
    self.init(rows: rows)
  }

  private static func condition(_ text: String) -> Condition? {
    if text == "*" { return .always }
    if text == "end" { return .clauseEnd }
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let key = text[..<equals]
    let value = String(text[text.index(after: equals)...])
    switch key {
    case "read": return .reading(value)
    case "next": return .nextStarts(Set(value.unicodeScalars))
    case "prev": return .previousWord(Set(value.split(separator: "|").map(String.init)))
    case "nextword": return .nextWord(Set(value.split(separator: "|").map(String.init)))
    default: return nil
    }
  }

  /// Final particles after which a word still ends its clause (对了, 给的).
  private static let finalParticles: Set<String> = ["了", "吗", "呢", "吧", "啊", "呀", "的", "啦"]

  /// The gloss of the first row of `word` whose condition holds, or nil.
  func gloss(for word: String, in context: Context) -> String? {
    guard let list = rows(for: word) else { return nil }
    return SenseTable.gloss(
      list, previous: context.previous, next: context.next, reading: { context.reading })
  }

  /// The gloss of the first of `rows` whose condition holds between `previous` and `next`, or nil;
  /// `reading` (the token's numbered syllables, lower case, joined by spaces) is worked out only
  /// when a row asks for it.
  static func gloss(
    _ rows: [Row], previous: String?, next: String?, reading: () -> String
  ) -> String? {
    var known: String?
    func lazyReading() -> String {
      if let known { return known }
      let made = reading()
      known = made
      return made
    }
    for row in rows where holds(row.condition, previous, next, lazyReading) { return row.gloss }
    return nil
  }

  private static func holds(
    _ condition: Condition, _ previous: String?, _ next: String?, _ reading: () -> String
  ) -> Bool {
    switch condition {
    case .always: return true
    case .reading(let syllables): return reading() == syllables
    case .clauseEnd:
      guard let next else { return true }
      if !next.unicodeScalars.contains(where: \.isHan) { return true }
      return finalParticles.contains(next)
    case .nextStarts(let set):
      guard let first = next?.unicodeScalars.first else { return false }
      return set.contains(first)
    case .previousWord(let words): return previous.map(words.contains) ?? false
    case .nextWord(let words): return next.map(words.contains) ?? false
    }
  }
}
