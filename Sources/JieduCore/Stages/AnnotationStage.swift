import Foundation

/// What a stage needs before it runs and what it adds, so the host can check the configured order.
public enum Capability: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Blocks, sentences and tokens: always present once ingestion and segmentation ran.
  case tokens
  /// Pinyin and glosses on tokens.
  case readings
  /// `term` annotations from a glossary.
  case terms
  /// `abbreviation` annotations.
  case formulas
  /// Annotations of other kinds, from external stages.
  case custom

  /// Orders capabilities by name, for stable messages.
  public static func < (a: Capability, b: Capability) -> Bool { a.rawValue < b.rawValue }
}

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
/// Every option has a default: `init()` gives them all, and decoding an empty mapping must too.
public protocol StageOptions: Decodable, Sendable {
  /// All defaults.
  init()
  /// Every key the stage accepts; keys not listed here are config errors.
  static var specs: [OptionSpec] { get }
}

/// Options of a stage that takes none.
public struct NoOptions: StageOptions {
  /// No options.
  public init() {}
  /// No keys.
  public static let specs: [OptionSpec] = []
}

/// What a stage can read while it is set up and while it runs.
public struct StageContext: Sendable {
  /// Folder that relative paths in the config are resolved against.
  public var baseDirectory: URL
  /// Folder of downloaded data (CC-CEDICT, jieba's dictionary), if known.
  public var dataDirectory: URL?
  /// Glossary files given with `--glossary`, highest priority first.
  public var userGlossaries: [URL]
  /// Where this stage's config entry sits, for error messages (`config.yaml:14:7: stages[1]`).
  public var configLocation: String
  /// Where stages report progress (stderr).
  public var progress: @Sendable (String) -> Void

  /// Creates a context.
  public init(
    baseDirectory: URL, dataDirectory: URL? = nil, userGlossaries: [URL] = [],
    configLocation: String = "", progress: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.baseDirectory = baseDirectory
    self.dataDirectory = dataDirectory
    self.userGlossaries = userGlossaries
    self.configLocation = configLocation
    self.progress = progress
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
/// and token readings to the document; the host checks that block texts are unchanged afterwards.
public protocol AnnotationStage: Sendable {
  /// The stage's typed options.
  associatedtype Options: StageOptions
  /// The stable id used in config.yaml (`glossary`).
  static var id: String { get }
  /// One line on what the stage does.
  static var summary: String { get }
  /// What must be present before the stage runs.
  static var requires: Set<Capability> { get }
  /// What the stage adds.
  static var produces: Set<Capability> { get }
  /// Sets the stage up (loads its data); errors are one-line messages.
  init(options: Options, context: StageContext) throws
  /// Words that must come out of segmentation as single tokens (glossary terms, formulas).
  var wholeWords: [String] { get }
  /// Adds annotations, token readings and diagnostics to the document.
  func annotate(_ document: inout Document, context: StageContext) throws
}

extension AnnotationStage {
  /// By default a stage offers no words to segmentation.
  public var wholeWords: [String] { [] }
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
