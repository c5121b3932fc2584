import Foundation
import JieduCore

/// Everything the segmenter needs at run time: the word trie, the unknown-character score and the HMM.
struct CompiledLexicon: Sendable {
  /// The words with their log probabilities.
  let trie: LexiconTrie
  /// Log probability of a single character the lexicon does not know (jieba: log(1 / total)).
  let unknownLogProb: Double
  /// Log probability given to tokens made by rules (numbers, Latin runs): log(1000 / total).
  let ruleLogProb: Double
  /// The out-of-vocabulary model.
  let hmm: HiddenMarkovModel

  /// Frequency a rule-made token counts as.
  static let ruleFrequency = 1000.0

  /// Creates a lexicon from a trie and the total frequency its probabilities are relative to.
  init(trie: LexiconTrie, logTotal: Double, hmm: HiddenMarkovModel) {
    self.trie = trie
    self.unknownLogProb = -logTotal
    self.ruleLogProb = log(Self.ruleFrequency) - logTotal
    self.hmm = hmm
  }

  /// The total frequency's log, recovered from the unknown-character score.
  var logTotal: Double { -unknownLogProb }
}

/// Binary form of a `CompiledLexicon` for the on-disk cache: a header with the cache key, then the
/// trie's node array and lookup tables exactly as they are used in memory (so a mapped file is used in
/// place), then the HMM tables.
enum CompiledLexiconFile {
  private static let magic = Array("JIEDUSEG".utf8)
  private static let version: UInt32 = 6

  /// Encodes the lexicon, tagged with `key`.
  static func encode(_ lexicon: CompiledLexicon, key: String) -> Data {
    let tables = lexicon.trie.tables
    let slots = 1 << tables.bigramBits
    var out = Data()
    out.append(contentsOf: magic)
    append(&out, [version, UInt32(key.utf8.count)])
    out.append(contentsOf: Array(key.utf8))
    pad(&out)
    append(&out, [lexicon.logTotal])
    append(
      &out,
      [
        UInt64(tables.nodeCount), UInt64(tables.bigramBits),
        UInt64(lexicon.hmm.emissionScalars.count),
      ])
    append(&out, UnsafeBufferPointer(start: tables.nodes, count: tables.nodeCount))
    pad(&out)
    append(&out, UnsafeBufferPointer(start: tables.rootChildren, count: TrieStorage.rootTableSize))
    pad(&out)
    append(&out, UnsafeBufferPointer(start: tables.bigrams, count: slots))
    pad(&out)
    append(&out, lexicon.hmm.start)
    append(&out, lexicon.hmm.transitions)
    append(&out, lexicon.hmm.emissionScalars)
    pad(&out)
    append(&out, lexicon.hmm.emissions)
    return out
  }

  /// Uses a mapped cache file (sealed by `CacheFile`) in place if it is well formed and tagged with
  /// `key`; stale when it was made by other code or from other sources, damaged when it is
  /// truncated or does not match its checksum.
  static func decode(_ file: MappedFile, key: String) -> CacheFile.Verdict<CompiledLexicon> {
    var header = Reader(raw: file.bytes)
    guard let head = header.bytes(magic.count), Array(head) == magic else {
      return .damaged(file.bytes.count < magic.count ? "truncated" : "not a lexicon cache")
    }
    guard let fields: [UInt32] = header.array(2), fields[0] == version,
      let keyBytes = header.bytes(Int(fields[1])), Array(keyBytes) == Array(key.utf8)
    else { return file.bytes.count < 16 ? .damaged("truncated") : .stale }
    switch CacheFile.payloadLength(file.bytes) {
    case .failure(let damage): return .damaged(damage.reason)
    case .success(let length):
      let payload = UnsafeRawBufferPointer(rebasing: file.bytes[0..<length])
      guard let lexicon = decode(payload, key: key, owner: file) else {
        return .damaged("malformed")
      }
      return .valid(lexicon)
    }
  }

  /// Decodes a sealed cache's payload in place (the checksum already verified).
  private static func decode(_ raw: UnsafeRawBufferPointer, key: String, owner file: MappedFile)
    -> CompiledLexicon?
  {
    var reader = Reader(raw: raw)
    guard let head = reader.bytes(magic.count), Array(head) == magic,
      let header: [UInt32] = reader.array(2), header[0] == version,
      let keyBytes = reader.bytes(Int(header[1])), Array(keyBytes) == Array(key.utf8)
    else { return nil }
    reader.align()
    guard let logTotal: [Double] = reader.array(1), let counts: [UInt64] = reader.array(3),
      counts[0] > 0, counts[0] < 1 << 31, (4...30).contains(counts[1]), counts[2] < 1 << 24
    else { return nil }
    let nodeCount = Int(counts[0])
    let slots = 1 << Int(counts[1])
    let scalars = Int(counts[2])
    guard let nodes = reader.pointer(TrieNode.self, nodeCount) else { return nil }
    reader.align()
    guard let root = reader.pointer(UInt32.self, TrieStorage.rootTableSize) else { return nil }
    reader.align()
    guard let bigrams = reader.pointer(BigramSlot.self, slots) else { return nil }
    reader.align()
    guard let start: [Double] = reader.array(4), let transitions: [Double] = reader.array(16),
      let emissionScalars: [UInt32] = reader.array(scalars)
    else { return nil }
    reader.align()
    guard let emissions: [Double] = reader.array(scalars * 4), reader.atEnd else { return nil }
    let storage = TrieStorage(
      nodeCount: nodeCount, nodes: nodes, rootChildren: root, bigramBits: Int(counts[1]),
      bigrams: bigrams, owner: file)
    let hmm = HiddenMarkovModel(
      start: start, transitions: transitions, emissionScalars: emissionScalars, emissions: emissions
    )
    return CompiledLexicon(trie: LexiconTrie(storage: storage), logTotal: logTotal[0], hmm: hmm)
  }

  private static func append<T: BitwiseCopyable>(_ out: inout Data, _ values: [T]) {
    values.withUnsafeBytes { out.append(contentsOf: $0) }
  }

  private static func append<T: BitwiseCopyable>(
    _ out: inout Data, _ values: UnsafeBufferPointer<T>
  ) {
    out.append(contentsOf: UnsafeRawBufferPointer(values))
  }

  private static func pad(_ out: inout Data) {
    while out.count % 8 != 0 { out.append(0) }
  }

  /// Reads consecutive arrays from raw bytes with bounds checks.
  private struct Reader {
    let raw: UnsafeRawBufferPointer
    var offset = 0

    var atEnd: Bool { offset == raw.count }

    mutating func bytes(_ count: Int) -> UnsafeRawBufferPointer.SubSequence? {
      guard count >= 0, offset + count <= raw.count else { return nil }
      defer { offset += count }
      return raw[offset..<(offset + count)]
    }

    mutating func align() { offset = min(raw.count, (offset + 7) & ~7) }

    /// A pointer to `count` values in place (the file stays mapped while the lexicon lives).
    mutating func pointer<T>(_ type: T.Type, _ count: Int) -> UnsafePointer<T>? {
      let size = count * MemoryLayout<T>.stride
      guard count >= 0, offset + size <= raw.count, let base = raw.baseAddress,
        (Int(bitPattern: base) + offset) % MemoryLayout<T>.alignment == 0
      else { return nil }
      defer { offset += size }
      return (base + offset).assumingMemoryBound(to: T.self)
    }

    mutating func array<T: BitwiseCopyable>(_ count: Int) -> [T]? {
      guard let source = pointer(T.self, count) else { return nil }
      return Array(UnsafeBufferPointer(start: source, count: count))
    }
  }
}
