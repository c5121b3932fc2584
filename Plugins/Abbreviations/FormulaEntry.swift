import JieduCore
import JieduKnowledge

/// One numeric formula of a list (the built-in formulas.yaml or a user's file): a knowledge-base
/// entry that has items.
///
/// ```yaml
/// - term: 三会一课
///   en: three meetings and one lesson
///   pinyin: sān huì yī kè
///   items: [支部党员大会, 支部委员会, 党小组会, 党课]
///   category: organisation
///   aliases: [三會一課]
///   status: established
///   source: …
///   items-en: [branch general meeting, branch committee meeting, Party group meeting, Party lecture]
/// ```
public typealias FormulaEntry = KnowledgeEntry

/// One entry of a formula list as the YAML decoder reads it, checked: the list's format.
struct FormulaRecord: Decodable {
  /// The keys an entry may have.
  static let keys = [
    "term", "en", "pinyin", "items", "category", "note", "aliases", "source", "count", "status",
    "url",
    "also", "region", "items-en",
  ]

  /// The entry.
  let entry: FormulaEntry

  /// Decodes an entry, rejecting unknown keys, empty terms, empty item lists, unknown categories and
  /// statuses, and `items-en` lists whose length differs from `items`.
  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    for key in c.allKeys where !FormulaRecord.keys.contains(key.stringValue) {
      let valid = FormulaRecord.keys.joined(separator: ", ")
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [key],
          debugDescription: "unknown key '\(key.stringValue)'; valid: \(valid)"))
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
    let term = try required("term", String.self).trimmingSpaces
    let en = try required("en", String.self)
    let pinyin = try optional("pinyin", String.self)
    let items = try required("items", [String].self).map(\.trimmingSpaces)
    let category = try optional("category", String.self)
    let note = try optional("note", String.self)
    let aliases = try optional("aliases", [String].self)?.map(\.trimmingSpaces) ?? []
    let source = try optional("source", String.self)
    let count = try optional("count", Int.self)
    let statusName = try optional("status", String.self)?.trimmingSpaces
    let url = try optional("url", String.self)?.trimmingSpaces
    let also = try optional("also", [String].self)?.map(\.trimmingSpaces) ?? []
    let region = try optional("region", String.self)?.trimmingSpaces
    let itemsEn = try optional("items-en", [String].self)?.map(\.trimmingSpaces)
    if term.isEmpty { throw invalid("term", "the term is empty") }
    if items.isEmpty || items.contains(where: \.isEmpty) {
      throw invalid("items", "items must be a non-empty list of non-empty strings")
    }
    if let category, !FormulaCategory.all.contains(category) {
      throw invalid(
        "category",
        "unknown category '\(category)'\(NameSuggestion.didYouMean(category, in: FormulaCategory.all)); "
          + "valid: \(FormulaCategory.all.joined(separator: ", "))")
    }
    if let count, count < 1 { throw invalid("count", "count must be at least 1") }
    var status: KnowledgeStatus?
    if let statusName {
      status = KnowledgeStatus(rawValue: statusName)
      if status == nil {
        throw invalid(
          "status",
          "unknown status '\(statusName)'\(NameSuggestion.didYouMean(statusName, in: KnowledgeStatus.names)); "
            + "valid: \(KnowledgeStatus.names.joined(separator: ", "))")
      }
    }
    if let itemsEn {
      if itemsEn.count != items.count {
        throw invalid(
          "items-en",
          "items-en has \(itemsEn.count) entr\(itemsEn.count == 1 ? "y" : "ies") but items has "
            + "\(items.count); give one English item per Chinese item, in the same order")
      }
      if itemsEn.contains(where: \.isEmpty) {
        throw invalid("items-en", "items-en must not contain empty strings")
      }
    }
    if also.contains(where: \.isEmpty) {
      throw invalid("also", "also must not contain empty strings")
    }
    entry = FormulaEntry(
      term: term, en: en, pinyin: pinyin, note: note, category: category, aliases: aliases,
      source: source, items: items, count: count, status: status, url: url, also: also,
      region: region, itemsEn: itemsEn)
  }
}

/// What a formula's numerals announce, and whether its items agree.
extension KnowledgeEntry {
  /// How many items the term announces: `count` when given, else the sum of its numerals.
  public var announcedCount: Int? {
    count ?? ChineseNumerals.expectedCount(of: Array(term.unicodeScalars))
  }

  /// Whether the items agree with the announced count (true when the term has no numeral).
  public var countMatches: Bool { announcedCount.map { $0 == (items?.count ?? 0) } ?? true }
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
