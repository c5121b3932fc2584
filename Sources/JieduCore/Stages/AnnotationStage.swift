import Foundation

/// One option of a stage, as `jiedu stages` lists it.
public struct OptionSpec: Sendable, Equatable {
  /// The YAML key.
  public var name: String
  /// The value type, as a user reads it (`bool`, `[path]`, `marks|numbers|none`).
  public var type: String
  /// The default, as YAML.
  public var defaultValue: String
  /// One line on what it does.
  public var summary: String

  /// Creates an option description.
  public init(_ name: String, type: String, default defaultValue: String, _ summary: String) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.summary = summary
  }
}

/// A stage's typed options, decoded from the `options:` mapping of its config entry.
///
/// Declare each option once with `@StageOption` and give an empty `init()`; decoding (absent keys
/// keep their defaults) and `specs` (what `jiedu stages` lists, which keys are valid) follow from the
/// declarations.
public protocol StageOptions: Decodable, Sendable {
  /// All defaults.
  init()
  /// Every key the stage accepts; keys not listed here are config errors.
  static var specs: [OptionSpec] { get }
}

extension StageOptions {
  /// The `@StageOption` declarations, in order.
  public static var specs: [OptionSpec] {
    StageOptionReflection.options(of: Self()).map(\.spec)
  }

  /// Decodes every `@StageOption` from its key; absent keys keep their defaults.
  public init(from decoder: any Decoder) throws {
    self.init()
    let container = try decoder.container(keyedBy: AnyKey.self)
    for option in StageOptionReflection.options(of: self) {
      try option.decode(from: container)
    }
  }
}

/// Options of a stage that takes none.
public struct NoOptions: StageOptions {
  /// No options.
  public init() {}
}

/// An example a stage carries on its type, checked by one parameterised test through the real host
/// (as SwiftLint checks each rule's `triggeringExamples`).
///
/// `marked` is the input with every expected annotation span between ⟦ and ⟧ (`抓⟦党建⟧工作`);
/// `fields` are values each marked annotation must carry (`["rendering": "Party building"]`).
public struct StageExample: Sendable, CustomStringConvertible {
  /// The input with ⟦…⟧ around each span the stage must annotate.
  public var marked: String
  /// Fields every marked annotation must have, as their JSON strings.
  public var fields: [String: String]
  /// The file and line the example is written at, for the failure message.
  public var location: String

  /// An example.
  public init(
    _ marked: String, fields: [String: String] = [:], file: StaticString = #fileID,
    line: UInt = #line
  ) {
    self.marked = marked
    self.fields = fields
    location = "\(file):\(line)"
  }

  /// The marked text.
  public var description: String { marked }
}

/// What a stage can read while it is set up and while it runs.
public struct StageContext: Sendable {
  /// Folder that relative paths in the config are resolved against.
  public var baseDirectory: URL
  /// Folder of downloaded data (CC-CEDICT, jieba's dictionary), if known.
  public var dataDirectory: URL?
  /// Glossary files given with `--glossary`, highest priority first.
  public var userGlossaries: [URL]
  /// Where this stage's config entry sits, for error messages (`config.yaml:14:7`).
  public var configLocation: String
  /// The id of the stage this context is handed to (empty outside a stage).
  public var stageID: String
  /// Where stages report progress (stderr).
  public var progress: @Sendable (String) -> Void
  /// Heavy data shared by every stage of one run (CC-CEDICT, the traditional→simplified table).
  public var store: RunStore
  /// How many threads a stage may spread one document over (`Document.withBlockSlices`): the
  /// cores for a single article, 1 in a batch, whose documents already run side by side.
  public var threads: Int = 1

  /// Creates a context.
  public init(
    baseDirectory: URL, dataDirectory: URL? = nil, userGlossaries: [URL] = [],
    configLocation: String = "", stageID: String = "", store: RunStore = RunStore(),
    progress: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.baseDirectory = baseDirectory
    self.dataDirectory = dataDirectory
    self.userGlossaries = userGlossaries
    self.configLocation = configLocation
    self.stageID = stageID
    self.store = store
    self.progress = progress
  }

  /// This stage's cache folder: `<data>/cache/<stage-id>/`, the one convention every cache follows
  /// (the segmenter's lexicon and the dictionary's index too). Nil without a data folder; created on
  /// first use.
  public var cacheDirectory: URL? {
    guard let dataDirectory, !stageID.isEmpty else { return nil }
    return DataLocation.cacheFolder(stageID, data: dataDirectory)
  }

  /// A resource shared by the stages of this run, loaded on first use.
  public func shared<R: SharedResource>(_ type: R.Type) throws -> R {
    try store.value(type, context: self)
  }

  /// Resolves a path from the config against `baseDirectory`.
  public func resolve(_ path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
    if path.hasPrefix("~/") {
      return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
        String(path.dropFirst(2)))
    }
    return baseDirectory.appendingPathComponent(path)
  }
}

/// An annotation stage: a small type with a stable id, typed options, declared needs and products.
///
/// Stages know the core and nothing else; no stage imports another stage. A stage adds annotations
/// and token readings to the document; the host checks afterwards that block texts are unchanged and
/// that no annotation was removed or moved.
public protocol AnnotationStage: Sendable {
  /// The stage's typed options.
  associatedtype Options: StageOptions
  /// The stable id used in config.yaml (`glossary`).
  static var id: String { get }
  /// One line on what the stage does.
  static var summary: String { get }
  /// What must be present before the stage runs: what it truly reads.
  static var requires: Set<Capability> { get }
  /// What the stage adds.
  static var produces: Set<Capability> { get }
  /// Examples checked through the real host by one parameterised test.
  static var examples: [StageExample] { get }
  /// Whether the stage runs a program named in its options (a config with it needs trust).
  static var runsPrograms: Bool { get }
  /// What tells this configured stage from another of the same id (an external stage's `name:` or
  /// command); a config that lists the same stage twice is refused.
  var identity: String { get }
  /// Sets the stage up (loads its data); errors are one-line messages.
  init(options: Options, context: StageContext) async throws
  /// Words that must come out of segmentation as single tokens (glossary terms, formulas).
  var wholeWords: [String] { get }
  /// What this configured stage reads; `requires` unless its options add more (an external
  /// program that reads terms).
  var declaredRequirements: Set<Capability> { get }
  /// What this configured stage adds; `produces` unless its options add more.
  var declaredProducts: Set<Capability> { get }
  /// Adds annotations, token readings and diagnostics to the document; may work concurrently inside.
  func annotate(_ document: inout Document, context: StageContext) async throws
}

extension AnnotationStage {
  /// By default a stage offers no words to segmentation.
  public var wholeWords: [String] { [] }
  /// By default what the type declares.
  public var declaredRequirements: Set<Capability> { Self.requires }
  /// By default what the type declares.
  public var declaredProducts: Set<Capability> { Self.produces }
  /// By default a stage has no examples.
  public static var examples: [StageExample] { [] }
  /// By default a stage runs no program.
  public static var runsPrograms: Bool { false }
  /// By default one stage of an id per pipeline.
  public var identity: String { Self.id }
}

/// A failure with a one-line message for the user.
public struct JieduError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The message, without the `jiedu: error:` prefix.
  public var message: String
  /// Creates an error.
  public init(_ message: String) { self.message = message }
  /// The message.
  public var description: String { message }
}
