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
    package var optionsPath: String
    /// The node of the id value, for error positions.
    package var idNode: Node?
    /// `on-error: fail|warn` beside the id: what the host does when the stage fails.
    public var onError: StageFailurePolicy = .fail
  }

  /// `data:` — where downloaded dictionaries live.
  public struct DataSection: Sendable, Equatable {
    /// The data folder; relative paths resolve against the config file's folder.
    public var directory: String?
  }

  /// `segmentation:` — lexicons and caching; decoded like a stage's options.
  public struct SegmentationSection: StageOptions, Equatable {
    /// User lexicons: a word per line with an optional frequency.
    @StageOption(
      "lexicons", type: "[path]", help: "user lexicons: a word per line, optionally a frequency")
    public var lexicons: [String] = []
    /// Whether the compiled lexicon is cached on disk.
    @StageOption("cache", help: "cache the compiled lexicon under <data>/cache/segmenter/")
    public var cache = true
    /// All defaults.
    public init() {}
    /// A section with these values.
    public init(lexicons: [String], cache: Bool) {
      self.lexicons = lexicons
      self.cache = cache
    }
    /// Sections are equal when every value is.
    public static func == (a: Self, b: Self) -> Bool {
      a.lexicons == b.lexicons && a.cache == b.cache
    }
  }

  /// `output:` — how the document is rendered; decoded like a stage's options, and each key can be
  /// overridden by the `annotate` flag of the same name.
  public struct OutputSection: StageOptions, Equatable {
    /// Default format when `--format` is not given.
    @StageOption("format", help: "the format written when --format is not given")
    public var format: OutputFormat = .html
    /// A Mustache template replacing the built-in HTML layout.
    @StageOption(
      "template", type: "path", default: "built-in", help: "a Mustache template for the HTML")
    public var template: String? = nil
    /// A file of words the reader knows (a word per line).
    @StageOption(
      "known-words", type: "path", default: "none",
      help: "words the reader knows, one per line: no pinyin over them with pinyin-over: unknown")
    public var knownWords: String? = nil
    /// Pinyin over `all` words, only `unknown` ones, or `none`.
    @StageOption("pinyin-over", help: "which words get pinyin over them")
    public var pinyinOver: PinyinOver = .all
    /// Longest vocabulary list.
    @StageOption(
      "max-vocabulary", help: "longest vocabulary list",
      validate: { $0 < 0 ? "must be 0 or more" : nil })
    public var maxVocabulary = 50
    /// The reader's HSK level (`hsk4`): the vocabulary lists only words above it.
    @StageOption(
      "reader-level", type: "hsk1…hsk7", default: "none",
      help: "the reader's HSK level: the vocabulary lists only words above it",
      validate: { value in
        value.flatMap {
          ReaderLevelName.parse($0) == nil ? "expected hsk1 … hsk6 or hsk7 (7–9), got '\($0)'" : nil
        }
      })
    public var readerLevel: String? = nil
    /// Which column of the known-words file holds the word (from 1).
    @StageOption(
      "known-words-column", help: "which column of the known-words file holds the word (from 1)",
      validate: { $0 < 1 ? "must be 1 or more" : nil })
    public var knownWordsColumn = 1
    /// `standard` (two columns) or `compact` (one column, translation under each paragraph).
    @StageOption("layout", help: "standard: two columns; compact: translation under each paragraph")
    public var layout: HandoutLayout = .standard
    /// Tone colours in the handout: `none`, `pleco`, `hanping` or `custom` (`tone-custom`).
    @StageOption(
      "tone-colours", type: "none|pleco|hanping|custom",
      help: "colour pinyin and characters by tone (Pleco's or Hanping's scheme, or tone-custom)",
      validate: {
        ["none", "pleco", "hanping", "custom"].contains($0)
          ? nil : "expected none, pleco, hanping or custom, got '\($0)'"
      })
    public var toneColours = "none"
    /// Five CSS colours for tones 1–4 and the neutral tone, with `tone-colours: custom`.
    @StageOption(
      "tone-custom", type: "[colour]",
      help: "five CSS colours (tones 1–4, neutral) for tone-colours: custom",
      validate: {
        $0.isEmpty
          || ($0.count == 5
            && $0.allSatisfy { c in c.allSatisfy { $0.isLetter || $0.isNumber || $0 == "#" } })
          ? nil : "expected five colours such as '#e30000' or 'red'"
      })
    public var toneCustom: [String] = []
    /// Exercises after the handout (a cloze per key term, formulas to match, polyphones' pinyin),
    /// with their answer key on a page of its own.
    @StageOption(
      "exercises",
      help: "exercises after the handout (key-term cloze, formula matching, polyphones) and a key")
    public var exercises = false
    /// An English title for the handout header.
    @StageOption(
      "title-en", type: "string", default: "none", help: "an English title for the header")
    public var titleEnglish: String? = nil
    /// All defaults.
    public init() {}
    /// Sections are equal when every value is.
    public static func == (a: Self, b: Self) -> Bool {
      a.format == b.format && a.template == b.template && a.knownWords == b.knownWords
        && a.pinyinOver == b.pinyinOver && a.maxVocabulary == b.maxVocabulary
        && a.titleEnglish == b.titleEnglish && a.readerLevel == b.readerLevel
        && a.knownWordsColumn == b.knownWordsColumn && a.layout == b.layout
        && a.toneColours == b.toneColours && a.toneCustom == b.toneCustom
        && a.exercises == b.exercises
    }
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
  static let sections = ["stages", "data", "segmentation", "output"]
  /// Keys of `output:`.
  static var outputKeys: [String] { OutputSection.specs.map(\.name) }
  /// Output formats.
  static var formats: [String] { OutputFormat.allCases.map(\.rawValue) }

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
    if let seg = map["segmentation"] {
      config.segmentation = try source.decodeOptions(
        SegmentationSection.self, from: seg, path: "segmentation")
    }
    if let out = map["output"] {
      config.output = try source.decodeOptions(OutputSection.self, from: out, path: "output")
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
      try source.checkKeys(item, allowed: ["id", "options", "on-error"], path: path)
      guard case .mapping(let m) = item, let idNode = m["id"] else {
        throw source.error(
          at: item, path: path, "missing 'id' (each stage item is '- id: <stage>')")
      }
      let id = try source.decode(String.self, from: idNode, path: "\(path).id")
      var entry = StageEntry(
        id: id, options: m["options"], location: location(source, item),
        optionsPath: "\(path).options", idNode: idNode)
      if let policy = m["on-error"] {
        let word = try source.decode(String.self, from: policy, path: "\(path).on-error")
        guard let parsed = StageFailurePolicy(rawValue: word) else {
          throw source.error(
            at: policy, path: "\(path).on-error",
            "unknown value '\(word)'; valid: \(StageFailurePolicy.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        entry.onError = parsed
      }
      entries.append(entry)
    }
    return entries
  }

  private static func location(_ source: ConfigSource, _ node: Node) -> String {
    node.mark.map { "\(source.name):\($0.line):\($0.column)" } ?? source.name
  }
}
