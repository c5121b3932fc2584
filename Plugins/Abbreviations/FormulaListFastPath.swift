import Foundation
import JieduCore
import Yams

/// The built-in formula list read without Yams' `Decoder`: the YAML is parsed as usual, then
/// written out as JSON and decoded by the same `FormulaRecord` through `JSONDecoder` — a fifth of
/// the time, on every run's set-up. Anything it cannot carry over exactly (a number where text is
/// expected, a tag, an error) returns nil, and the list is read the ordinary way, which also gives
/// the positioned error message. `FormulaListTests` checks that both ways give the same entries.
///
/// With a cache folder, the JSON is kept there (`<name>-<checksum of the YAML>-v1.json`, sealed like
/// every cache), so a later run skips the YAML parser too: most of a run's set-up was this list.
enum FormulaListFastPath {
  /// The entries of a formula file, or nil to read it the ordinary way; through the JSON kept in
  /// `cache` when it was made from these very bytes.
  static func entries(_ url: URL, cache: URL? = nil) -> [FormulaEntry]? {
    guard let bytes = try? Data(contentsOf: url) else { return nil }
    let kept = cache.map { cachedJSON(for: url, bytes: bytes, in: $0) }
    if let kept, let json = readCache(kept),
      let records = try? JSONDecoder().decode([FormulaRecord].self, from: json)
    {
      return records.map(\.entry)
    }
    guard let text = String(data: bytes, encoding: .utf8),
      let root = try? Yams.compose(yaml: text)
    else { return nil }
    var json: [UInt8] = []
    json.reserveCapacity(text.utf8.count)
    guard write(root, into: &json),
      let records = try? JSONDecoder().decode([FormulaRecord].self, from: Data(json))
    else { return nil }
    if let kept { writeCache(Data(json), to: kept) }
    return records.map(\.entry)
  }

  /// Bumped whenever `write` would write other JSON for the same YAML.
  private static let jsonVersion = 1

  /// Where the JSON of `bytes` (the file at `url`) is kept in `folder`.
  static func cachedJSON(for url: URL, bytes: Data, in folder: URL) -> URL {
    let checksum = bytes.withUnsafeBytes { CacheChecksum.of($0) }
    let name = url.deletingPathExtension().lastPathComponent
    return folder.appendingPathComponent(
      "\(name)-\(String(checksum, radix: 16))-v\(jsonVersion).json")
  }

  /// The kept JSON, or nil when there is none (a damaged file is said on stderr and made again).
  private static func readCache(_ file: URL) -> Data? {
    guard let sealed = try? Data(contentsOf: file) else { return nil }
    switch sealed.withUnsafeBytes({ CacheFile.payloadLength($0) }) {
    case .success(let length): return sealed.prefix(length)
    case .failure(let damage):
      CacheFile.reportDamaged(file, damage.reason)
      return nil
    }
  }

  /// Keeps `json` in `file`, and removes what earlier versions of the same list left beside it.
  private static func writeCache(_ json: Data, to file: URL) {
    let folder = file.deletingLastPathComponent()
    let list = listName(ofCacheFile: file.lastPathComponent)
    for old in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    where old != file.lastPathComponent && list != nil && listName(ofCacheFile: old) == list {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(old))
    }
    CacheFile.write(json, to: file)
  }

  /// The list a kept file is of (`formulas-party` for `formulas-party-1a2b-v1.json`), or nil for
  /// a name no cache of this kind has.
  static func listName(ofCacheFile name: String) -> String? {
    guard name.hasSuffix(".json") else { return nil }
    var parts = name.dropLast(5).split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let version = parts.popLast(), let checksum = parts.popLast(),
      version.first == "v", version.dropFirst().allSatisfy { ("0"..."9").contains($0) },
      version.count > 1,
      !checksum.isEmpty, checksum.allSatisfy(\.isHexDigit)
    else { return nil }
    return parts.joined(separator: "-")
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
