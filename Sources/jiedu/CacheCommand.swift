import ArgumentParser
import Foundation
import JieduCore
import JieduPipeline
import TranslationStage

/// `jiedu cache stats|clear`: the translation cache and the other caches under `<data>/cache/`.
struct CacheCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache",
    abstract: "Show or clear the caches (translations, lexicon, dictionary index).",
    subcommands: [Stats.self, Clear.self])

  /// Flags both subcommands take.
  struct Location: ParsableArguments {
    @OptionGroup var shared: SharedOptions
    @Option(
      name: .shortAndLong,
      help: "The config whose translation stage names the cache (default: ./config.yaml).")
    var config: String?

    /// The translation cache file in force, and the data folder's cache folder.
    func paths() throws -> (translation: URL?, folder: URL?) {
      let setup = try PipelineSetup(shared.settings(config: config))
      var context = setup.context
      context.stageID = TranslationStage.id
      var options = TranslationOptions()
      if let entry = setup.config.stages.first(where: { $0.id == TranslationStage.id }),
        let node = entry.options, let source = setup.config.source
      {
        options = try source.decodeOptions(
          TranslationOptions.self, from: node, path: entry.optionsPath)
      }
      let folder = setup.dataDirectory.map { $0.appendingPathComponent("cache") }
      return (TranslationStage.cacheURL(options: options, context: context), folder)
    }
  }

  struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Entries of the translation cache by backend and model, and cache sizes.")
    @OptionGroup var location: Location

    func run() async throws {
      try Console.guarded {
        let (translation, folder) = try location.paths()
        var lines: [String] = []
        if let translation, FileManager.default.fileExists(atPath: translation.path) {
          let stats = try TranslationCache(url: translation).statistics()
          lines.append(
            "translations: \(stats.total) in \(translation.path) (\(CacheCommand.size(stats.bytes)))"
          )
          for group in stats.groups {
            lines.append("  \(group.backend) \(group.model): \(group.count)")
          }
        } else {
          lines.append("translations: none yet (\(translation?.path ?? "no data folder"))")
        }
        if let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        {
          for name in names.sorted() {
            lines.append(
              "\(folder.appendingPathComponent(name).path): \(CacheCommand.size(CacheCommand.bytes(in: folder.appendingPathComponent(name))))"
            )
          }
        }
        print(lines.joined(separator: "\n"))
      }
    }
  }

  struct Clear: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "clear",
      abstract: "Empty the translation cache (with --all, every cache under <data>/cache/).")
    @OptionGroup var location: Location
    @Flag(help: "Also remove the lexicon and dictionary caches (rebuilt on the next run).")
    var all = false

    func run() async throws {
      try Console.guarded {
        let (translation, folder) = try location.paths()
        if let translation, FileManager.default.fileExists(atPath: translation.path) {
          let cache = try TranslationCache(url: translation)
          let count = try cache.statistics().total
          try cache.clear()
          Console.error("jiedu: " + "removed \(count) translations from \(translation.path)")
        }
        if all, let folder, FileManager.default.fileExists(atPath: folder.path) {
          for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
          where name != "translation" {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
          }
          Console.error("jiedu: " + "removed the caches under \(folder.path)")
        }
      }
    }
  }

  static func bytes(in url: URL) -> Int {
    let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey])
    var total = 0
    while let file = files?.nextObject() as? URL {
      total += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
    }
    return total
  }

  static func size(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(bytes / 1024) KB"
  }
}
