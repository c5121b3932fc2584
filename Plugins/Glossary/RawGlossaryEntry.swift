import JieduCore
import JieduKnowledge

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
  static let allowedKeys = [
    "term", "en", "pinyin", "note", "category", "aliases", "source", "status", "url", "also",
    "region",
  ]

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

  private static func entry(_ item: RawGlossaryEntry, index: Int) -> Result<GlossaryEntry, Problems>
  {
    var path: String { "[\(index)]" }  // only built for messages
    if let kind = item.notAMapping {
      return .failure(
        Problems(list: [
          GlossaryProblem(
            at: item.location, "\(path): expected an entry (term: …, en: …), found \(kind)")
        ]))
    }
    var problems: [GlossaryProblem] = []
    var values = FieldValues()
    var present: UInt16 = 0
    var lists: [Int: [String]] = [:]
    for field in item.fields {
      guard let slot = slot(of: field.key) else {
        let keyPath = "\(path).\(field.key)"
        problems.append(
          GlossaryProblem(
            at: field.keyLocation,
            "\(keyPath): unknown field '\(field.key)'"
              + "\(NameSuggestion.didYouMean(field.key, in: allowedKeys)); valid: "
              + allowedKeys.joined(separator: ", ")))
        continue
      }
      guard present & (1 << slot) == 0 else {
        problems.append(
          GlossaryProblem(at: field.keyLocation, "\(path).\(field.key): field given twice"))
        continue
      }
      present |= 1 << slot
      if slot == aliasesSlot || slot == alsoSlot {
        let name = field.key
        let what = slot == aliasesSlot ? "alias" : "rendering"
        var list: [String] = []
        switch field.value {
        case .scalar(nil): break
        case .scalar(.some(let s)):
          problems.append(
            GlossaryProblem(
              at: field.valueLocation, "\(path).\(name): expected a list of strings, found '\(s)'"))
        case .list(let items):
          for (i, item) in items.enumerated() {
            let trimmed = item.map(trim) ?? ""
            if trimmed.isEmpty {
              problems.append(
                GlossaryProblem(at: field.valueLocation, "\(path).\(name)[\(i)]: empty \(what)"))
            } else {
              list.append(trimmed)
            }
          }
        case .other(let kind):
          problems.append(
            GlossaryProblem(
              at: field.valueLocation, "\(path).\(name): expected a list of strings, found \(kind)")
          )
        }
        lists[slot] = list
        continue
      }
      switch field.value {
      case .scalar(let s): values[slot] = s
      case .list:
        problems.append(
          GlossaryProblem(
            at: field.valueLocation, "\(path).\(field.key): expected a string, found a list"))
      case .other(let kind):
        problems.append(
          GlossaryProblem(
            at: field.valueLocation, "\(path).\(field.key): expected a string, found \(kind)"))
      }
    }
    let term = values[0].map(trim)
    let en = values[1]
    func require(_ key: String, _ value: String?) {
      if value == nil {
        problems.append(
          GlossaryProblem(at: item.location, "\(path): missing required field '\(key)'"))
      } else if value?.isEmpty == true {
        let field = item.fields.first { $0.key == key }
        problems.append(
          GlossaryProblem(at: field?.valueLocation ?? item.location, "\(path).\(key): empty \(key)")
        )
      }
    }
    require("term", term)
    require("en", en.map(trim))
    func optional(_ slot: Int) -> String? {
      guard let value = values[slot], !value.isEmpty, !trim(value).isEmpty else { return nil }
      return value
    }
    var status: KnowledgeStatus?
    if let written = optional(7).map(trim) {
      status = KnowledgeStatus(rawValue: written)
      if status == nil {
        let field = item.fields.first { $0.key == "status" }
        problems.append(
          GlossaryProblem(
            at: field?.valueLocation ?? item.location,
            "\(path).status: unknown status '\(written)'"
              + "\(NameSuggestion.didYouMean(written, in: KnowledgeStatus.names)); valid: "
              + KnowledgeStatus.names.joined(separator: ", ")))
      }
    }
    guard problems.isEmpty, let term, let en else { return .failure(Problems(list: problems)) }
    return .success(
      GlossaryEntry(
        term: term, en: en, pinyin: optional(2), note: optional(3), category: optional(4).map(trim),
        aliases: lists[aliasesSlot] ?? [], source: optional(6), location: item.location,
        status: status, url: optional(8).map(trim), also: lists[alsoSlot] ?? [],
        region: optional(10).map(trim)))
  }

  private static let aliasesSlot = 5
  private static let alsoSlot = 9

  /// The string fields of one entry by slot, without a heap allocation per entry.
  private struct FieldValues {
    var term, en, pinyin, note, category, source, status, url, region: String?

    subscript(slot: Int) -> String? {
      get {
        switch slot {
        case 0: return term
        case 1: return en
        case 2: return pinyin
        case 3: return note
        case 4: return category
        case 6: return source
        case 7: return status
        case 8: return url
        case 10: return region
        default: return nil
        }
      }
      set {
        switch slot {
        case 0: term = newValue
        case 1: en = newValue
        case 2: pinyin = newValue
        case 3: note = newValue
        case 4: category = newValue
        case 6: source = newValue
        case 7: status = newValue
        case 8: url = newValue
        case 10: region = newValue
        default: break
        }
      }
    }
  }

  /// The index of a key in `allowedKeys`.
  private static func slot(of key: String) -> Int? {
    switch key {
    case "term": return 0
    case "en": return 1
    case "pinyin": return 2
    case "note": return 3
    case "category": return 4
    case "aliases": return 5
    case "source": return 6
    case "status": return 7
    case "url": return 8
    case "also": return 9
    case "region": return 10
    default: return nil
    }
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
