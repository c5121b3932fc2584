import Foundation
import JieduCore
import JieduDictionary

/// The formulas a stage knows before it reads a document: user files first, then the built-in list.
///
/// Lookup is by folded term (traditional characters mapped to simplified), terms and aliases alike;
/// the first list that names a term wins.
public struct FormulaList: Sendable {
  /// Every entry, highest priority first (duplicates of earlier terms dropped).
  public private(set) var entries: [FormulaEntry] = []
  /// Problems found while loading (duplicate terms, items that disagree with the numerals).
  public private(set) var warnings: [String] = []
  private var index: [String: Int] = [:]
  private var sources: [String] = []
  /// How traditional spellings are folded for lookup.
  public let folding: TraditionalFolding

  /// An empty list; `folding` maps traditional spellings onto the simplified entries.
  public init(folding: TraditionalFolding = .identity) { self.folding = folding }

  /// Parses a list from YAML text; `name` is used in messages.
  public static func parse(_ text: String, name: String) throws -> [FormulaEntry] {
    try entries(in: ConfigSource(name: name, text: text))
  }

  /// Reads a list from a file; errors name the file, line and column.
  public static func load(_ url: URL, name: String? = nil) throws -> [FormulaEntry] {
    try entries(in: ConfigSource(contentsOf: url, name: name))
  }

  /// The built-in list shipped with the stage: every `formulas*.yaml` of its resources,
  /// `formulas.yaml` first, the others by name (parsed once per process).
  ///
  /// Read once per process; with `cache` (a folder), the first read goes through the JSON kept
  /// there (see `FormulaListFastPath`).
  public static func builtin(cache: URL? = nil) throws -> [FormulaEntry] {
    try builtinLock.withLock {
      if let builtinOnce { return builtinOnce }
      let loaded = Result { try loadBuiltin(cache: cache) }
      builtinOnce = loaded
      return loaded
    }.get()
  }

  private static let builtinLock = NSLock()
  nonisolated(unsafe) private static var builtinOnce: Result<[FormulaEntry], any Error>?

  /// The built-in formula files, `formulas.yaml` first, then the others by name.
  public static var builtinFiles: [URL] {
    guard let main = Bundle.module.url(forResource: "formulas", withExtension: "yaml") else {
      return []
    }
    let folder = main.deletingLastPathComponent()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let others = names.filter { isFormulaFileName($0) && $0 != "formulas.yaml" }.sorted()
    return [main] + others.map { folder.appendingPathComponent($0) }
  }

  /// Whether a file name is a formula list's: `formulas.yaml`, `formulas-party.yaml`….
  public static func isFormulaFileName(_ name: String) -> Bool {
    name.hasPrefix("formulas") && name.hasSuffix(".yaml")
  }

  private static func loadBuiltin(cache: URL?) throws -> [FormulaEntry] {
    let files = builtinFiles
    guard !files.isEmpty else {
      throw JieduError(
        "the built-in formula list (formulas.yaml) is missing from the stage's resources")
    }
    var all: [FormulaEntry] = []
    for url in files {
      all +=
        try FormulaListFastPath.entries(url, cache: cache)
        ?? load(url, name: "\(url.lastPathComponent) (built-in)")
    }
    return all
  }

  private static func entries(in source: ConfigSource) throws -> [FormulaEntry] {
    guard let root = source.root else { return [] }
    return try source.decode([FormulaRecord].self, from: root, path: "").map(\.entry)
  }

  /// Adds the entries of one list (lower priority than those added before), noting duplicates and
  /// item counts that disagree with the numerals.
  public mutating func add(_ list: [FormulaEntry], from name: String) {
    for entry in list {
      let key = folding.fold(entry.term)
      if let earlier = index[key] {
        if sources[earlier] == name {
          warnings.append("\(name): '\(entry.term)' is listed twice; the first entry is used")
        }
        continue
      }
      if !entry.countMatches, let announced = entry.announcedCount {
        let listed = entry.items?.count ?? 0
        warnings.append(
          "\(name): '\(entry.term)' announces \(announced) items but lists \(listed); "
            + "add 'count: \(listed)' if that is right")
      }
      let position = entries.count
      entries.append(entry)
      sources.append(name)
      index[key] = position
      for alias in entry.aliases {
        let folded = folding.fold(alias)
        if index[folded] == nil { index[folded] = position }
      }
    }
  }

  /// The entry for a term or alias, traditional or simplified.
  public func entry(for term: String) -> FormulaEntry? {
    index[folding.fold(term)].map { entries[$0] }
  }

  /// Every term and alias as written, for segmentation.
  public var allSpellings: [String] {
    entries.flatMap(\.surfaces)
  }

  /// Every folded spelling with the entry it names.
  var foldedSpellings: [(String, FormulaEntry)] {
    index.map { ($0.key, entries[$0.value]) }
  }
}
