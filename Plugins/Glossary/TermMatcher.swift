/// An Aho–Corasick automaton over Unicode scalars: finds every occurrence of every key in one pass,
/// in time linear in the text length plus the number of occurrences.
///
/// Transitions live in one open-addressing table keyed by (node, scalar), which keeps a 100,000-key automaton
/// compact. An optional folding table maps scalars before lookup (traditional to simplified), so
/// offsets in the text stay exact.
struct TermMatcher: Sendable {
  /// One occurrence: a key's index and its scalar range.
  struct Occurrence: Equatable {
    var key: Int
    var start: Int
    var end: Int
  }

  private var edges: EdgeTable
  private var failure: [Int32] = [0]
  /// The nearest node on the failure chain (excluding the node itself) that ends a key, or -1.
  private var outputLink: [Int32] = [-1]
  /// The key ending at a node, or -1.
  private var keyAt: [Int32] = [-1]
  private var depth: [Int32] = [0]
  private let folding: [UInt32: UInt32]

  /// For each key, whether it is the first of its spelling (after folding); repeats never match.
  private(set) var isPrimary: [Bool]

  /// Builds the automaton. Keys that are empty are ignored; a repeated key keeps its first index.
  init(keys: [[Unicode.Scalar]], folding: [UInt32: UInt32] = [:]) {
    self.folding = folding
    edges = EdgeTable(capacity: keys.reduce(0) { $0 + $1.count })
    isPrimary = [Bool](repeating: false, count: keys.count)
    var firstChild: [Int32] = [-1]
    var nextSibling: [Int32] = [-1]
    var label: [UInt32] = [0]
    let total = keys.reduce(0) { $0 + $1.count } + 1
    failure.reserveCapacity(total)
    outputLink.reserveCapacity(total)
    keyAt.reserveCapacity(total)
    depth.reserveCapacity(total)
    firstChild.reserveCapacity(total)
    nextSibling.reserveCapacity(total)
    label.reserveCapacity(total)
    for (index, key) in keys.enumerated() where !key.isEmpty {
      var node: Int32 = 0
      for scalar in key {
        let value = folding[scalar.value] ?? scalar.value
        let edge = EdgeTable.key(node, value)
        if let child = edges.child(edge) {
          node = child
          continue
        }
        let child = Int32(failure.count)
        edges.insert(edge, child)
        failure.append(0)
        outputLink.append(-1)
        keyAt.append(-1)
        depth.append(depth[Int(node)] + 1)
        label.append(value)
        nextSibling.append(firstChild[Int(node)])
        firstChild.append(-1)
        firstChild[Int(node)] = child
        node = child
      }
      if keyAt[Int(node)] < 0 {
        keyAt[Int(node)] = Int32(index)
        isPrimary[index] = true
      }
    }
    // Breadth-first: failure links and output links.
    var queue: [Int32] = []
    queue.reserveCapacity(failure.count)
    var child = firstChild[0]
    while child >= 0 {
      queue.append(child)
      child = nextSibling[Int(child)]
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      var c = firstChild[Int(node)]
      while c >= 0 {
        let value = label[Int(c)]
        var f = failure[Int(node)]
        var target: Int32 = 0
        while true {
          if let next = edges.child(EdgeTable.key(f, value)) {
            target = next
            break
          }
          if f == 0 { break }
          f = failure[Int(f)]
        }
        failure[Int(c)] = target
        outputLink[Int(c)] = keyAt[Int(target)] >= 0 ? target : outputLink[Int(target)]
        queue.append(c)
        c = nextSibling[Int(c)]
      }
    }
  }

  /// Number of automaton states, for diagnostics.
  var stateCount: Int { failure.count }

  /// Every occurrence of every key in the scalars, ordered by end offset.
  func occurrences(in scalars: [Unicode.Scalar]) -> [Occurrence] {
    var found: [Occurrence] = []
    var state: Int32 = 0
    for (i, scalar) in scalars.enumerated() {
      let value = folding.isEmpty ? scalar.value : (folding[scalar.value] ?? scalar.value)
      while true {
        if let next = edges.child(EdgeTable.key(state, value)) {
          state = next
          break
        }
        if state == 0 { break }
        state = failure[Int(state)]
      }
      var out = keyAt[Int(state)] >= 0 ? state : outputLink[Int(state)]
      while out >= 0 {
        let length = Int(depth[Int(out)])
        found.append(Occurrence(key: Int(keyAt[Int(out)]), start: i + 1 - length, end: i + 1))
        out = outputLink[Int(out)]
      }
    }
    return found
  }
}
