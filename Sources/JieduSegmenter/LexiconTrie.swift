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

  /// Wraps nodes produced by `build`.
  init(nodes: [TrieNode]) {
    storage = TrieStorage(nodes: nodes)
  }

  /// Wraps tables that live in a mapped cache file.
  init(storage: TrieStorage) {
    self.storage = storage
  }

  /// The node and lookup tables (for the cache file).
  var tables: TrieStorage { storage }

  /// An empty trie.
  static let empty = LexiconTrie(nodes: [
    TrieNode(label: 0, firstChild: 1, childCount: 0, logProb: notAWord)
  ])

  /// Number of nodes.
  var nodeCount: Int { storage.nodeCount }

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
    in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int,
    _ body: (Int, Float) -> Void
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
    let pair = storage.grandchild(first, ScalarClass.folded(text[position].value))
    guard pair.found else { return }
    position += 1
    if pair.logProb <= 0 { body(position, pair.logProb) }
    // Deeper: search the children ranges (the pair's range comes from the hash slot).
    var children = pair.children
    while position < limit, !children.isEmpty {
      node = storage.child(in: children, ScalarClass.folded(text[position].value))
      if node == 0 { return }
      position += 1
      let found = nodes[node]
      if found.logProb <= 0 { body(position, found.logProb) }
      children = storage.children(of: found)
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
