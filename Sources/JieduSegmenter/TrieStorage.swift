/// A trie's node array and its two lookup tables, either built in memory or borrowed from a mapped
/// cache file (then only the pages a run touches are read, which keeps cold start short).
///
/// Every index read from the tables is checked against the node count, so a damaged cache file gives
/// wrong words at worst, never a crash.
final class TrieStorage: @unchecked Sendable {
  /// Number of nodes.
  let nodeCount: Int
  /// The nodes in breadth-first order.
  let nodes: UnsafePointer<TrieNode>
  /// Direct index from a BMP scalar to its root child (0 = none); `rootTableSize` entries.
  let rootChildren: UnsafePointer<UInt32>
  /// Open-addressing hash from a two-scalar prefix to its node (key 0 = empty slot).
  let bigrams: UnsafePointer<BigramSlot>
  /// The hash has `1 << bigramBits` slots.
  let bigramBits: Int
  /// What keeps the memory alive (a mapped file), if the storage does not own it.
  private let owner: AnyObject?

  /// Entries of the root table: the Basic Multilingual Plane.
  static let rootTableSize = 0x10000

  /// Builds the lookup tables for nodes made in memory.
  init(nodes source: [TrieNode]) {
    let nodeCount = source.count
    self.nodeCount = nodeCount
    let nodes = UnsafeMutablePointer<TrieNode>.allocate(capacity: max(1, nodeCount))
    nodes.initialize(from: source, count: nodeCount)
    let root = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.rootTableSize)
    root.initialize(repeating: 0, count: Self.rootTableSize)
    var level2 = 0
    let firstLevel = Self.children(of: 0, source)
    for node in firstLevel {
      if source[node].label < Self.rootTableSize { root[Int(source[node].label)] = UInt32(node) }
      level2 += Self.children(of: node, source).count
    }
    var bits = 4
    while 1 << bits < level2 * 3 / 2 { bits += 1 }
    let slots = UnsafeMutablePointer<BigramSlot>.allocate(capacity: 1 << bits)
    slots.initialize(
      repeating: BigramSlot(keyAndCount: 0, firstChild: 0, logProb: LexiconTrie.notAWord),
      count: 1 << bits)
    for parent in firstLevel {
      for node in Self.children(of: parent, source) {
        let key = Self.bigramKey(source[parent].label, source[node].label)
        var slot = Self.slot(key, bits)
        while slots[slot].keyAndCount != 0 { slot = (slot + 1) & ((1 << bits) - 1) }
        let count = min(UInt64(source[node].childCount), BigramSlot.maximumCount)
        slots[slot] = BigramSlot(
          keyAndCount: key | count << BigramSlot.keyBits, firstChild: source[node].firstChild,
          logProb: source[node].logProb)
      }
    }
    self.nodes = UnsafePointer(nodes)
    self.rootChildren = UnsafePointer(root)
    bigrams = UnsafePointer(slots)
    bigramBits = bits
    owner = nil
  }

  /// Borrows tables from memory kept alive by `owner` (a mapped cache file).
  init(
    nodeCount: Int, nodes: UnsafePointer<TrieNode>, rootChildren: UnsafePointer<UInt32>,
    bigramBits: Int, bigrams: UnsafePointer<BigramSlot>, owner: AnyObject
  ) {
    self.nodeCount = nodeCount
    self.nodes = nodes
    self.rootChildren = rootChildren
    self.bigramBits = bigramBits
    self.bigrams = bigrams
    self.owner = owner
  }

  deinit {
    guard owner == nil else { return }
    UnsafeMutablePointer(mutating: nodes).deallocate()
    UnsafeMutablePointer(mutating: rootChildren).deallocate()
    UnsafeMutablePointer(mutating: bigrams).deallocate()
  }

  /// The children of `node` in an array of nodes, clamped to the array.
  private static func children(of node: Int, _ nodes: [TrieNode]) -> Range<Int> {
    guard node < nodes.count else { return 0..<0 }
    let start = min(Int(nodes[node].firstChild), nodes.count)
    return start..<min(start + Int(nodes[node].childCount), nodes.count)
  }

  /// The hash key of a two-scalar prefix: never 0, below `1 << BigramSlot.keyBits`.
  @inline(__always)
  private static func bigramKey(_ first: UInt32, _ second: UInt32) -> UInt64 {
    ((UInt64(first & 0x1F_FFFF) << 21) | UInt64(second & 0x1F_FFFF)) &+ 1
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ bits: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The two-scalar prefix `first second`: whether the trie has it, its word log probability and its
  /// children (clamped to the node array).
  @inline(__always)
  func grandchild(_ first: UInt32, _ second: UInt32) -> (
    found: Bool, logProb: Float, children: Range<Int>
  ) {
    guard first <= 0x10_FFFF, second <= 0x10_FFFF else {
      return (false, LexiconTrie.notAWord, 0..<0)
    }
    let key = Self.bigramKey(first, second)
    let mask = (1 << bigramBits) - 1
    var slot = Self.slot(key, bigramBits)
    for _ in 0...mask {
      let found = bigrams[slot]
      let foundKey = found.keyAndCount & BigramSlot.keyMask
      if foundKey == key {
        let start = min(Int(found.firstChild), nodeCount)
        let end = min(start + Int(found.keyAndCount >> BigramSlot.keyBits), nodeCount)
        return (true, found.logProb, start..<end)
      }
      if foundKey == 0 { return (false, LexiconTrie.notAWord, 0..<0) }
      slot = (slot + 1) & mask
    }
    return (false, LexiconTrie.notAWord, 0..<0)
  }

  /// The children of a node, clamped to the node array.
  @inline(__always)
  func children(of node: TrieNode) -> Range<Int> {
    let start = min(Int(node.firstChild), nodeCount)
    return start..<min(start + Int(node.childCount), nodeCount)
  }

  /// The node labelled `label` among `children` (sorted by label), or 0.
  @inline(__always)
  func child(in children: Range<Int>, _ label: UInt32) -> Int {
    var lo = children.lowerBound
    var hi = children.upperBound
    while hi - lo > 8 {
      let mid = (lo + hi) >> 1
      let value = nodes[mid].label
      if value == label { return mid }
      if value < label { lo = mid + 1 } else { hi = mid }
    }
    while lo < hi {
      if nodes[lo].label == label { return lo }
      lo += 1
    }
    return 0
  }

  /// The child of `node` labelled `label`, or 0: a direct table at the root, binary search below.
  @inline(__always)
  func child(of node: Int, _ label: UInt32) -> Int {
    if node == 0, label < Self.rootTableSize {
      let child = Int(rootChildren[Int(label)])
      return child < nodeCount ? child : 0
    }
    return child(in: children(of: nodes[node]), label)
  }
}

/// A slot of the two-scalar prefix hash: the prefix key (low 43 bits) and the prefix node's child count
/// (high 21 bits), the node's first child and its log probability, so the hash replaces a node read.
struct BigramSlot: BitwiseCopyable {
  var keyAndCount: UInt64
  var firstChild: UInt32
  var logProb: Float

  /// Bits of `keyAndCount` that hold the key.
  static let keyBits: UInt64 = 43
  static let keyMask: UInt64 = (1 << keyBits) - 1
  /// Largest child count a slot can hold.
  static let maximumCount: UInt64 = (1 << (64 - keyBits)) - 1
}
