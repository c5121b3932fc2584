import JieduCore
import Yams

/// Reads a YAML glossary of any shape through the full YAML parser, with positioned messages.
enum YAMLGlossaryParser {
  /// Raw entries and the problems that stop the file from being read at all.
  static func parse(_ text: String, name: String) -> (
    entries: [RawGlossaryEntry], problems: [GlossaryProblem]
  ) {
    let source: ConfigSource
    do {
      source = try ConfigSource(name: name, text: text, maximumBytes: GlossaryLoader.maximumBytes)
    } catch let error as JieduError {
      return ([], [GlossaryProblem.parsing(error.message, file: name)])
    } catch {
      return ([], [GlossaryProblem(file: name, message: "\(error)")])
    }
    guard let root = source.root else { return ([], []) }
    if case .scalar(let s) = root, isNull(s) { return ([], []) }
    guard case .sequence(let items) = root else {
      let problem = GlossaryProblem(
        at: location(root, name),
        "expected a list of entries ('- term: …' with 'en: …'), found \(ConfigSource.kind(of: root))"
      )
      return ([], [problem])
    }
    return (items.map { entry($0, name) }, [])
  }

  private static func entry(_ node: Node, _ name: String) -> RawGlossaryEntry {
    var raw = RawGlossaryEntry(location: location(node, name))
    guard case .mapping(let mapping) = node else {
      raw.notAMapping = ConfigSource.kind(of: node)
      return raw
    }
    for (key, value) in mapping {
      raw.fields.append(
        RawGlossaryEntry.Field(
          key: key.string ?? ConfigSource.kind(of: key), value: convert(value),
          keyLocation: location(key, name), valueLocation: location(value, name)))
    }
    return raw
  }

  private static func convert(_ node: Node) -> RawGlossaryEntry.Value {
    switch node {
    case .scalar(let s): return .scalar(isNull(s) ? nil : s.string)
    case .sequence(let seq):
      var items: [String?] = []
      for item in seq {
        guard case .scalar(let s) = item else {
          return .other("a nested \(ConfigSource.kind(of: item))")
        }
        items.append(isNull(s) ? nil : s.string)
      }
      return .list(items)
    default: return .other(ConfigSource.kind(of: node))
    }
  }

  private static func isNull(_ s: Node.Scalar) -> Bool {
    guard s.style == .plain || s.style == .any else { return false }
    switch s.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  private static func location(_ node: Node, _ name: String) -> GlossaryLocation {
    GlossaryLocation(file: name, line: node.mark?.line ?? 1, column: node.mark?.column)
  }
}

extension GlossaryProblem {
  /// Splits a `file:line:col: message` string from `ConfigSource` back into a problem.
  static func parsing(_ text: String, file: String) -> GlossaryProblem {
    guard text.hasPrefix(file + ":") else { return GlossaryProblem(file: file, message: text) }
    var rest = Substring(text.dropFirst(file.count + 1))
    var numbers: [Int] = []
    while numbers.count < 2, let colon = rest.firstIndex(of: ":"), let n = Int(rest[..<colon]) {
      numbers.append(n)
      rest = rest[rest.index(after: colon)...]
    }
    let message = rest.drop { $0 == " " }
    return GlossaryProblem(
      file: file, line: numbers.first, column: numbers.count > 1 ? numbers[1] : nil,
      message: String(message))
  }
}
