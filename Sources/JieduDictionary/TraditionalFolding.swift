import Foundation
import JieduCore

/// Traditional → simplified, one character for one character, so offsets in folded text are offsets
/// in the original: `黨建` folds to `党建`, `三會一課` to `三会一课`.
///
/// The one table every stage uses, built from CC-CEDICT's headword pairs and kept in the dictionary's
/// cache folder (`<data>/cache/dictionary/`). Only characters that never stand in a simplified
/// headword themselves are folded, so simplified text always matches as written (乾 and 著 stay).
public struct TraditionalFolding: SharedResource, Equatable {
  /// Traditional → simplified.
  public let table: [Unicode.Scalar: Unicode.Scalar]

  /// A folding over a ready table.
  public init(table: [Unicode.Scalar: Unicode.Scalar]) { self.table = table }

  /// No folding (no data folder).
  public static let identity = TraditionalFolding(table: [:])

  /// The scalar in simplified form (unchanged when it is not in the table).
  @inline(__always)
  public func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { table[s] ?? s }

  /// Every scalar folded; the result has the same length.
  public func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    table.isEmpty ? scalars : scalars.map { fold($0) }
  }

  /// A string folded.
  public func fold(_ text: String) -> String {
    if table.isEmpty { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.lazy.map { fold($0) })
    return String(view)
  }

  /// The table for the run's data folder, from the cache when it matches CC-CEDICT; no data folder
  /// gives the identity.
  public static func load(in context: StageContext) throws -> TraditionalFolding {
    guard let data = context.dataDirectory else { return .identity }
    let cedict = data.appendingPathComponent(DataLocation.cedictFile)
    guard FileManager.default.fileExists(atPath: cedict.path) else { return .identity }
    return cached(cedict: cedict, cache: DataLocation.cacheFolder("dictionary", data: data))
  }

  /// The table from a CC-CEDICT file, through a cache file in `cache` when given.
  public static func cached(cedict: URL, cache: URL?) -> TraditionalFolding {
    let key = "traditional-folding v1 " + DictionaryCache.sourceKey(cedict)
    let file = cache?.appendingPathComponent("traditional-folding.txt")
    if let file, let text = try? String(contentsOf: file, encoding: .utf8),
      let newline = text.firstIndex(of: "\n"), text[..<newline] == key
    {
      let scalars = Array(text[text.index(after: newline)...].unicodeScalars)
      var table: [Unicode.Scalar: Unicode.Scalar] = [:]
      var i = 0
      while i + 1 < scalars.count {
        table[scalars[i]] = scalars[i + 1]
        i += 2
      }
      return TraditionalFolding(table: table)
    }
    let built = build(cedict: cedict)
    if let file {
      var text = key + "\n"
      for (t, s) in built.table.sorted(by: { $0.key.value < $1.key.value }) {
        text.unicodeScalars.append(t)
        text.unicodeScalars.append(s)
      }
      try? Data(text.utf8).write(to: file, options: .atomic)
    }
    return built
  }

  /// Builds the table by reading every headword pair of a CC-CEDICT file; unreadable gives identity.
  public static func build(cedict: URL) -> TraditionalFolding {
    guard let headwords = try? CedictParser.headwords(contentsOf: cedict) else { return .identity }
    var simplifiedUse = Set<Unicode.Scalar>()
    var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
    for (traditional, simplified) in headwords {
      let t = Array(traditional.unicodeScalars)
      let s = Array(simplified.unicodeScalars)
      simplifiedUse.formUnion(s)
      guard t.count == s.count else { continue }
      for (a, b) in zip(t, s) where a != b { pairs.append((a, b)) }
    }
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (a, b) in pairs where !simplifiedUse.contains(a) && table[a] == nil { table[a] = b }
    return TraditionalFolding(table: table)
  }
}
