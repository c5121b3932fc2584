import Foundation
import JieduCore

/// Reads glossary files in any supported format into entries, with `file:line:col` messages.
public enum GlossaryLoader {
  /// Largest glossary file accepted, in bytes.
  public static let maximumBytes = 64 << 20

  /// Reads a glossary file; throws a one-line `JieduError` naming the first problem's position.
  ///
  /// - Parameters:
  ///   - url: the file; its extension chooses the format (YAML when unknown).
  ///   - name: the name used in messages (the path by default).
  public static func load(url: URL, name: String? = nil) throws -> [GlossaryEntry] {
    let parsed = parse(url: url, name: name)
    if let first = parsed.problems.first {
      let more =
        parsed.problems.count > 1 ? " (and \(parsed.problems.count - 1) more problems)" : ""
      throw JieduError("\(first)\(more)")
    }
    return parsed.entries
  }

  /// Reads a glossary file, collecting every problem instead of stopping at the first.
  public static func parse(url: URL, name: String? = nil) -> GlossaryParse {
    let display = name ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      var result = GlossaryParse()
      result.problems = [
        GlossaryProblem(file: display, message: "cannot read file (\(FileReadError.reason(error)))")
      ]
      return result
    }
    let format = GlossaryFormat(pathExtension: url.pathExtension) ?? .yaml
    return parse(bytes: [UInt8](data), format: format, name: display)
  }

  /// Parses glossary bytes of a known format.
  public static func parse(bytes: [UInt8], format: GlossaryFormat, name: String) -> GlossaryParse {
    var result = GlossaryParse()
    if bytes.count > maximumBytes {
      result.problems = [
        GlossaryProblem(
          file: name,
          message: "file is \(bytes.count) bytes, over the limit of \(maximumBytes) bytes")
      ]
      return result
    }
    let text: String
    switch GlossaryText.decode(bytes, name: name) {
    case .success(let decoded): text = decoded
    case .failure(let problem):
      result.problems = [problem]
      return result
    }
    switch format {
    case .yaml:
      let body = bytes.starts(with: GlossaryText.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
      if let raw = FastYAMLGlossaryParser.parse(body, name: name) {
        return GlossaryEntryValidator.validate(raw)
      }
      let (raw, problems) = YAMLGlossaryParser.parse(text, name: name)
      result = GlossaryEntryValidator.validate(raw)
      result.problems = problems + result.problems
      return result
    case .csv, .tsv:
      let (raw, problems) = DelimitedGlossaryParser.parse(
        text, separator: format == .csv ? "," : "\t", name: name)
      result = GlossaryEntryValidator.validate(raw)
      result.problems = problems + result.problems
      return result
    case .tbx:
      let (raw, problems) = TBXGlossaryParser.parse(bytes, name: name)
      result = GlossaryEntryValidator.validate(raw)
      result.problems = problems + result.problems
      return result
    }
  }
}

/// Turns glossary bytes into text: UTF-8 (with or without a byte-order mark) only, with a
/// positioned message for anything else.
enum GlossaryText {
  /// The UTF-8 byte-order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The text, or a problem naming the line of the first bad byte.
  static func decode(_ bytes: [UInt8], name: String) -> Result<String, GlossaryProblem> {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .failure(
        GlossaryProblem(
          file: name, line: 1,
          message: "file is UTF-16; save it as UTF-8 (glossaries must be UTF-8)"))
    }
    let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
    if let text = String(validating: body, as: UTF8.self) { return .success(text) }
    let offset = Utf8Validation.firstInvalidOffset(body) ?? 0
    var line = 1
    var lineStart = 0
    for (i, b) in body[..<offset].enumerated() where b == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return .failure(
      GlossaryProblem(
        file: name, line: line, column: offset - lineStart + 1,
        message:
          "not valid UTF-8 (bad byte 0x\(String(body[offset], radix: 16, uppercase: true)) at offset "
          + "\(offset)); save the file as UTF-8 (GB18030 and other encodings are not read)"))
  }
}
