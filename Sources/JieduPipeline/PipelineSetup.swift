import Foundation
import JieduCore
import JieduSegmenter
import Logging

/// Where a run's config, data and glossaries come from, as a command line or a server gives them.
public struct PipelineSettings: Sendable {
  /// `--config FILE`; nil looks for ./config.yaml, else uses `defaultConfig`.
  public var configPath: String?
  /// `--data DIR`; nil uses `data.directory`, `$JIEDU_DATA`, ./data, then beside the binary.
  public var dataPath: String?
  /// `--glossary FILE…`, highest priority first.
  public var glossaries: [String]
  /// The pipeline when no config file is found.
  public var defaultConfig: String
  /// Progress and timings (stderr under `-v`).
  public var progress: @Sendable (String) -> Void
  /// The stages a config may name, to tell which of its options run programs or name files (the
  /// trust rule for a config found in the working folder); `Pipeline` fills it in.
  public var registry: StageRegistry?

  /// Settings; every argument is optional.
  public init(
    configPath: String? = nil, dataPath: String? = nil, glossaries: [String] = [],
    defaultConfig: String = "stages: []", progress: @escaping @Sendable (String) -> Void = { _ in },
    registry: StageRegistry? = nil
  ) {
    self.registry = registry
    self.configPath = configPath
    self.dataPath = dataPath
    self.glossaries = glossaries
    self.defaultConfig = defaultConfig
    self.progress = progress
  }

  /// A progress sink that logs through swift-log at info level when `verbose`, else drops lines.
  public static func progressLog(verbose: Bool) -> @Sendable (String) -> Void {
    let logger = ProgressLog.logger(verbose: verbose)
    return { logger.info("\($0)") }
  }
}

/// The loaded config, the data folder and the context every stage of a run gets.
public struct PipelineSetup: Sendable {
  /// The loaded config.
  public var config: JieduConfig
  /// The data folder, if found.
  public var dataDirectory: URL?
  /// Context handed to stages.
  public var context: StageContext

  /// Loads the config (`--config`, ./config.yaml, or the default), finds the data folder, checks
  /// `--glossary` files.
  public init(_ settings: PipelineSettings) throws {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if let configPath = settings.configPath {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: configPath, isDirectory: &isDirectory) else {
        throw JieduError("\(configPath): no such config file")
      }
      if isDirectory.boolValue { throw JieduError("\(configPath): is a folder, not a config file") }
      config = try JieduConfig.load(from: URL(fileURLWithPath: configPath), displayName: configPath)
    } else if FileManager.default.fileExists(atPath: "config.yaml") {
      let file = cwd.appendingPathComponent("config.yaml")
      config = try JieduConfig.load(from: file, displayName: "config.yaml")
      try Self.checkTrust(config, file: file, registry: settings.registry)
    } else {
      let source = try ConfigSource(name: "(built-in default config)", text: settings.defaultConfig)
      config = try JieduConfig.parse(source, baseDirectory: cwd)
    }
    var configured: URL?
    if let dataPath = settings.dataPath {
      configured = URL(fileURLWithPath: dataPath)
      let cedict = URL(fileURLWithPath: dataPath).appendingPathComponent(DataLocation.cedictFile)
      guard FileManager.default.fileExists(atPath: cedict.path) else {
        throw JieduError(
          "--data \(dataPath): no \(DataLocation.cedictFile) there; fetch the data with: \(DataLocation.fetchCommand)"
        )
      }
    } else if let dir = config.data.directory {
      configured =
        dir.hasPrefix("/")
        ? URL(fileURLWithPath: dir) : config.baseDirectory.appendingPathComponent(dir)
    }
    dataDirectory = DataLocation.find(configured: configured)
    for path in settings.glossaries where !FileManager.default.fileExists(atPath: path) {
      throw JieduError("--glossary \(path): no such file")
    }
    context = StageContext(
      baseDirectory: config.baseDirectory, dataDirectory: dataDirectory,
      userGlossaries: settings.glossaries.map { URL(fileURLWithPath: $0) },
      progress: settings.progress)
  }

  /// Refuses a config found in the working folder that runs a program or reads files outside its
  /// folder, unless `jiedu config trust` recorded it as it is now.
  static func checkTrust(_ config: JieduConfig, file: URL, registry: StageRegistry?) throws {
    let reasons = ConfigTrust.reasons(
      config, programStages: registry?.programStages ?? [],
      pathOptions: registry?.pathOptions ?? [:])
    guard !reasons.isEmpty, let source = config.source else { return }
    let store = ConfigTrust.store()
    if ConfigTrust.isTrusted(file, text: source.text, store: store) { return }
    throw ConfigTrust.refusal(name: source.name, reasons: reasons, store: store)
  }

  /// The segmenter over jieba's dictionary, CC-CEDICT headwords and the config's user lexicons,
  /// cached under `<data>/cache/segmenter/`.
  public func segmenter() throws -> LexiconSegmenter {
    guard let data = dataDirectory else {
      throw DataLocation.missingError("the segmentation dictionaries")
    }
    let lexicons = config.segmentation.lexicons.map { context.resolve($0) }
    for url in lexicons where !FileManager.default.fileExists(atPath: url.path) {
      throw JieduError("segmentation.lexicons: no such file '\(url.path)'")
    }
    let configuration = SegmenterConfiguration(
      jiebaDictionary: data.appendingPathComponent(DataLocation.jiebaFile),
      cedict: data.appendingPathComponent(DataLocation.cedictFile),
      hmm: data.appendingPathComponent("jieba-hmm.json"),
      userLexicons: lexicons,
      cacheDirectory: config.segmentation.cache
        ? DataLocation.cacheFolder("segmenter", data: data) : nil)
    return try LexiconSegmenter(configuration: configuration)
  }
}
