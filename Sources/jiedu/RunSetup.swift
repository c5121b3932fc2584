import Foundation
import JieduCore
import JieduSegmenter
import Logging

/// Everything a run needs: the config, the data folder, the stage context.
struct RunSetup {
  /// The loaded config.
  var config: JieduConfig
  /// The data folder, if found.
  var dataDirectory: URL?
  /// Context handed to stages.
  var context: StageContext

  /// Loads `--config FILE`, else ./config.yaml, else the built-in default pipeline.
  init(configPath: String?, dataPath: String?, glossaries: [String] = [], verbose: Bool = false)
    throws
  {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if let configPath {
      guard FileManager.default.fileExists(atPath: configPath) else {
        throw JieduError("\(configPath): no such config file")
      }
      config = try JieduConfig.load(from: URL(fileURLWithPath: configPath), displayName: configPath)
    } else if FileManager.default.fileExists(atPath: "config.yaml") {
      config = try JieduConfig.load(
        from: cwd.appendingPathComponent("config.yaml"), displayName: "config.yaml")
    } else {
      let source = try ConfigSource(
        name: "(built-in default config)", text: BuiltinStages.defaultConfig)
      config = try JieduConfig.parse(source, baseDirectory: cwd)
    }
    var configured: URL?
    if let dataPath {
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
    for path in glossaries where !FileManager.default.fileExists(atPath: path) {
      throw JieduError("--glossary \(path): no such file")
    }
    context = StageContext(
      baseDirectory: config.baseDirectory, dataDirectory: dataDirectory,
      userGlossaries: glossaries.map { URL(fileURLWithPath: $0) },
      progress: { [logger = ProgressLog.logger(verbose: verbose)] in logger.info("\($0)") })
  }

  /// The segmenter over jieba's dictionary, CC-CEDICT headwords and the config's user lexicons.
  func segmenterProvider() throws -> any SegmenterProvider {
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
      cacheDirectory: config.segmentation.cache ? data.appendingPathComponent("cache") : nil)
    return try LexiconSegmenter(configuration: configuration)
  }
}
