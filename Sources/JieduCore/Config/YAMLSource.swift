import Foundation
import Yams

/// A YAML file parsed into position-carrying nodes, with errors that name file, line, column and key path.
///
/// Yams' decoder ignores unknown keys and reports type mismatches without a position; this type closes
/// both gaps: `checkKeys` rejects unknown keys with a suggestion, and `decode` maps a `DecodingError`'s
/// coding path back onto the composed node to find the line and column.
public struct ConfigSource: Sendable {
  /// The file name used in messages.
  public let name: String
  /// The YAML text.
  public let text: String
  /// The composed root node; nil for an empty file.
  public let root: Node?

  /// Largest YAML file accepted, in bytes.
  public static let maximumBytes = 4 << 20
  /// Largest number of nodes a document may expand to (aliases counted at every use).
  static let maximumNodes = 200_000

  /// Parses YAML text. Throws a positioned one-line error for syntax errors, oversized files and
  /// alias bombs.
  public init(name: String, text: String, maximumBytes: Int = ConfigSource.maximumBytes) throws {
    self.name = name
    self.text = text
    if text.utf8.count > maximumBytes {
      throw JieduError(
        "\(name): file is \(text.utf8.count) bytes, over the limit of \(maximumBytes) bytes")
    }
    let composed: Node?
    do {
      composed = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw JieduError(ConfigSource.describe(error, name: name))
    } catch {
      throw JieduError("\(name): \(error)")
    }
    if let composed {
      var budget = ConfigSource.maximumNodes
      if !ConfigSource.fits(composed, budget: &budget) {
        throw JieduError(
          "\(name): document expands to more than \(ConfigSource.maximumNodes) nodes "
            + "(too large, or an alias bomb); refused")
      }
    }
    root = composed
  }

