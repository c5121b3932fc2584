import Foundation
import JieduCore

/// `jiedu glossary import`: converts TBX, CSV or TSV glossaries into Jiedu's YAML format.
public enum TermImporter {
  /// The YAML text for a glossary file of any supported format; throws the first problem found.
  ///
  /// - Parameters:
  ///   - url: the file; its extension chooses the format.
  ///   - name: the name used in messages (the path by default).
  public static func yaml(from url: URL, name: String? = nil) throws -> String {
    let entries = try GlossaryLoader.load(url: url, name: name ?? url.path)
    return yaml(entries, comment: "Imported from \(url.lastPathComponent) by jiedu glossary import")
  }

  /// The YAML text for entries, with an optional leading comment line.
  public static func yaml(_ entries: [GlossaryEntry], comment: String? = nil) -> String {
    var out = ""
    if let comment { out += "# \(comment.replacingOccurrences(of: "\n", with: " "))\n" }
    for entry in entries {
      out += "- term: \(YAMLScalar.block(entry.term))\n"
      out += "  en: \(YAMLScalar.block(entry.en))\n"
      for (key, value) in [
        ("pinyin", entry.pinyin), ("note", entry.note), ("category", entry.category),
      ] {
        if let value { out += "  \(key): \(YAMLScalar.block(value))\n" }
      }
      if !entry.aliases.isEmpty {
        out += "  aliases: [\(entry.aliases.map(YAMLScalar.flow).joined(separator: ", "))]\n"
      }
      if let status = entry.status { out += "  status: \(status.rawValue)\n" }
      if let source = entry.source { out += "  source: \(YAMLScalar.block(source))\n" }
      if let url = entry.url { out += "  url: \(YAMLScalar.block(url))\n" }
      if !entry.also.isEmpty {
        out += "  also: [\(entry.also.map(YAMLScalar.flow).joined(separator: ", "))]\n"
      }
      if let region = entry.region { out += "  region: \(YAMLScalar.block(region))\n" }
    }
    return out
  }
}

/// Writes strings as YAML scalars: plain where that reads back as the same string, double-quoted
/// otherwise.
enum YAMLScalar {
  /// A scalar for a block mapping value.
  static func block(_ text: String) -> String {
    isPlainSafe(text, inFlow: false) ? text : quoted(text)
  }

  /// A scalar for an item of a flow list.
  static func flow(_ text: String) -> String {
    isPlainSafe(text, inFlow: true) ? text : quoted(text)
  }

  /// A double-quoted scalar with escapes.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if s.value < 0x20 || s.value == 0x7F || (s.value >= 0x80 && s.value < 0xA0)
          || s.value == 0xFEFF
          || s.value == 0x2028 || s.value == 0x2029
        {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count)
            + String(s.value, radix: 16)
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out + "\""
  }

  private static let reserved: Set<String> = [
    "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
  ]

  private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || last == " " || last == ":" { return false }
    if "-?:,[]{}#&*!|>'\"%@`.+0123456789".unicodeScalars.contains(first) { return false }
    if reserved.contains(text.lowercased()) { return false }
    for (i, s) in scalars.enumerated() {
      if s.value < 0x20 || s.value == 0x7F || (s.value >= 0x80 && s.value < 0xA0)
        || s.value == 0xFEFF
        || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x3000
      {
        return false
      }
      if s == ":", i + 1 < scalars.count, scalars[i + 1] == " " { return false }
      if s == "#", i > 0, scalars[i - 1] == " " { return false }
      if inFlow, ",[]{}:".unicodeScalars.contains(s) { return false }
    }
    return true
  }
}
