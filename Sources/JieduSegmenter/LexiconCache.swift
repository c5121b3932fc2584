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
      case .valid(let lexicon): return lexicon
      case .stale: break
      case .damaged(let reason): CacheFile.reportDamaged(file, reason)
      }
    }
    let lexicon = try LexiconCompiler.compile(configuration)
    CacheFile.write(CompiledLexiconFile.encode(lexicon, key: key), to: file)
    return lexicon
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
