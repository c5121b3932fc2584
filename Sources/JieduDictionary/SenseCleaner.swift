import JieduCore

/// Senses of one or more entries, cleaned for display: classifiers split out, cross-references and
/// marginal senses moved below the real ones.
public struct CleanedSenses: Sendable, Equatable {
  /// English senses, best first.
  public var glosses: [String]
  /// Classifiers from `CL:` senses, such as `个[ge4]` (simplified form kept, traditional dropped).
  public var classifiers: [String]

  /// Creates cleaned senses.
  public init(glosses: [String], classifiers: [String]) {
    self.glosses = glosses
    self.classifiers = classifiers
  }
}

/// Ranks and cleans CC-CEDICT senses.
///
/// Rank 0 is a real sense; higher ranks sink: 1 = `(archaic)`/`(old)` uses, 2 = `surname X`,
/// 3 = `variant of …`/`old variant of …`/`see …`/`used in …`. Order is stable within a rank.
public enum SenseCleaner {
  /// Cleans the senses of entries given best first, keeping at most `limit` glosses.
  public static func clean(_ entries: [CedictEntry], limit: Int? = nil) -> CleanedSenses {
    var ranked: [(rank: Int, order: Int, text: String)] = []
    var classifiers: [String] = []
    var seen: Set<String>?  // made only for a word of many senses
    var order = 0
    for entry in entries {
      for sense in entry.senses {
        let text = sense.trimmingSpaces()
        if text.isEmpty { continue }
        if text.hasPrefix("CL:") {
          for item in classifierItems(text) where !classifiers.contains(item) {
            classifiers.append(item)
          }
          continue
        }
        guard isNew(text, among: ranked, seen: &seen) else { continue }
        ranked.append((rank(of: text), order, text))
        order += 1
      }
    }
    ranked.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
    var glosses = ranked.map(\.text)
    if let limit, limit >= 0, glosses.count > limit { glosses = Array(glosses.prefix(limit)) }
    return CleanedSenses(glosses: glosses, classifiers: classifiers)
  }

  /// Whether `text` is not among the senses kept so far: compared with each while they are few (a
  /// set hashed every sense of every new word, most of cleaning a word's senses), through a set of
  /// them once they are many.
  private static func isNew(
    _ text: String, among ranked: [(rank: Int, order: Int, text: String)], seen: inout Set<String>?
  ) -> Bool {
    if seen == nil, ranked.count < 32 { return !ranked.contains { $0.text == text } }
    var set = seen ?? Set(ranked.map(\.text))
    seen = nil  // the one reference: inserted in place, not copied
    let inserted = set.insert(text).inserted
    seen = set
    return inserted
  }

  /// The rank of one sense: 0 for a real sense, higher for senses that should sink. Remembered per
  /// sense for the run: a new word's entries are ranked several times over (reading choice, sense
  /// cleaning, marginal senses), each time lower-casing and searching the text.
  public static func rank(of sense: String) -> Int {
    // Most senses are ASCII: tested on their bytes at once (no memo to lock, no text to hash).
    LowercasedASCII.with(sense, rank) ?? rankMemo.value(for: WordKey(sense)) { rankAnew(sense) }
  }

  /// `rank(of:)` of an all-ASCII sense, over its bytes.
  public static func rank(_ lower: LowercasedASCII) -> Int { rank(lowercased: lower) }

  private static let rankMemo = LockedMemo<WordKey, Int>()

  /// `rank(of:)` without the memo.
  static func rankAnew(_ sense: String) -> Int { rank(lowercased: LowercasedString(sense)) }

  /// The rules, on the sense's lower-cased text.
  private static func rank<Text: LowercasedText>(lowercased lower: Text) -> Int {
    if lower.hasPrefix("variant of ") || lower.hasPrefix("old variant of ")
      || lower.hasPrefix("japanese variant of ") || lower.hasPrefix("archaic variant of ")
      || lower.hasPrefix("see ") || lower.hasPrefix("used in ")
      || lower.hasPrefix("erhua variant of ") || lower.hasPrefix("(old) variant of ")
      || lower.hasPrefix("(archaic) variant of ") || lower.hasPrefix("also written ")
      || lower.contains(" variant of ")
    {
      return 3
    }
    if lower.hasPrefix("surname ") || lower.equals("surname") { return 2 }
    if lower.hasPrefix("(archaic)") || lower.hasPrefix("(old)") || lower.hasPrefix("(literary)")
      || lower.hasPrefix("(classical)") || lower.hasSuffix("(archaic)") || lower.hasSuffix("(old)")
    {
      return 1
    }
    return 0
  }

  /// `CL:個|个[ge4],位[wei4]` → `["个[ge4]", "位[wei4]"]`.
  static func classifierItems(_ sense: String) -> [String] {
    let body = sense.dropFirst(3)
    var items: [String] = []
    for raw in body.split(separator: ",") {
      var item = String(raw).trimmingSpaces()
      if let bar = item.firstIndex(of: "|") { item = String(item[item.index(after: bar)...]) }
      if !item.isEmpty { items.append(item) }
    }
    return items
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  func trimmingSpaces() -> String {
    // Most senses have nothing to trim: returned as they are (no copy).
    if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20,
      last != 0x09
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
