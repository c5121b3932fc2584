import Foundation
import Yams

/// The pipeline and settings from config.yaml. Every section is optional and has defaults.
public struct JieduConfig: Sendable {
  /// One `- id:` item under `stages:`.
  public struct StageEntry: Sendable {
    /// The stage id as written.
    public var id: String
    /// The `options:` node, if any.
    public var options: Node?
    /// `file:line:col` of the item.
    public var location: String
    /// Key path of the options, `stages[1].options`.
    public var optionsPath: String
    /// The node of the id value, for error positions.
    public var idNode: Node?
  }

  /// `data:` — where downloaded dictionaries live.
  public struct DataSection: Sendable, Equatable {
    /// The data folder; relative paths resolve against the config file's folder.
    public var directory: String?
  }

  /// `segmentation:` — lexicons and caching.
  public struct SegmentationSection: Sendable, Equatable {
    /// User lexicons: a word per line with an optional frequency.
    public var lexicons: [String] = []
    /// Whether the compiled lexicon is cached on disk.
    public var cache: Bool = true
  }

  /// `output:` — how the document is rendered.
  public struct OutputSection: Sendable, Equatable {
    /// Default format when `--format` is not given.
    public var format: String = "html"
    /// A Mustache template replacing the built-in HTML layout.
    public var template: String?
    /// A file of words the reader knows (a word per line).
    public var knownWords: String?
    /// Pinyin over `all` words, only `unknown` ones, or `none`.
    public var pinyinOver: String = "all"
    /// Longest vocabulary list.
    public var maxVocabulary: Int = 300
    /// An English title for the handout header.
    public var titleEnglish: String?
  }

  /// Where the config came from.
  public var source: ConfigSource?
  /// Folder relative paths resolve against.
  public var baseDirectory: URL
  /// The stages, in order.
  public var stages: [StageEntry] = []
  /// `data:`
  public var data = DataSection()
  /// `segmentation:`
  public var segmentation = SegmentationSection()
  /// `output:`
  public var output = OutputSection()

  /// The top-level sections.
  public static let sections = ["stages", "data", "segmentation", "output"]
  /// Keys of `output:`.
  public static let outputKeys = [
    "format", "template", "known-words", "pinyin-over", "max-vocabulary", "title-en",
  ]
  /// Output formats.
  public static let formats = ["html", "json", "md", "tsv", "pdf"]

  /// A config with every default and no stages.
  public init(baseDirectory: URL) { self.baseDirectory = baseDirectory }

  /// Loads and checks a config file; errors name file, line, column and key path.
  public static func load(from url: URL, displayName: String? = nil) throws -> JieduConfig {
    let source = try ConfigSource(contentsOf: url, name: displayName ?? url.path)
    return try parse(source, baseDirectory: url.deletingLastPathComponent())
  }

  /// Checks a parsed config; stage ids are checked against the registry later, in `PipelineBuilder`.
  public static func parse(_ source: ConfigSource, baseDirectory: URL) throws -> JieduConfig {
    var config = JieduConfig(baseDirectory: baseDirectory)
    config.source = source
    guard let root = source.root else { return config }
    if case .scalar(let s) = root, s.string.isEmpty { return config }
    try source.checkKeys(root, allowed: sections, path: "", what: "section")
    guard case .mapping(let map) = root else { return config }
    if let stages = map["stages"] { config.stages = try parseStages(stages, source) }
    if let data = map["data"], !isNull(data) {
      try source.checkKeys(data, allowed: ["directory"], path: "data")
      config.data.directory = try string(data, "directory", source, "data")
    }
    if let seg = map["segmentation"], !isNull(seg) {
      try source.checkKeys(seg, allowed: ["lexicons", "cache"], path: "segmentation")
      if case .mapping(let m) = seg {
        if let lex = m["lexicons"] {
          config.segmentation.lexicons = try source.decode(
            [String].self, from: lex, path: "segmentation.lexicons")
        }
        if let cache = m["cache"] {
          config.segmentation.cache = try source.decode(
            Bool.self, from: cache, path: "segmentation.cache")
        }
      }
    }
    if let out = map["output"], !isNull(out) {
      try source.checkKeys(out, allowed: outputKeys, path: "output")
      config.output = try parseOutput(out, source)
    }
    return config
  }

  private static func isNull(_ node: Node) -> Bool {
    if case .scalar(let s) = node {
      return s.string.isEmpty || s.string == "~" || s.string == "null"
    }
    return false
  }

  private static func string(_ node: Node, _ key: String, _ source: ConfigSource, _ path: String)
    throws -> String?
  {
    guard case .mapping(let m) = node, let v = m[key] else { return nil }
    return try source.decode(String.self, from: v, path: "\(path).\(key)")
  }

  private static func parseOutput(_ node: Node, _ source: ConfigSource) throws -> OutputSection {
    var out = OutputSection()
    guard case .mapping(let m) = node else { return out }
    if let f = m["format"] {
      let value = try source.decode(String.self, from: f, path: "output.format")
      guard formats.contains(value) else {
        throw source.error(
          at: f, path: "output.format",
          "unknown format '\(value)'\(NameSuggestion.didYouMean(value, in: formats)); valid: \(formats.joined(separator: ", "))"
        )
      }
      out.format = value
    }
    out.template = try string(node, "template", source, "output")
    out.knownWords = try string(node, "known-words", source, "output")
    out.titleEnglish = try string(node, "title-en", source, "output")
    if let p = m["pinyin-over"] {
      let value = try source.decode(String.self, from: p, path: "output.pinyin-over")
      let valid = ["all", "unknown", "none"]
      guard valid.contains(value) else {
        throw source.error(
          at: p, path: "output.pinyin-over",
          "unknown value '\(value)'\(NameSuggestion.didYouMean(value, in: valid)); valid: all, unknown, none"
        )
      }
      out.pinyinOver = value
    }
    if let v = m["max-vocabulary"] {
      let value = try source.decode(Int.self, from: v, path: "output.max-vocabulary")
      guard value >= 0 else {
        throw source.error(at: v, path: "output.max-vocabulary", "must be 0 or more")
      }
      out.maxVocabulary = value
    }
    return out
  }

  private static func parseStages(_ node: Node, _ source: ConfigSource) throws -> [StageEntry] {
    if isNull(node) { return [] }
    guard case .sequence(let seq) = node else {
      throw source.error(
        at: node, path: "stages",
        "expected a list of '- id: <stage>' items, found \(ConfigSource.kind(of: node))")
    }
    var entries: [StageEntry] = []
    for (index, item) in seq.enumerated() {
      let path = "stages[\(index)]"
      if case .scalar(let s) = item {
        entries.append(
          StageEntry(
            id: s.string, options: nil, location: location(source, item),
            optionsPath: "\(path).options",
            idNode: item))
        continue
      }
      try source.checkKeys(item, allowed: ["id", "options"], path: path)
      guard case .mapping(let m) = item, let idNode = m["id"] else {
        throw source.error(
          at: item, path: path, "missing 'id' (each stage item is '- id: <stage>')")
      }
      let id = try source.decode(String.self, from: idNode, path: "\(path).id")
      entries.append(
        StageEntry(
          id: id, options: m["options"], location: location(source, item),
          optionsPath: "\(path).options", idNode: idNode))
    }
    return entries
  }

  private static func location(_ source: ConfigSource, _ node: Node) -> String {
    node.mark.map { "\(source.name):\($0.line):\($0.column)" } ?? source.name
  }
}
