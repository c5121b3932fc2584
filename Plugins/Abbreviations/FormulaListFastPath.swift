import Foundation
import JieduCore
import JieduKnowledge
import Yams

/// The built-in formula list read without Yams' `Decoder`: the YAML is parsed as usual, then
/// written out as JSON and decoded by the same `FormulaRecord` through `JSONDecoder` — a fifth of
/// the time, on every run's set-up. Anything it cannot carry over exactly (a number where text is
/// expected, a tag, an error) returns nil, and the list is read the ordinary way, which also gives
/// the positioned error message. `FormulaListTests` checks that both ways give the same entries.
///
/// With a cache folder, the checked entries are kept there as a `KnowledgeArchive`
/// (`<name>-<checksum of the YAML>-v2.bin`, sealed like every cache), so a later run reads them
/// without the YAML parser or `JSONDecoder`: most of a run's set-up was this list.
enum FormulaListFastPath {
  /// The entries of a formula file, or nil to read it the ordinary way; through the archive kept in
  /// `cache` when it was made from these very bytes.
  static func entries(_ url: URL, cache: URL? = nil) -> [FormulaEntry]? {
    guard let bytes = try? Data(contentsOf: url) else { return nil }
    let kept = cache.map { cachedFile(for: url, bytes: bytes, in: $0) }
    if let kept, let entries = VersionedCacheFile.read(kept, decode: KnowledgeArchive.decode) {
      return entries
    }
    guard let text = String(data: bytes, encoding: .utf8),
      let root = try? Yams.compose(yaml: text)
    else { return nil }
    var json: [UInt8] = []
    json.reserveCapacity(text.utf8.count)
    guard write(root, into: &json),
      let records = try? JSONDecoder().decode([FormulaRecord].self, from: Data(json))
    else { return nil }
    let entries = records.map(\.entry)
    // Kept for the next run (earlier versions of the same list go).
    if let kept { VersionedCacheFile.write(Data(KnowledgeArchive.encode(entries)), to: kept) }
    return entries
  }

  /// Bumped whenever the kept file would hold other entries for the same YAML: a change to `write`'s
  /// JSON, to `FormulaRecord`'s checks (the kept entries are not decoded again) or to the archive's
  /// layout counts. 1 kept the JSON; 2 keeps the entries as a `KnowledgeArchive`.
  private static let keptVersion = 2

  /// Where the entries of `bytes` (the file at `url`) are kept in `folder`.
  static func cachedFile(for url: URL, bytes: Data, in folder: URL) -> URL {
    VersionedCacheFile.location(
      list: url.deletingPathExtension().lastPathComponent,
      checksum: bytes.withUnsafeBytes { CacheChecksum.of($0) }, version: keptVersion, in: folder)
  }

  /// Appends `node` as JSON; false for what the JSON would not say the same way.
  private static func write(_ node: Node, into json: inout [UInt8]) -> Bool {
    switch node {
    case .mapping(let mapping):
      json.append(UInt8(ascii: "{"))
      for (index, pair) in mapping.enumerated() {
        guard case .scalar(let key) = pair.key else { return false }
        if index > 0 { json.append(UInt8(ascii: ",")) }
        JSONQuoting.append(key.string, to: &json)
        json.append(UInt8(ascii: ":"))
        guard write(pair.value, into: &json) else { return false }
      }
      json.append(UInt8(ascii: "}"))
      return true
    case .sequence(let sequence):
      json.append(UInt8(ascii: "["))
      for (index, item) in sequence.enumerated() {
        if index > 0 { json.append(UInt8(ascii: ",")) }
        guard write(item, into: &json) else { return false }
      }
      json.append(UInt8(ascii: "]"))
      return true
    case .scalar(let scalar):
      let value = scalar.string
      if scalar.style == .plain {
        // A plain scalar that YAML reads as something other than text is left to Yams.
        if value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL" {
          json += Array("null".utf8)
          return true
        }
        if let number = Int(value), String(number) == value {
          json += Array(value.utf8)
          return true
        }
        if ["true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "on", "off"].contains(
          value) || Double(value) != nil || value.hasPrefix("!") || value.hasPrefix("&")
          || value.hasPrefix("*")
        {
          return false
        }
      }
      JSONQuoting.append(value, to: &json)
      return true
    case .alias:
      return false
    }
  }
}
