import Foundation
import JieduCore
import JieduKnowledge

/// The glossary shipped with Jiedu: every `*.yaml` file under the `glossary` resource folder,
/// recursively — national vocabulary at the top, local terms in `region/<region>.yaml`.
public enum BuiltinGlossary {
  /// The resource folder, if the bundle has it.
  public static var directory: URL? {
    Bundle.module.url(forResource: "glossary", withExtension: nil)
  }

  /// The built-in glossary files, sorted by their path inside the folder (`economy.yaml` …
  /// `region/shanghai.yaml`).
  public static var files: [URL] {
    guard let directory else { return [] }
    return relativePaths(in: directory).map { directory.appendingPathComponent($0) }
  }

  /// The `*.yaml` files under a folder, as sorted relative paths.
  static func relativePaths(in directory: URL) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
    var paths: [String] = []
    while let path = walker.nextObject() as? String {
      if GlossaryFormat(pathExtension: (path as NSString).pathExtension) == .yaml {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  /// The file's path inside the built-in folder (`party.yaml`, `region/shanghai.yaml`).
  public static func relativePath(_ url: URL) -> String {
    guard let directory else { return url.lastPathComponent }
    let base = directory.standardizedFileURL.path + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
  }

  /// The name a built-in file has in messages: `built-in glossary/party.yaml`.
  public static func displayName(_ url: URL) -> String {
    "built-in glossary/\(relativePath(url))"
  }

  /// The region a file's entries belong to when they do not say: its name, for files in `region/`.
  public static func region(ofFile relativePath: String) -> String? {
    let parts = relativePath.split(separator: "/")
    guard parts.count == 2, parts[0] == "region" else { return nil }
    return (String(parts[1]) as NSString).deletingPathExtension
  }

  /// Every built-in entry, file by file in path order; throws on a broken file. Entries of
  /// `region/<name>.yaml` carry `region: <name>` even when they do not say so.
  ///
  /// Read once per process; with `cache` (a folder), the first read goes through the entries kept
  /// there as a `KnowledgeArchive` when they were made from these very files
  /// (`builtin-<checksum of the files' paths and bytes>-v1.bin`), so a later run skips the YAML.
  public static func entries(cache: URL? = nil) throws -> [GlossaryEntry] {
    try lock.withLock {
      if let loaded { return loaded }
      let result = load(cache: cache)
      loaded = result
      return result
    }.get()
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var loaded: Result<[GlossaryEntry], GlossaryLoadError>?

  /// Bumped whenever the kept file would hold other entries for the same files: a change to how
  /// `GlossaryLoader` reads or checks a file counts (the kept entries are not read again), as does
  /// one to `KnowledgeArchive`'s layout.
  private static let keptVersion = 1

  private static func load(cache: URL?) -> Result<[GlossaryEntry], GlossaryLoadError> {
    let files = files
    var kept: URL?
    if let cache {
      // The files' paths and bytes, each with its length, are what the kept entries are made from.
      var source: [UInt8] = []
      for url in files {
        guard let bytes = try? Data(contentsOf: url) else { break }
        let path = Array(relativePath(url).utf8)
        for part in [path, [UInt8](bytes)] {
          withUnsafeBytes(of: UInt64(part.count).littleEndian) { source += $0 }
          source += part
        }
      }
      let checksum = source.withUnsafeBytes { CacheChecksum.of($0) }
      kept = VersionedCacheFile.location(
        list: "builtin", checksum: checksum, version: keptVersion, in: cache)
      if let kept, let entries = VersionedCacheFile.read(kept, decode: KnowledgeArchive.decode) {
        return .success(entries)
      }
    }
    var all: [GlossaryEntry] = []
    for url in files {
      do {
        var entries = try GlossaryLoader.load(url: url, name: displayName(url))
        if let region = region(ofFile: relativePath(url)) {
          for i in entries.indices where entries[i].region == nil { entries[i].region = region }
        }
        all += entries
      } catch {
        return .failure(GlossaryLoadError(message: "\(error)"))
      }
    }
    if let kept { VersionedCacheFile.write(Data(KnowledgeArchive.encode(all)), to: kept) }
    return .success(all)
  }
}

/// A glossary that could not be loaded, with a one-line positioned message.
struct GlossaryLoadError: Error, Sendable, CustomStringConvertible {
  var message: String
  var description: String { message }
}
