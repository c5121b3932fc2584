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
  /// The table's Basic Multilingual Plane part as a flat array by scalar value (0: not folded): a
  /// look-up per character of every article, without hashing. Empty for an empty table.
  private let plane: [UInt32]

  /// A folding over a ready table.
  public init(table: [Unicode.Scalar: Unicode.Scalar]) {
    self.table = table
    var plane: [UInt32] = []
    if !table.isEmpty {
      plane = [UInt32](repeating: 0, count: 0x10000)
      for (from, to) in table where from.value < 0x10000 { plane[Int(from.value)] = to.value }
    }
    self.plane = plane
  }

  /// Equal tables fold alike.
  public static func == (a: TraditionalFolding, b: TraditionalFolding) -> Bool {
    a.table == b.table
  }

  /// No folding (no data folder).
  public static let identity = TraditionalFolding(table: [:])

  /// The scalar in simplified form (unchanged when it is not in the table).
  @inline(__always)
  public func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s.value < 0x10000 {
      guard !plane.isEmpty else { return s }
      let folded = plane[Int(s.value)]
      return folded == 0 ? s : Unicode.Scalar(folded) ?? s
    }
    return table[s] ?? s
  }

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

  /// The table from a CC-CEDICT file, through a cache file in `cache` when given (sealed and written
  /// by `CacheFile`; a damaged one is rebuilt with a warning).
  public static func cached(cedict: URL, cache: URL?) -> TraditionalFolding {
    let key = cacheKey(cedict: cedict)
    let file = cache?.appendingPathComponent("traditional-folding.txt")
    if let file {
      switch cacheVerdict(file, key: key) {
      case .valid(let folding): return folding
      case .stale: break
      case .damaged(let reason): CacheFile.reportDamaged(file, reason)
      }
    }
    let built = build(cedict: cedict)
    if let file {
      var text = key + "\n"
      for (t, s) in built.table.sorted(by: { $0.key.value < $1.key.value }) {
        text.unicodeScalars.append(t)
        text.unicodeScalars.append(s)
      }
      CacheFile.write(Data(text.utf8), to: file)
    }
    return built
  }

  /// The first line of the cache file: the format and CC-CEDICT's name, size and date.
  static func cacheKey(cedict: URL) -> String {
    "traditional-folding v2 " + DictionaryCache.sourceKey(cedict)
  }

  /// What the cache file holds: the table, stale (missing, other key) or damaged.
  static func cacheVerdict(_ file: URL, key: String) -> CacheFile.Verdict<TraditionalFolding> {
    guard FileManager.default.fileExists(atPath: file.path) else { return .stale }
    guard let data = try? Data(contentsOf: file) else { return .damaged("unreadable") }
    guard data.starts(with: Array("traditional-folding ".utf8)) else {
      return .damaged("not a traditional-folding cache")
    }
    guard data.starts(with: Array((key + "\n").utf8)) else { return .stale }
    let length: Int
    switch data.withUnsafeBytes({ CacheFile.payloadLength($0) }) {
    case .failure(let damage): return .damaged(damage.reason)
    case .success(let payload): length = payload
    }
    guard let text = String(data: data.prefix(length), encoding: .utf8) else {
      return .damaged("malformed")
    }
    let scalars = Array(text.unicodeScalars.dropFirst(key.unicodeScalars.count + 1))
    guard scalars.count % 2 == 0 else { return .damaged("malformed") }
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    var i = 0
    while i + 1 < scalars.count {
      table[scalars[i]] = scalars[i + 1]
      i += 2
    }
    return .valid(TraditionalFolding(table: table))
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
