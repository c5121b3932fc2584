import JieduKnowledge

/// A compiled glossary: entries from several sources in priority order, and an automaton that finds
/// their terms and aliases in text.
///
/// Matching is over Unicode scalars, independent of segmentation. Where occurrences overlap, the
/// entry from the higher-priority source wins, then the longer one, then the leftmost; each kept
/// occurrence is one `TermMatch`.
public struct Glossary: Sendable {
  /// Every entry, highest-priority source first.
  public let entries: [GlossaryEntry]
  /// For each entry, the rank of its source (0 is the highest priority).
  public let ranks: [Int]
  /// Every distinct surface form (terms and aliases), each owned by its highest-priority entry.
  public let surfaces: [String]
  private let owner: [Int]
  private let latinEdges: [UInt8]
  private let matcher: TermMatcher
  private let foldTable: [UInt32: UInt32]

  /// Compiles a glossary.
  ///
  /// - Parameters:
  ///   - sources: lists of entries, highest priority first (user glossaries, configured files,
  ///     the built-in glossary).
  ///   - folding: scalars to treat as others while matching (traditional to simplified forms).
  public init(sources: [[GlossaryEntry]], folding: [Unicode.Scalar: Unicode.Scalar] = [:]) {
    var entries: [GlossaryEntry] = []
    var ranks: [Int] = []
    for (rank, source) in sources.enumerated() {
      entries += source
      ranks += Array(repeating: rank, count: source.count)
    }
    var allSurfaces: [String] = []
    var allOwners: [Int] = []
    var keys = TermKeys()
    func add(_ surface: String, _ index: Int) {
      guard !surface.isEmpty else { return }
      allSurfaces.append(surface)
      allOwners.append(index)
      keys.append(surface)
    }
    for (index, entry) in entries.enumerated() {
      add(entry.term, index)
      for alias in entry.aliases { add(alias, index) }
    }
    var fold: [UInt32: UInt32] = [:]
    for (from, to) in folding { fold[from.value] = to.value }
    let matcher = TermMatcher(keys: keys, folding: fold)
    self.entries = entries
    self.ranks = ranks
    self.matcher = matcher
    foldTable = fold
    owner = allOwners
    surfaces = zip(allSurfaces, matcher.isPrimary).filter(\.1).map(\.0)
    latinEdges = (0..<keys.count).map { i in
      let range = keys.range(i)
      guard let first = range.first, let last = range.last else { return 0 }
      return (Glossary.isLatinWord(keys.scalars[first]) ? 1 : 0)
        | (Glossary.isLatinWord(keys.scalars[last]) ? 2 : 0)
    }
  }

  /// The scalars with the glossary's folding applied (traditional to simplified forms).
  public func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard !foldTable.isEmpty else { return scalars }
    return scalars.map { s in foldTable[s.value].flatMap(Unicode.Scalar.init) ?? s }
  }

  /// Number of entries.
  public var count: Int { entries.count }

  /// The kept occurrences in a text, in text order.
  public func matches(in text: String) -> [TermMatch] {
    matches(in: text.scalarArray)
  }

  /// The kept occurrences in scalars, in text order; offsets are scalar offsets, end exclusive.
  public func matches(in scalars: [Unicode.Scalar]) -> [TermMatch] {
    spans(in: scalars).map {
      TermMatch(
        start: $0.start, end: $0.end, entry: entries[$0.entryIndex], rank: ranks[$0.entryIndex],
        entryIndex: $0.entryIndex)
    }
  }

  /// The kept occurrences as offsets and entry indices into `entries`, in text order: what
  /// `matches(in:)` finds without a copy of the entry per occurrence (a long text has millions).
  public func spans(in scalars: [Unicode.Scalar]) -> [TermSpan] {
    let found = matcher.occurrences(in: scalars)
    if found.isEmpty { return [] }
    let candidates = found.filter { isWholeLatinWord($0, in: scalars) }.sorted { a, b in
      let ra = ranks[owner[a.key]]
      let rb = ranks[owner[b.key]]
      if ra != rb { return ra < rb }
      let la = a.end - a.start
      let lb = b.end - b.start
      if la != lb { return la > lb }
      return a.start < b.start
    }
    var taken = [Bool](repeating: false, count: scalars.count)
    var kept: [TermSpan] = []
    for candidate in candidates {
      if taken[candidate.start..<candidate.end].contains(true) { continue }
      for i in candidate.start..<candidate.end { taken[i] = true }
      kept.append(
        TermSpan(start: candidate.start, end: candidate.end, entryIndex: owner[candidate.key]))
    }
    return kept.sorted { $0.start < $1.start }
  }

  /// A key that starts (ends) with a Latin letter or digit must not continue a Latin word in the
  /// text: `GDP` is not found inside `GDPR`.
  private func isWholeLatinWord(_ o: TermMatcher.Occurrence, in scalars: [Unicode.Scalar]) -> Bool {
    let edges = latinEdges[o.key]
    if edges & 1 != 0, o.start > 0, Glossary.isLatinWordScalar(scalars[o.start - 1]) {
      return false
    }
    if edges & 2 != 0, o.end < scalars.count, Glossary.isLatinWordScalar(scalars[o.end]) {
      return false
    }
    return true
  }

  private static func isLatinWordScalar(_ s: Unicode.Scalar) -> Bool { isLatinWord(s.value) }

  private static func isLatinWord(_ v: UInt32) -> Bool {
    (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
  }
}

/// Where a glossary term occurs: offsets in scalars (end exclusive) and the entry's index.
public struct TermSpan: Sendable, Equatable {
  /// Start offset in scalars.
  public var start: Int
  /// End offset in scalars (exclusive).
  public var end: Int
  /// The entry's index in `Glossary.entries`.
  public var entryIndex: Int
}

/// One occurrence of a glossary term in text.
public struct TermMatch: Sendable, Equatable {
  /// Start offset in scalars.
  public var start: Int
  /// End offset in scalars (exclusive).
  public var end: Int
  /// The entry whose term or alias occurs here.
  public var entry: GlossaryEntry
  /// The priority rank of the entry's source (0 is the highest).
  public var rank: Int
  /// The entry's place in the glossary: the same number for every occurrence of one entry.
  public var entryIndex: Int = 0

  /// Creates a match.
  public init(start: Int, end: Int, entry: GlossaryEntry, rank: Int, entryIndex: Int = 0) {
    self.start = start
    self.end = end
    self.entry = entry
    self.rank = rank
    self.entryIndex = entryIndex
  }
}
