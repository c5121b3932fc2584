import JieduCore

/// One entry as a parser read it, before checking: each field's value and position.
///
/// Every format (YAML fast path, YAML through Yams, CSV, TSV, TBX) produces these, so that one
/// validator gives the same messages whatever the format.
struct RawGlossaryEntry {
  /// A field value as written.
  enum Value {
    /// A scalar; nil for YAML null (`~`, `null`, nothing).
    case scalar(String?)
    /// A list of scalars.
    case list([String?])
    /// Something else (a mapping, a nested list), described for messages.
    case other(String)
  }

  /// A field: its key, value and where both are.
  struct Field {
    var key: String
    var value: Value
    var keyLocation: GlossaryLocation
    var valueLocation: GlossaryLocation
  }

  /// Where the entry starts.
  var location: GlossaryLocation
  /// The fields in the order written.
  var fields: [Field] = []
  /// Whether the entry itself was not a mapping (`- just text`); holds a description.
  var notAMapping: String?
}

/// Turns raw entries into `GlossaryEntry` values, reporting every problem with its position.
enum GlossaryEntryValidator {
  /// The keys an entry may have.
  static let allowedKeys = ["term", "en", "pinyin", "note", "category", "aliases", "source"]

  /// Checks entries; entries with problems are left out of the result.
  static func validate(_ raw: [RawGlossaryEntry]) -> GlossaryParse {
    var result = GlossaryParse()
    result.entries.reserveCapacity(raw.count)
    for (index, item) in raw.enumerated() {
      switch entry(item, index: index) {
      case .success(let entry): result.entries.append(entry)
      case .failure(let problems): result.problems += problems.list
      }
    }
    return result
  }

  /// Problems of one entry, as an error so that `Result` can carry them.
  struct Problems: Error { var list: [GlossaryProblem] }

  private static func entry(_ item: RawGlossaryEntry, index: Int) -> Result<GlossaryEntry, Problems> {
    let path = "[\(index)]"
    if let kind = item.notAMapping {
      return .failure(
        Problems(list: [
          GlossaryProblem(
            at: item.location, "\(path): expected an entry (term: …, en: …), found \(kind)")
        ]))
    }
    var problems: [GlossaryProblem] = []
    var strings: [String: String] = [:]
    var aliases: [String] = []
    var seen: Set<String> = []
    for field in item.fields {
      let keyPath = "\(path).\(field.key)"
      guard allowedKeys.contains(field.key) else {
        problems.append(
          GlossaryProblem(
            at: field.keyLocation,
            "\(keyPath): unknown field '\(field.key)'"
              + "\(NameSuggestion.didYouMean(field.key, in: allowedKeys)); valid: "
              + allowedKeys.joined(separator: ", ")))
        continue
      }
      guard seen.insert(field.key).inserted else {
        problems.append(GlossaryProblem(at: field.keyLocation, "\(keyPath): field given twice"))
        continue
      }
      if field.key == "aliases" {
        switch field.value {
        case .scalar(nil): break
        case .scalar(.some(let s)):
          problems.append(
            GlossaryProblem(
              at: field.valueLocation, "\(keyPath): expected a list of strings, found '\(s)'"))
        case .list(let items):
          for (i, alias) in items.enumerated() {
            let trimmed = alias.map(trim) ?? ""
            if trimmed.isEmpty {
              problems.append(GlossaryProblem(at: field.valueLocation, "\(keyPath)[\(i)]: empty alias"))
            } else {
              aliases.append(trimmed)
            }
          }
        case .other(let kind):
          problems.append(
            GlossaryProblem(
              at: field.valueLocation, "\(keyPath): expected a list of strings, found \(kind)"))
        }
        continue
      }
      switch field.value {
      case .scalar(let s): if let s { strings[field.key] = s }
      case .list:
        problems.append(
          GlossaryProblem(at: field.valueLocation, "\(keyPath): expected a string, found a list"))
      case .other(let kind):
        problems.append(
          GlossaryProblem(at: field.valueLocation, "\(keyPath): expected a string, found \(kind)"))
      }
    }
    let term = strings["term"].map(trim)
    let en = strings["en"]
    for (key, value) in [("term", term), ("en", en.map(trim))] {
      let field = item.fields.first { $0.key == key }
      if value == nil {
        problems.append(GlossaryProblem(at: item.location, "\(path): missing required field '\(key)'"))
      } else if value?.isEmpty == true {
        problems.append(
          GlossaryProblem(at: field?.valueLocation ?? item.location, "\(path).\(key): empty \(key)"))
      }
    }
    guard problems.isEmpty, let term, let en else { return .failure(Problems(list: problems)) }
    func optional(_ key: String) -> String? {
      strings[key].flatMap { trim($0).isEmpty ? nil : $0 }
    }
    return .success(
      GlossaryEntry(
        term: term, en: en, pinyin: optional("pinyin"), note: optional("note"),
        category: optional("category").map(trim), aliases: aliases, source: optional("source"),
        location: item.location))
  }

  /// Strips spaces, tabs and ideographic spaces around a term.
  static func trim(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
    guard let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
    return String(scalars[first...last])
  }

  private static func isBlank(_ s: Unicode.Scalar) -> Bool {
    s.isSpaceLike || s == "\n" || s == "\r"
  }
}

/// What parsing a glossary file gives: the valid entries and every problem found.
public struct GlossaryParse: Sendable {
  /// Entries that passed every check, in file order.
  public var entries: [GlossaryEntry] = []
  /// Problems, in file order.
  public var problems: [GlossaryProblem] = []

  /// An empty result.
  public init() {}
}
