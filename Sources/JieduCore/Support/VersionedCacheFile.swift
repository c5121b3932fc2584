import Foundation

/// A stage's cache of one list, named `<list>-<checksum of its source, hex>-v<version>.<ext>` in the
/// stage's cache folder and sealed by `CacheFile`: an edited list (another checksum) or a new
/// layout (another version) gets a file of its own, and writing it removes what earlier versions
/// of the same list left beside it.
package enum VersionedCacheFile {
  /// The extensions such files have: `bin` now, `json` for the formula list's first version.
  private static let extensions = ["bin", "json"]

  /// The file for `list` made from source bytes with `checksum`, at `version`, in `folder`.
  package static func location(
    list: String, checksum: UInt64, version: Int, in folder: URL
  ) -> URL {
    folder.appendingPathComponent("\(list)-\(String(checksum, radix: 16))-v\(version).bin")
  }

  /// The kept payload read by `decode`, or nil when there is none; a damaged file, or one `decode`
  /// refuses (nil), is said on stderr, and the caller makes it again.
  package static func read<Value>(
    _ file: URL, decode: (UnsafeRawBufferPointer) -> Value?
  ) -> Value? {
    guard let payload = payload(of: file) else { return nil }
    guard let value = payload.withUnsafeBytes(decode) else {
      CacheFile.reportDamaged(file, "malformed")
      return nil
    }
    return value
  }

  /// The kept payload, or nil when there is none; a damaged file is said on stderr (and the caller
  /// makes it again).
  private static func payload(of file: URL) -> Data? {
    guard let sealed = try? Data(contentsOf: file) else { return nil }
    switch sealed.withUnsafeBytes({ CacheFile.payloadLength($0) }) {
    case .success(let length): return sealed.prefix(length)
    case .failure(let damage):
      CacheFile.reportDamaged(file, damage.reason)
      return nil
    }
  }

  /// Keeps `payload` in `file`, and removes the files earlier versions of the same list left in
  /// its folder (another list's stay).
  package static func write(_ payload: Data, to file: URL) {
    let folder = file.deletingLastPathComponent()
    if let list = listName(ofCacheFile: file.lastPathComponent) {
      for old in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      where old != file.lastPathComponent && listName(ofCacheFile: old) == list {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(old))
      }
    }
    CacheFile.write(payload, to: file)
  }

  /// The list a kept file is of (`formulas-party` for `formulas-party-1a2b-v2.bin`), or nil for a
  /// name no such cache has.
  package static func listName(ofCacheFile name: String) -> String? {
    guard
      let stem = extensions.lazy.compactMap({
        name.hasSuffix("." + $0) ? name.dropLast($0.count + 1) : nil
      }).first
    else { return nil }
    var parts = stem.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let version = parts.popLast(), let checksum = parts.popLast(),
      version.first == "v", version.count > 1,
      version.dropFirst().allSatisfy({ ("0"..."9").contains($0) }),
      !checksum.isEmpty, checksum.allSatisfy(\.isHexDigit)
    else { return nil }
    return parts.joined(separator: "-")
  }
}
