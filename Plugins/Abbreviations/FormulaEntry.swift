import JieduCore

/// One numeric formula of a list (the built-in formulas.yaml or a user's file).
///
/// ```yaml
/// - term: 三会一课
///   en: three meetings and one lesson
///   pinyin: sān huì yī kè
///   items: [支部党员大会, 支部委员会, 党小组会, 党课]
///   category: organisation
///   aliases: [三會一課]
///   source: …
/// ```
public struct FormulaEntry: Sendable, Equatable, Decodable {
  /// The formula as written (三会一课).
  public var term: String
  /// The English rendering.
  public var en: String
  /// Pinyin with tone marks.
  public var pinyin: String?
  /// The items the formula stands for, in Chinese, one string each.
  public var items: [String]
  /// One of `FormulaEntry.categories`.
  public var category: String?
  /// A one-line explanatory note.
  public var note: String?
  /// Other spellings (traditional characters, variants) that mean the same formula.
  public var aliases: [String]
  /// Where the expansion comes from.
  public var source: String?
  /// The number of items, when it differs from the sum of the numerals in the term (五位一体 aside).
  public var count: Int?

  /// The categories a formula may have.
  public static let categories = [
    "organisation", "ideology", "policy", "economy", "society", "discipline",
  ]

  /// The keys an entry may have.
  public static let keys = [
    "term", "en", "pinyin", "items", "category", "note", "aliases", "source", "count",
  ]

  /// Creates an entry.
  public init(
    term: String, en: String, pinyin: String? = nil, items: [String], category: String? = nil,
    note: String? = nil, aliases: [String] = [], source: String? = nil, count: Int? = nil
  ) {
    self.term = term
    self.en = en
    self.pinyin = pinyin
    self.items = items
    self.category = category
    self.note = note
    self.aliases = aliases
    self.source = source
    self.count = count
  }

  /// Decodes an entry, rejecting unknown keys, empty terms, empty item lists and unknown categories.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    for key in c.allKeys where !FormulaEntry.keys.contains(key.stringValue) {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [key],
          debugDescription:
            "unknown key '\(key.stringValue)'; valid: \(FormulaEntry.keys.joined(separator: ", "))")
      )
    }
    func required<T: Decodable>(_ name: String, _ type: T.Type) throws -> T {
      try c.decode(T.self, forKey: AnyKey(name))
    }
    func optional<T: Decodable>(_ name: String, _ type: T.Type) throws -> T? {
      try c.decodeIfPresent(T.self, forKey: AnyKey(name))
    }
    func invalid(_ name: String, _ message: String) -> DecodingError {
      .dataCorrupted(.init(codingPath: c.codingPath + [AnyKey(name)], debugDescription: message))
    }
    term = try required("term", String.self).trimmingSpaces
    en = try required("en", String.self)
    pinyin = try optional("pinyin", String.self)
    items = try required("items", [String].self).map(\.trimmingSpaces)
    category = try optional("category", String.self)
    note = try optional("note", String.self)
    aliases = try optional("aliases", [String].self)?.map(\.trimmingSpaces) ?? []
    source = try optional("source", String.self)
    count = try optional("count", Int.self)
    if term.isEmpty { throw invalid("term", "the term is empty") }
    if items.isEmpty || items.contains(where: \.isEmpty) {
      throw invalid("items", "items must be a non-empty list of non-empty strings")
    }
    if let category, !FormulaEntry.categories.contains(category) {
      throw invalid(
        "category",
        "unknown category '\(category)'\(NameSuggestion.didYouMean(category, in: FormulaEntry.categories)); "
          + "valid: \(FormulaEntry.categories.joined(separator: ", "))")
    }
    if let count, count < 1 { throw invalid("count", "count must be at least 1") }
  }

  /// How many items the term announces: `count` when given, else the sum of its numerals.
  public var announcedCount: Int? { count ?? ChineseNumerals.expectedCount(of: Array(term.unicodeScalars)) }

  /// Whether the items agree with the announced count (true when the term has no numeral).
  public var countMatches: Bool { announcedCount.map { $0 == items.count } ?? true }
}

extension String {
  /// The string without leading and trailing spaces (ASCII and ideographic).
  var trimmingSpaces: String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, scalars[start].isSpaceLike || scalars[start] == "\n" { start += 1 }
    while end > start, scalars[end - 1].isSpaceLike || scalars[end - 1] == "\n" { end -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }
}
