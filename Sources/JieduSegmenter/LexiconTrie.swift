/// One trie node: the scalar on the edge into it, where its children start, how many there are, and the
/// word's log probability if the node ends a word (`LexiconTrie.notAWord` otherwise). 16 bytes, so a
/// node's siblings and its own data share cache lines.
struct TrieNode: BitwiseCopyable {
  var label: UInt32
  var firstChild: UInt32
  var childCount: UInt32
  var logProb: Float
}

/// A compiled word list: a trie stored in breadth-first order, children of a node contiguous and
/// sorted by label. Node 0 is the root. Labels are scalar values with full-width ASCII folded to ASCII.
struct LexiconTrie: Sendable {
  /// The nodes, in unmanaged memory so the hot loop reads them without bounds checks.
  private let storage: TrieStorage

  /// Marks a node that does not end a word.
  static let notAWord: Float = 1

  /// Wraps nodes produced by `build` or read from a cache.
  init(nodes: [TrieNode]) {
    storage = TrieStorage(nodes: nodes)
  }

  /// An empty trie.
  static let empty = LexiconTrie(nodes: [TrieNode(label: 0, firstChild: 1, childCount: 0, logProb: notAWord)])

  /// Number of nodes.
  var nodeCount: Int { storage.nodeCount }

  /// A copy of the nodes (for the cache file).
  var nodes: [TrieNode] { Array(UnsafeBufferPointer(start: storage.nodes, count: storage.nodeCount)) }

  /// Whether the nodes form a well-linked trie (checked on nodes read from a cache file).
  var isWellFormed: Bool { storage.isWellFormed }

  /// Builds the trie from words (already folded) and their log probabilities; later duplicates win.
  static func build(_ words: [(scalars: [UInt32], logProb: Float)]) -> LexiconTrie {
    let order = words.indices.sorted { a, b in
      let x = words[a].scalars
      let y = words[b].scalars
      if x.lexicographicallyPrecedes(y) { return true }
      if y.lexicographicallyPrecedes(x) { return false }
      return a < b
    }
    // Keep the last of equal words.
    var sorted: [Int] = []
    sorted.reserveCapacity(order.count)
    for index in order where !words[index].scalars.isEmpty {
      if let last = sorted.last, words[last].scalars == words[index].scalars {
        sorted[sorted.count - 1] = index
      } else {
        sorted.append(index)
      }
    }
    var nodes = [TrieNode(label: 0, firstChild: 0, childCount: 0, logProb: notAWord)]
    // Queue of (node, lo, hi, depth): sorted[lo..<hi] share the node's prefix of length depth.
    var queue: [(node: Int, lo: Int, hi: Int, depth: Int)] = [(0, 0, sorted.count, 0)]
    var head = 0
    while head < queue.count {
      let (node, lo, hi, depth) = queue[head]
      head += 1
      var start = lo
      if start < hi, words[sorted[start]].scalars.count == depth {
        nodes[node].logProb = words[sorted[start]].logProb
        start += 1
      }
      nodes[node].firstChild = UInt32(nodes.count)
      var groupStart = start
      while groupStart < hi {
        let label = words[sorted[groupStart]].scalars[depth]
        var groupEnd = groupStart + 1
        while groupEnd < hi, words[sorted[groupEnd]].scalars[depth] == label { groupEnd += 1 }
        queue.append((nodes.count, groupStart, groupEnd, depth + 1))
        nodes.append(TrieNode(label: label, firstChild: 0, childCount: 0, logProb: notAWord))
        nodes[node].childCount += 1
        groupStart = groupEnd
      }
    }
    return LexiconTrie(nodes: nodes)
  }

  /// The child of `node` labelled `label`, or 0.
  @inline(__always)
  func child(of node: Int, _ label: UInt32) -> Int {
    storage.child(of: node, label)
  }

  /// Calls `body(end, logProb)` for every word that starts at `start` and ends at or before `limit`.
  @inline(__always)
  func forEachWord(
    in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int, _ body: (Int, Float) -> Void
  ) {
    guard start < limit else { return }
    let nodes = storage.nodes
    // First two steps: direct table, then the bigram hash; deeper nodes have few children.
    let first = ScalarClass.folded(text[start].value)
    var node = storage.child(of: 0, first)
    if node == 0 { return }
    var position = start + 1
    if nodes[node].logProb <= 0 { body(position, nodes[node].logProb) }
    guard position < limit else { return }
    node = storage.grandchild(first, ScalarClass.folded(text[position].value))
    if node == 0 { return }
    position += 1
    if nodes[node].logProb <= 0 { body(position, nodes[node].logProb) }
    while position < limit {
      node = storage.child(of: node, ScalarClass.folded(text[position].value))
      if node == 0 { return }
      position += 1
      let logProb = nodes[node].logProb
      if logProb <= 0 { body(position, logProb) }
    }
  }

