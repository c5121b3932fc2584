import Foundation

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

/// Binary form of a `CompiledLexicon` for the on-disk cache: a header with the cache key, then raw arrays.
enum CompiledLexiconFile {
  private static let magic = Array("JIEDUSEG".utf8)
  private static let version: UInt32 = 2

  /// Encodes the lexicon, tagged with `key`.
  static func encode(_ lexicon: CompiledLexicon, key: String) -> Data {
    var out = Data()
    out.append(contentsOf: magic)
    append(&out, [version, UInt32(key.utf8.count)])
    out.append(contentsOf: Array(key.utf8))
    pad(&out)
    append(&out, [lexicon.logTotal])
    append(&out, [UInt64(lexicon.trie.nodeCount), UInt64(lexicon.hmm.emissionScalars.count)])
    append(&out, lexicon.trie.nodes)
    append(&out, lexicon.hmm.start)
    append(&out, lexicon.hmm.transitions)
    append(&out, lexicon.hmm.emissionScalars)
    pad(&out)
    append(&out, lexicon.hmm.emissions)
    return out
  }

  /// Decodes a lexicon if the data is well formed and tagged with `key`; nil otherwise.
  static func decode(_ data: Data, key: String) -> CompiledLexicon? {
    data.withUnsafeBytes { raw -> CompiledLexicon? in
      var reader = Reader(raw: raw)
      guard let head = reader.bytes(magic.count), Array(head) == magic,
        let header: [UInt32] = reader.array(2), header[0] == version,
        let keyBytes = reader.bytes(Int(header[1])), Array(keyBytes) == Array(key.utf8)
      else { return nil }
      reader.align()
      guard let logTotal: [Double] = reader.array(1), let counts: [UInt64] = reader.array(2),
        counts[0] > 0, counts[0] < 1 << 31, counts[1] < 1 << 31
      else { return nil }
      let nodes = Int(counts[0])
      let scalars = Int(counts[1])
      guard let trieNodes: [TrieNode] = reader.array(nodes) else { return nil }
      guard let start: [Double] = reader.array(4), let transitions: [Double] = reader.array(16),
        let emissionScalars: [UInt32] = reader.array(scalars)
      else { return nil }
      reader.align()
      guard let emissions: [Double] = reader.array(scalars * 4), reader.atEnd else { return nil }
      let trie = LexiconTrie(nodes: trieNodes)
      guard trie.isWellFormed else { return nil }
      let hmm = HiddenMarkovModel(
        start: start, transitions: transitions, emissionScalars: emissionScalars, emissions: emissions)
      return CompiledLexicon(trie: trie, logTotal: logTotal[0], hmm: hmm)
    }
  }

  private static func append<T: BitwiseCopyable>(_ out: inout Data, _ values: [T]) {
    values.withUnsafeBytes { out.append(contentsOf: $0) }
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

    mutating func array<T: BitwiseCopyable>(_ count: Int) -> [T]? {
      let size = count * MemoryLayout<T>.stride
      guard count >= 0, offset + size <= raw.count, let base = raw.baseAddress else { return nil }
      let source = base + offset
      offset += size
      return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        if let target = buffer.baseAddress { memcpy(target, source, size) }
        initialized = count
      }
    }
  }
}
