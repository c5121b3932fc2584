import Foundation

/// Internal general entities of an XML file (`<!ENTITY e "Party">` in the DOCTYPE, used as `&e;`),
/// expanded before parsing: FoundationXML drops their text (`CPC &e;` would read `CPC`). Expansion has
/// a depth and a size budget, so a loop or an "entity bomb" is refused with a reason, never expanded.
/// External entities (`SYSTEM`, `PUBLIC`) are not declarations this reads: they stay unresolved.
enum XMLInternalEntities {
  /// Most text the entities of one file may expand to.
  static let maximumExpansion = 16 << 20
  /// Deepest nesting of entities inside entity values.
  static let maximumDepth = 16

  /// The text with every declared internal entity's references replaced by its value; the text
  /// itself when it declares none.
  static func expand(_ text: String) throws -> String {
    guard text.contains("<!ENTITY"), let subset = internalSubset(of: text) else { return text }
    let declared = declarations(in: String(text[subset]))
    guard !declared.isEmpty else { return text }
    var budget = maximumExpansion
    var values: [String: String] = [:]
    for name in declared.keys {
      values[name] = try value(of: name, declared: declared, depth: 0, budget: &budget)
    }
    let body = text[subset.upperBound...]
    var out = String(text[..<subset.upperBound])
    try replace(body, values: values, into: &out, budget: &budget)
    return out
  }

  /// The range of the DOCTYPE's internal subset, `[ … ]`.
  private static func internalSubset(of text: String) -> Range<String.Index>? {
    guard let doctype = text.range(of: "<!DOCTYPE"),
      let open = text[doctype.upperBound...].firstIndex(of: "["),
      !text[doctype.upperBound..<open].contains(">"),
      let close = text[open...].range(of: "]>")
        ?? text[open...].range(of: "]", options: [])
    else { return nil }
    return open..<close.lowerBound
  }

  /// `name → raw value` of each `<!ENTITY name "value">` (parameter entities left out).
  private static func declarations(in subset: String) -> [String: String] {
    var found: [String: String] = [:]
    let pattern = #"<!ENTITY\s+([A-Za-z_][A-Za-z0-9._\-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [:] }
    let range = NSRange(subset.startIndex..., in: subset)
    for match in regex.matches(in: subset, range: range) {
      guard let name = Range(match.range(at: 1), in: subset) else { continue }
      let quoted = Range(match.range(at: 2), in: subset) ?? Range(match.range(at: 3), in: subset)
      let key = String(subset[name])
      // The first declaration wins, as in XML.
      if found[key] == nil { found[key] = quoted.map { String(subset[$0]) } ?? "" }
    }
    return found
  }

  private static func value(
    of name: String, declared: [String: String], depth: Int, budget: inout Int
  ) throws -> String {
    guard depth < maximumDepth else {
      throw XMLEntityProblem(
        "entity '\(name)' nests more than \(maximumDepth) deep (an entity loop?)")
    }
    let raw = declared[name] ?? ""
    var out = ""
    var rest = Substring(raw)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";") else {
        out += rest[amp...]
        rest = ""
        break
      }
      let reference = String(rest[rest.index(after: amp)..<semicolon])
      if reference == name {
        throw XMLEntityProblem("entity '\(name)' refers to itself (an entity loop)")
      }
      if declared[reference] != nil {
        out += try value(of: reference, declared: declared, depth: depth + 1, budget: &budget)
      } else {
        out += rest[amp...semicolon]
      }
      rest = rest[rest.index(after: semicolon)...]
      if out.utf8.count > budget { throw tooLarge }
    }
    out += rest
    budget -= out.utf8.count
    if budget < 0 { throw tooLarge }
    return out
  }

  private static func replace(
    _ body: Substring, values: [String: String], into out: inout String, budget: inout Int
  ) throws {
    var rest = body
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].prefix(80).firstIndex(of: ";") else {
        out += "&"
        rest = rest[rest.index(after: amp)...]
        continue
      }
      let reference = String(rest[rest.index(after: amp)..<semicolon])
      if let value = values[reference] {
        budget -= value.utf8.count
        if budget < 0 { throw tooLarge }
        out += value
      } else {
        out += rest[amp...semicolon]
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    out += rest
  }

  private static var tooLarge: XMLEntityProblem {
    XMLEntityProblem(
      "entities expand to more than \(maximumExpansion >> 20) MiB (an entity bomb?); refused")
  }
}

/// Why a file's entities were not expanded.
struct XMLEntityProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