  /// The log probability of a word given as scalars, or nil when it is not in the trie.
  func logProb(of text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Float? {
    var node = 0
    for position in range {
      node = child(of: node, ScalarClass.folded(text[position].value))
      if node == 0 { return nil }
    }
    let logProb = storage.nodes[node].logProb
    return node != 0 && logProb <= 0 ? logProb : nil
  }

  /// The log probability of a word given as scalar values (already folded), or nil.
  func logProb(ofFolded word: [UInt32]) -> Float? {
    var node = 0
    for value in word {
      node = child(of: node, value)
      if node == 0 { return nil }
    }
    let logProb = storage.nodes[node].logProb
    return node != 0 && logProb <= 0 ? logProb : nil
  }
}

/// The trie's nodes in memory it owns; immutable after creation.
final class TrieStorage: @unchecked Sendable {
  let nodeCount: Int
  let nodes: UnsafeMutablePointer<TrieNode>
  /// Direct index from a BMP scalar to its root child (0 = none).
  let rootChildren: UnsafeMutablePointer<UInt32>
  /// Open-addressing hash from a two-scalar prefix to its node: keys (0 = empty slot) and nodes.
  let bigramKeys: UnsafeMutablePointer<UInt64>
  let bigramNodes: UnsafeMutablePointer<UInt32>
  /// `bigramKeys` has `1 << bigramBits` slots.
  let bigramBits: Int

  init(nodes source: [TrieNode]) {
    nodeCount = source.count
    nodes = .allocate(capacity: max(1, source.count))
    nodes.initialize(from: source, count: source.count)
    rootChildren = .allocate(capacity: 0x10000)
    rootChildren.initialize(repeating: 0, count: 0x10000)
    var level2 = 0
    let wellFormed = source.first != nil && Self.isWellFormed(nodes, source.count)
    if wellFormed, let root = source.first {
      for node in Int(root.firstChild)..<Int(root.firstChild + root.childCount) {
        if source[node].label < 0x10000 { rootChildren[Int(source[node].label)] = UInt32(node) }
        level2 += Int(source[node].childCount)
      }
    }
    var bits = 4
    while 1 << bits < level2 * 2 { bits += 1 }
    bigramBits = bits
    bigramKeys = .allocate(capacity: 1 << bits)
    bigramKeys.initialize(repeating: 0, count: 1 << bits)
    bigramNodes = .allocate(capacity: 1 << bits)
    bigramNodes.initialize(repeating: 0, count: 1 << bits)
    if wellFormed, let root = source.first {
      for parent in Int(root.firstChild)..<Int(root.firstChild + root.childCount) {
        let first = source[parent]
        for node in Int(first.firstChild)..<Int(first.firstChild + first.childCount) {
          let key = Self.bigramKey(first.label, source[node].label)
          var slot = Self.slot(key, bits)
          while bigramKeys[slot] != 0 { slot = (slot + 1) & ((1 << bits) - 1) }
          bigramKeys[slot] = key
          bigramNodes[slot] = UInt32(node)
        }
      }
    }
  }

  @inline(__always)
  private static func bigramKey(_ first: UInt32, _ second: UInt32) -> UInt64 {
    (UInt64(first) << 32 | UInt64(second)) &+ 1
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ bits: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The node of the two-scalar prefix `first second`, or 0.
  @inline(__always)
  func grandchild(_ first: UInt32, _ second: UInt32) -> Int {
    let key = Self.bigramKey(first, second)
    let mask = (1 << bigramBits) - 1
    var slot = Self.slot(key, bigramBits)
    while true {
      let found = bigramKeys[slot]
      if found == key { return Int(bigramNodes[slot]) }
      if found == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }

  deinit {
    nodes.deallocate()
    rootChildren.deallocate()
    bigramKeys.deallocate()
    bigramNodes.deallocate()
  }

  /// Every child range lies inside the node array and after its parent.
  var isWellFormed: Bool { Self.isWellFormed(nodes, nodeCount) }

  private static func isWellFormed(_ nodes: UnsafeMutablePointer<TrieNode>, _ nodeCount: Int) -> Bool {
    guard nodeCount > 0 else { return false }
    for index in 0..<nodeCount {
      let node = nodes[index]
      let end = Int(node.firstChild) + Int(node.childCount)
      if end > nodeCount || (node.childCount > 0 && Int(node.firstChild) <= index) { return false }
    }
    return true
  }

  /// The child of `node` labelled `label`, or 0: a direct table at the root, binary search below.
  @inline(__always)
  func child(of node: Int, _ label: UInt32) -> Int {
    if node == 0, label < 0x10000 { return Int(rootChildren[Int(label)]) }
    let parent = nodes[node]
    var lo = Int(parent.firstChild)
    var hi = lo + Int(parent.childCount)
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
}