  /// Reads and parses a YAML file; the error names the file when it cannot be read.
  public init(contentsOf url: URL, name: String? = nil) throws {
    let display = name ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw JieduError("\(display): cannot read file (\(FileReadError.reason(error)))")
    }
    if data.count > ConfigSource.maximumBytes {
      throw JieduError(
        "\(display): file is \(data.count) bytes, over the limit of \(ConfigSource.maximumBytes) bytes"
      )
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = Utf8Validation.firstInvalidOffset(bytes) ?? 0
      let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw JieduError(
        "\(display):\(line): not valid UTF-8 (bad byte at offset \(offset)); save the file as UTF-8"
      )
    }
    try self.init(name: display, text: text)
  }

  private static func fits(_ node: Node, budget: inout Int) -> Bool {
    budget -= 1
    if budget < 0 { return false }
    switch node {
    case .scalar, .alias: return true
    case .sequence(let seq):
      for child in seq where !fits(child, budget: &budget) { return false }
      return true
    case .mapping(let map):
      for (k, v) in map {
        if !fits(k, budget: &budget) || !fits(v, budget: &budget) { return false }
      }
      return true
    }
  }

  /// One line for a Yams syntax error: `file:line:col: problem`.
  package static func describe(_ error: YamlError, name: String) -> String {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let ctx = context.map { " \($0.text)" } ?? ""
      return "\(name):\(mark.line):\(mark.column): YAML syntax error: \(problem)\(ctx)"
    default:
      return "\(name): YAML error: \(String(describing: error).split(separator: "\n").first ?? "")"
    }
  }

  /// `file:line:col: path: message` for a node (file only when the node has no position).
  package func error(at node: Node?, path: String, _ message: String) -> JieduError {
    let position = node?.mark.map { ":\($0.line):\($0.column)" } ?? ""
    let keyPath = path.isEmpty ? "" : " \(path):"
    return JieduError("\(name)\(position):\(keyPath) \(message)")
  }

  /// Rejects keys of a mapping that are not in `allowed`, suggesting the nearest valid one.
  package func checkKeys(_ node: Node, allowed: [String], path: String, what: String = "key") throws
  {
    guard case .mapping(let mapping) = node else {
      throw error(at: node, path: path, "expected a mapping, found \(ConfigSource.kind(of: node))")
    }
    for (key, _) in mapping {
      let name = key.string ?? ""
      if !allowed.contains(name) {
        let keyPath = path.isEmpty ? name : "\(path).\(name)"
        throw error(
          at: key, path: keyPath,
          "unknown \(what) '\(name)'\(NameSuggestion.didYouMean(name, in: allowed)); valid: "
            + (allowed.isEmpty ? "none" : allowed.joined(separator: ", ")))
      }
    }
  }

  /// Decodes a value from a node; a type mismatch is reported at the offending node's position.
  package func decode<T: Decodable>(_ type: T.Type, from node: Node, path: String) throws -> T {
    do {
      return try YAMLDecoder().decode(T.self, from: node)
    } catch let error as DecodingError {
      throw describe(error, under: node, path: path)
    } catch let error as JieduError {
      throw error
    } catch {
      throw self.error(at: node, path: path, "\(error)")
    }
  }

  /// Decodes a stage's options after checking their keys against its option list.
  package func decodeOptions<T: StageOptions>(_ type: T.Type, from node: Node, path: String) throws
    -> T
  {
    if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" {
      return T()
    }
    try checkKeys(node, allowed: T.specs.map(\.name), path: path, what: "option")
    return try decode(T.self, from: node, path: path)
  }

  private func describe(_ error: DecodingError, under root: Node, path: String) -> JieduError {
    let (codingPath, message): ([any CodingKey], String)
    switch error {
    case .typeMismatch(let type, let ctx):
      (codingPath, message) = (ctx.codingPath, "expected \(ConfigSource.typeName(type))")
    case .valueNotFound(let type, let ctx):
      (codingPath, message) = (
        ctx.codingPath, "missing value, expected \(ConfigSource.typeName(type))"
      )
    case .keyNotFound(let key, let ctx):
      (codingPath, message) = (ctx.codingPath, "missing required key '\(key.stringValue)'")
    case .dataCorrupted(let ctx):
      (codingPath, message) = (ctx.codingPath, ctx.debugDescription)
    @unknown default:
      (codingPath, message) = ([], "\(error)")
    }
    var node = root
    var keyPath = path
    for key in codingPath {
      if let index = key.intValue, case .sequence(let seq) = node, index < seq.count {
        node = seq[index]
        keyPath += "[\(index)]"
      } else if case .mapping(let map) = node, let child = map[key.stringValue] {
        node = child
        keyPath += keyPath.isEmpty ? key.stringValue : ".\(key.stringValue)"
      } else {
        keyPath += keyPath.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    var detail = message
    if case .scalar(let s) = node, !message.contains("'\(s.string)'") {
      detail += ", found '\(s.string)'"
    }
    return self.error(at: node, path: keyPath, detail)
  }

  /// A word for what a node is, for messages.
  package static func kind(of node: Node) -> String {
    switch node {
    case .scalar(let s): return "'\(s.string)'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let name = "\(type)"
      if name.hasPrefix("Array") || name.contains("Sequence") { return "a list" }
      if name.hasPrefix("Dictionary") || name.contains("Mapping") { return "a mapping" }
      return name
    }
  }
}

/// Helpers to say why a file could not be read.
package enum FileReadError {
  /// A short reason: "no such file", "permission denied", "is a directory"…
  package static func reason(_ error: any Error) -> String {
    let ns = error as NSError
    // A folder read as a file is Foundation's bare "error 256": say what it is.
    let path =
      ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
    var isDirectory: ObjCBool = false
    if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "is a folder, not a file"
    }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    switch ns.code {
    case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
    case NSFileReadNoPermissionError: return "permission denied"
    default: return ns.localizedDescription
    }
  }
}

/// Byte-level UTF-8 validation.
package enum Utf8Validation {
  /// Offset of the first byte that starts an invalid sequence, or nil if all valid.
  package static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    firstInvalidOffset(bytes, from: 0)
  }

  /// Number of invalid sequences and the offset of the first, in one pass.
  package static func invalidSequences(_ bytes: [UInt8]) -> (count: Int, first: Int?) {
    var count = 0
    var first: Int?
    var i = 0
    while let bad = firstInvalidOffset(bytes, from: i) {
      if first == nil { first = bad }
      count += 1
      i = bad + 1
    }
    return (count, first)
  }

  /// Offset of the first invalid sequence at or after `start`.
  package static func firstInvalidOffset(_ bytes: [UInt8], from start: Int) -> Int? {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let len: Int
      if b >= 0xC2 && b <= 0xDF {
        len = 2
      } else if b >= 0xE0 && b <= 0xEF {
        len = 3
      } else if b >= 0xF0 && b <= 0xF4 {
        len = 4
      } else {
        return i
      }
      if i + len > n { return i }
      for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return i }
      if len == 3 {
        let b1 = bytes[i + 1]
        if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return i }
      } else if len == 4 {
        let b1 = bytes[i + 1]
        if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return i }
      }
      i += len
    }
    return nil
  }
}
