import Foundation
import JieduCore

/// Keeps a compiled lexicon on disk, keyed by the source files' paths, sizes, dates and (for small files)
/// contents, so that a changed source makes the next run recompile.
enum LexiconCache {
  /// Bumped whenever compiling changes, so caches written by older code are not reused.
  static let compilerVersion = 4

  /// Sources up to this size are also hashed, so an edit within the same second is noticed.
  static let hashedSizeLimit = 512 << 10

  /// Loads the cached lexicon if it matches the sources, or compiles and caches it.
  static func load(_ configuration: SegmenterConfiguration) throws -> CompiledLexicon {
    guard let directory = configuration.cacheDirectory else {
      return try LexiconCompiler.compile(configuration)
    }
    let key = try cacheKey(configuration)
    let file = directory.appendingPathComponent(fileName(configuration))
    if FileManager.default.fileExists(atPath: file.path) {
      let verdict: CacheFile.Verdict<CompiledLexicon> =
        MappedFile(path: file.path).map { CompiledLexiconFile.decode($0, key: key) }
        ?? .damaged("empty or unreadable")
      switch verdict {
      case .valid(let lexicon):
        markUsed(file)
        return lexicon
      case .stale: break
      case .damaged(let reason): CacheFile.reportDamaged(file, reason)
      }
    }
    let lexicon = try LexiconCompiler.compile(configuration)
    CacheFile.write(CompiledLexiconFile.encode(lexicon, key: key), to: file)
    removeLeastRecentlyUsed(in: directory, keeping: file)
    return lexicon
  }

  /// Most compiled lexicons kept in a cache folder (one per set of source paths, ~20 MB each):
  /// trying out user lexicons leaves no pile of them behind.
  static let keptLexicons = 4

  /// How old a used cache file's date may be before a run that reads it renews it (once an hour
  /// at most, not a write at every start).
  static let usedDateResolution: TimeInterval = 3600

  /// Dates `file` as used now, unless it was within `usedDateResolution`.
  static func markUsed(_ file: URL) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
    let modified = attributes?[.modificationDate] as? Date ?? .distantPast
    guard Date().timeIntervalSince(modified) > usedDateResolution else { return }
    try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
  }

  /// Removes the compiled lexicons of `directory` beyond the `keptLexicons` used last, never
  /// `keeping` (just written). A file another run has open or mapped stays readable to it.
  static func removeLeastRecentlyUsed(in directory: URL, keeping: URL) {
    let key = URLResourceKey.contentModificationDateKey
    guard
      let files = try? FileManager.default.contentsOfDirectory(
        at: directory, includingPropertiesForKeys: [key])
    else { return }
    let lexicons =
      files
      .filter {
        $0.lastPathComponent.hasPrefix("segmenter-lexicon-") && $0.pathExtension == "bin"
          && $0.lastPathComponent != keeping.lastPathComponent
      }
      .map {
        ($0, (try? $0.resourceValues(forKeys: [key]))?.contentModificationDate ?? .distantPast)
      }
      .sorted { $0.1 > $1.1 }
    for (file, _) in lexicons.dropFirst(keptLexicons - 1) {
      try? FileManager.default.removeItem(at: file)
    }
  }

  /// The cache file's name: one per set of source paths.
  static func fileName(_ configuration: SegmenterConfiguration) -> String {
    let paths = configuration.sourceFiles.map { "\($0.role)=\($0.url.standardizedFileURL.path)" }
    return "segmenter-lexicon-\(FNVHash.hex(FNVHash.of(paths.joined(separator: "\n")))).bin"
  }

  /// What the cached lexicon was compiled from; a missing source is an error naming it.
  static func cacheKey(_ configuration: SegmenterConfiguration) throws -> String {
    var key =
      "compiler=\(compilerVersion) cedict=\(LexiconCompiler.cedictFrequency) rule=\(CompiledLexicon.ruleFrequency)"
    for (role, url) in configuration.sourceFiles {
      let path = url.standardizedFileURL.path
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let size = (attributes[.size] as? NSNumber)?.intValue
      else {
        throw JieduError("cannot read \(role) lexicon source '\(path)': no such file")
      }
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      key += "\n\(role) \(path) \(size) \(modified)"
      if size <= hashedSizeLimit, let data = FileManager.default.contents(atPath: path) {
        key += " \(FNVHash.hex(FNVHash.of([UInt8](data))))"
      }
    }
    return key
  }

}
