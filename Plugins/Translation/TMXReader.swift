import Foundation
import JieduCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TMX 1.4b (and 1.1's `lang`): per `<tu>`, the first variant whose language starts with `zh`
/// and the first that starts with `en`. Inline markup inside `<seg>` keeps its text (`<hi>`, `<sub>`)
/// but drops native codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`).
enum TMXReader {
  /// The Chinese–English units of a TMX file.
  static func units(_ bytes: [UInt8], name: String) throws -> [MemoryUnit] {
    let parser = XMLParser(data: Data(bytes))
    let reader = TMXCollector()
    parser.delegate = reader
    parser.shouldResolveExternalEntities = false
    let finished = parser.parse()
    if !finished || reader.failed {
      throw JieduError(
        "\(name):\(max(1, parser.lineNumber)):\(max(1, parser.columnNumber)): not valid TMX/XML")
    }
    guard reader.sawRoot else { throw JieduError("\(name): not a TMX file (no <tmx> element)") }
    return reader.units
  }
}

/// The XML delegate that collects units.
private final class TMXCollector: NSObject, XMLParserDelegate {
  var units: [MemoryUnit] = []
  var sawRoot = false
  var failed = false
  private var variants: [(lang: String, text: String)] = []
  private var lang = ""
  private var text = ""
  private var inSegment = false
  private var skipDepth = 0

  private static let nativeCodes: Set<String> = ["bpt", "ept", "ph", "it", "ut"]

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String]
  ) {
    switch element {
    case "tmx": sawRoot = true
    case "tu": variants = []
    case "tuv":
      lang = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
    case "seg":
      inSegment = true
      text = ""
    default:
      if inSegment, TMXCollector.nativeCodes.contains(element) { skipDepth += 1 }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inSegment, skipDepth == 0 { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch element {
    case "seg":
      inSegment = false
      variants.append((lang, text.trimmingCharacters(in: .whitespacesAndNewlines)))
    case "tu":
      let zh = variants.first { $0.lang.hasPrefix("zh") && !$0.text.isEmpty }
      let en = variants.first { $0.lang.hasPrefix("en") && !$0.text.isEmpty }
      if let zh, let en { units.append(MemoryUnit(source: zh.text, target: en.text)) }
    default:
      if inSegment, TMXCollector.nativeCodes.contains(element) { skipDepth -= 1 }
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
}
