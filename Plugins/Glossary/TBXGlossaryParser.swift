import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TermBase eXchange files (TBX 2 `termEntry/langSet/tig`, TBX 3 `conceptEntry/langSec/termSec`).
///
/// Per concept entry, the first Chinese term (`xml:lang` starting with `zh`) is the term and any
/// further Chinese terms are aliases; the first English term is the rendering and further English
/// terms its `also`. A `definition` or `note` becomes the note, a `subjectField` the category, a
/// `source` the source, a `status`, `url` or `region` descrip/admin that field, and a `pronunciation`
/// termNote on a Chinese term the pinyin.
enum TBXGlossaryParser {
  /// Raw entries and XML problems.
  static func parse(_ bytes: [UInt8], name: String) -> (
    entries: [RawGlossaryEntry], problems: [GlossaryProblem]
  ) {
    var bytes = bytes
    // Internal entities (`<!ENTITY e "Party">`) expanded first, within a budget: XMLParser drops them.
    if let text = String(validating: bytes, as: UTF8.self), text.contains("<!ENTITY") {
      do {
        bytes = Array(try XMLInternalEntities.expand(text).utf8)
      } catch let problem as XMLEntityProblem {
        return (
          [],
          [
            GlossaryProblem(
              file: name, line: 1, column: 1, message: "not valid TBX/XML (\(problem.message))")
          ]
        )
      } catch {
        return (
          [],
          [GlossaryProblem(file: name, line: 1, column: 1, message: "not valid TBX/XML (\(error))")]
        )
      }
    }
    let parser = XMLParser(data: Data(bytes))
    let reader = TBXReader(name: name)
    parser.delegate = reader
    parser.shouldResolveExternalEntities = false
    let finished = parser.parse()
    if let error = reader.firstError
      ?? (finished ? nil : (parser.parserError, parser.lineNumber, parser.columnNumber))
    {
      let problem = GlossaryProblem(
        file: name, line: max(1, error.line), column: max(1, error.column),
        message: "not valid TBX/XML (\(describe(error.error)))")
      return ([], [problem])
    }
    return (reader.entries, [])
  }

  /// A short reason for an XML error.
  private static func describe(_ error: (any Error)?) -> String {
    guard let error else { return "unknown error" }
    let code = (error as NSError).code
    switch code {
    case 76: return "mismatched closing tag"
    case 5, 77: return "the document ends too early"
    case 4: return "the document is empty"
    case 9: return "invalid character"
    case 73, 41, 65: return "malformed tag"
    case 23, 68, 22: return "bad entity reference"
    case 26, 27: return "undeclared entity"
    case 29, 28, 30: return "external entities are not read"
    case 89: return "entity loop"
    case 6, 7, 8: return "bad character reference"
    case 38, 39, 40, 42: return "malformed attribute"
    case 31, 32, 81: return "unsupported or wrong encoding"
    case 45, 80: return "unfinished comment"
    case 61: return "unfinished DOCTYPE"
    case 63: return "unfinished CDATA section"
    case 64: return "reserved name 'xml'"
    case 85, 86: return "content after the root element"
    case 111: return "entity expands too much (an entity bomb?)"
    default: return "XML error \(code)"
    }
  }
}

/// The XML delegate that collects concept entries.
private final class TBXReader: NSObject, XMLParserDelegate {
  let name: String
  var entries: [RawGlossaryEntry] = []
  private var current: Collected?
  private var language = ""
  private var text = ""
  private var capturing: String?
  private var textLine = 1
  /// The first error libxml2 reported (FoundationXML's `parse()` may still return true).
  var firstError: (error: (any Error)?, line: Int, column: Int)?

  private struct Collected {
    var location: GlossaryLocation
    var chinese: [(String, GlossaryLocation)] = []
    var english: [(String, GlossaryLocation)] = []
    var fields: [String: (String, GlossaryLocation)] = [:]
  }

  init(name: String) { self.name = name }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if firstError == nil { firstError = (parseError, parser.lineNumber, parser.columnNumber) }
  }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let location = GlossaryLocation(file: name, line: parser.lineNumber, column: nil)
    switch element {
    case "termEntry", "conceptEntry":
      current = Collected(location: location)
    case "langSet", "langSec":
      language = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
    case "term":
      start("term", parser)
    case "descrip", "admin", "termNote":
      switch attributes["type"] ?? "" {
      case "definition": start("note", parser)
      case "subjectField": start("category", parser)
      case "source": start("source", parser)
      case "status": start("status", parser)
      case "url": start("url", parser)
      case "region": start("region", parser)
      case "pronunciation", "pinyin": start(language.hasPrefix("zh") ? "pinyin" : "ignored", parser)
      default: break
      }
    case "note":
      if capturing == nil { start("note", parser) }
    default: break
    }
  }

  private func start(_ what: String, _ parser: XMLParser) {
    capturing = what
    text = ""
    textLine = parser.lineNumber
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capturing != nil { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch element {
    case "termEntry", "conceptEntry":
      if let done = current { entries.append(raw(done)) }
      current = nil
    case "langSet", "langSec":
      language = ""
    case "term", "descrip", "admin", "termNote", "note":
      guard let what = capturing else { return }
      capturing = nil
      let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
      let location = GlossaryLocation(file: name, line: textLine, column: nil)
      guard !value.isEmpty else { return }
      if what == "term" {
        if language.hasPrefix("zh") {
          current?.chinese.append((value, location))
        } else if language.hasPrefix("en") {
          current?.english.append((value, location))
        }
      } else if what != "ignored", current?.fields[what] == nil {
        current?.fields[what] = (value, location)
      }
    default: break
    }
  }

  private func raw(_ c: Collected) -> RawGlossaryEntry {
    var raw = RawGlossaryEntry(location: c.location)
    func add(_ key: String, _ value: RawGlossaryEntry.Value, _ location: GlossaryLocation) {
      raw.fields.append(
        RawGlossaryEntry.Field(
          key: key, value: value, keyLocation: location, valueLocation: location))
    }
    if let (term, location) = c.chinese.first { add("term", .scalar(term), location) }
    if let (en, location) = c.english.first { add("en", .scalar(en), location) }
    if c.chinese.count > 1, let location = c.chinese.dropFirst().first?.1 {
      add("aliases", .list(c.chinese.dropFirst().map(\.0)), location)
    }
    if c.english.count > 1, let location = c.english.dropFirst().first?.1 {
      add("also", .list(c.english.dropFirst().map(\.0)), location)
    }
    for key in ["pinyin", "note", "category", "source", "status", "url", "region"] {
      if let (value, location) = c.fields[key] { add(key, .scalar(value), location) }
    }
    return raw
  }
}
