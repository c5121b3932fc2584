/// A compiled word list: a trie stored in breadth-first order as flat arrays.
///
/// Node 0 is the root. The children of node `n` are the nodes `firstChild[n] ..< firstChild[n + 1]`,
/// sorted by `labels`. A node that ends a word has a log probability `<= 0`; other nodes hold `1`.
/// Labels are scalar values with full-width ASCII folded to ASCII.
struct LexiconTrie: Sendable {
  /// The scalar on the edge into each node.
  let labels: [UInt32]
  /// Where each node's children start; one extra entry closes the last node.
  let firstChild: [UInt32]
  /// The word's log probability at word-ending nodes, `1` elsewhere.
  let logProbs: [Float]
  /// Direct index from a BMP scalar to its root child (0 = none).
  private let rootChildren: [UInt32]

  /// Marks a node that does not end a word.
  static let notAWord: Float = 1

  /// Wraps arrays produced by `build` or read from a cache.
  init(labels: [UInt32], firstChild: [UInt32], logProbs: [Float]) {
    self.labels = labels
    self.firstChild = firstChild
    self.logProbs = logProbs
    var direct = [UInt32](repeating: 0, count: 0x10000)
    if firstChild.count > 1 {
      for node in Int(firstChild[0])..<Int(firstChild[1]) where labels[node] < 0x10000 {
        direct[Int(labels[node])] = UInt32(node)
      }
    }
    rootChildren = direct
  }

  /// An empty trie.
  static let empty = LexiconTrie(labels: [0], firstChild: [1, 1], logProbs: [notAWord])

  /// Number of nodes.
  var nodeCount: Int { labels.count }

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
    var labels: [UInt32] = [0]
    var firstChild: [UInt32] = []
    var logProbs: [Float] = [notAWord]
    // Queue of (node, lo, hi, depth): sorted[lo..<hi] share the node's prefix of length depth.
    var queue: [(node: Int, lo: Int, hi: Int, depth: Int)] = [(0, 0, sorted.count, 0)]
    var head = 0
    while head < queue.count {
      let (node, lo, hi, depth) = queue[head]
      head += 1
      var start = lo
      if start < hi, words[sorted[start]].scalars.count == depth {
        logProbs[node] = words[sorted[start]].logProb
        start += 1
      }
      firstChild.append(UInt32(labels.count))
      var groupStart = start
      while groupStart < hi {
        let label = words[sorted[groupStart]].scalars[depth]
        var groupEnd = groupStart + 1
        while groupEnd < hi, words[sorted[groupEnd]].scalars[depth] == label { groupEnd += 1 }
        queue.append((labels.count, groupStart, groupEnd, depth + 1))
        labels.append(label)
        logProbs.append(notAWord)
        groupStart = groupEnd
      }
    }
    firstChild.append(UInt32(labels.count))
    return LexiconTrie(labels: labels, firstChild: firstChild, logProbs: logProbs)
  }

  /// The child of `node` labelled `label`, or 0.
  @inline(__always)
  func child(of node: Int, _ label: UInt32) -> Int {
    if node == 0 {
      if label < 0x10000 { return Int(rootChildren[Int(label)]) }
    }
    var lo = Int(firstChild[node])
    var hi = Int(firstChild[node + 1])
    while hi - lo > 8 {
      let mid = (lo + hi) >> 1
      let value = labels[mid]
      if value == label { return mid }
      if value < label { lo = mid + 1 } else { hi = mid }
    }
    while lo < hi {
      if labels[lo] == label { return lo }
      lo += 1
    }
    return 0
  }

  /// Calls `body(end, logProb)` for every word that starts at `start` and ends at or before `limit`.
  @inline(__always)
  func forEachWord(
    in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int, _ body: (Int, Float) -> Void
  ) {
    var node = 0
    var position = start
    while position < limit {
      node = child(of: node, ScalarClass.folded(text[position].value))
      if node == 0 { return }
      position += 1
      let logProb = logProbs[node]
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
    let logProb = logProbs[node]
    return node != 0 && logProb <= 0 ? logProb : nil
  }

  /// The log probability of a word given as scalar values (already folded), or nil.
  func logProb(ofFolded word: [UInt32]) -> Float? {
    var node = 0
    for value in word {
      node = child(of: node, value)
      if node == 0 { return nil }
    }
    let logProb = logProbs[node]
    return node != 0 && logProb <= 0 ? logProb : nil
  }
}
