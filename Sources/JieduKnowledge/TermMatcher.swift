/// An Aho–Corasick automaton over Unicode scalars: finds every occurrence of every key in one pass,
/// in time linear in the text length plus the number of occurrences. The one matcher of the
/// knowledge base: the glossary's terms and the formula list's formulas are both found with it.
///
/// Transitions live in one open-addressing table keyed by (node, scalar), which keeps a 100,000-key automaton
/// compact. An optional folding table maps scalars before lookup (traditional to simplified), so
/// offsets in the text stay exact.
public struct TermMatcher: Sendable {
  /// One occurrence: a key's index and its scalar range.
  public struct Occurrence: Sendable, Hashable {
    /// The index of the key, in the order the keys were given.
    public var key: Int
    /// Start offset in scalars.
    public var start: Int
    /// End offset in scalars (exclusive).
    public var end: Int

    /// Creates an occurrence.
    public init(key: Int, start: Int, end: Int) {
      self.key = key
      self.start = start
      self.end = end
    }
  }

  private var edges: EdgeTable
  /// Children of the root for scalars in the Basic Multilingual Plane, by scalar value: the root is
  /// the state visited most, both while building failure links and while scanning text.
  private var rootChildren: [Int32]
  private var failure: [Int32] = [0]
  /// The nearest node on the failure chain (excluding the node itself) that ends a key, or -1.
  private var outputLink: [Int32] = [-1]
  /// The key ending at a node, or -1.
  private var keyAt: [Int32] = [-1]
  private var depth: [Int32] = [0]
  private let folding: [UInt32: UInt32]
  private let foldable: ScalarBitmap?

  /// For each key, whether it is the first of its spelling (after folding); repeats never match.
  public private(set) var isPrimary: [Bool]

  /// How many keys the matcher was built with (empty and repeated ones included).
  public var keyCount: Int { isPrimary.count }

  /// Builds the automaton from arrays of scalars (for tests and small key sets).
  public init(keys: [[Unicode.Scalar]], folding: [UInt32: UInt32] = [:]) {
    self.init(keys: TermKeys(keys), folding: folding)
  }

  /// Builds the automaton. Keys that are empty are ignored; a repeated key keeps its first index.
  public init(keys: TermKeys, folding: [UInt32: UInt32] = [:]) {
    self.folding = folding
    var foldable: ScalarBitmap?
    if !folding.isEmpty {
      var bitmap = ScalarBitmap()
      for key in folding.keys { bitmap.insert(key) }
      foldable = bitmap
    }
    self.foldable = foldable
    let total = keys.scalars.count + 1
    edges = EdgeTable(capacity: total)
    rootChildren = [Int32](repeating: -1, count: Int(TermMatcher.rootTableSize))
    isPrimary = [Bool](repeating: false, count: keys.count)
    var firstChild: [Int32] = [-1]
    var nextSibling: [Int32] = [-1]
    var label: [UInt32] = [0]
    failure.reserveCapacity(total)
    outputLink.reserveCapacity(total)
    keyAt.reserveCapacity(total)
    depth.reserveCapacity(total)
    firstChild.reserveCapacity(total)
    nextSibling.reserveCapacity(total)
    label.reserveCapacity(total)
    for index in 0..<keys.count {
      let range = keys.range(index)
      if range.isEmpty { continue }
      var node: Int32 = 0
      for position in range {
        var value = keys.scalars[position]
        if let foldable, foldable.contains(value) { value = folding[value] ?? value }
        if let existing = child(node, value) {
          node = existing
          continue
        }
        let created = Int32(failure.count)
        if node == 0 && value < TermMatcher.rootTableSize {
          rootChildren[Int(value)] = created
        } else {
          edges.insert(EdgeTable.key(node, value), created)
        }
        failure.append(0)
        outputLink.append(-1)
        keyAt.append(-1)
        depth.append(depth[Int(node)] + 1)
        label.append(value)
        nextSibling.append(firstChild[Int(node)])
        firstChild.append(-1)
        firstChild[Int(node)] = created
        node = created
      }
      if keyAt[Int(node)] < 0 {
        keyAt[Int(node)] = Int32(index)
        isPrimary[index] = true
      }
    }
    // Breadth-first: failure links and output links.
    var queue: [Int32] = []
    queue.reserveCapacity(failure.count)
    var top = firstChild[0]
    while top >= 0 {
      queue.append(top)
      top = nextSibling[Int(top)]
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      var next = firstChild[Int(node)]
      while next >= 0 {
        let kid = next
        next = nextSibling[Int(kid)]
        let target = transition(failure[Int(node)], label[Int(kid)])
        failure[Int(kid)] = target
        outputLink[Int(kid)] = keyAt[Int(target)] >= 0 ? target : outputLink[Int(target)]
        queue.append(kid)
      }
    }
  }

  private static let rootTableSize: UInt32 = 0x1_0000

  /// The child of a node along a scalar, if any.
  @inline(__always)
  private func child(_ node: Int32, _ value: UInt32) -> Int32? {
    if node == 0 && value < TermMatcher.rootTableSize {
      let child = rootChildren[Int(value)]
      return child < 0 ? nil : child
    }
    return edges.child(EdgeTable.key(node, value))
  }

  /// The state after reading a scalar in a state: its child along the scalar, else the same from
  /// the state's failure link, down to the root.
  @inline(__always)
  private func transition(_ state: Int32, _ value: UInt32) -> Int32 {
    var state = state
    while true {
      if let next = child(state, value) { return next }
      if state == 0 { return 0 }
      state = failure[Int(state)]
    }
  }

  /// Number of automaton states, for diagnostics.
  public var stateCount: Int { failure.count }

  /// Every occurrence of every key in the scalars, ordered by end offset.
  public func occurrences(in scalars: [Unicode.Scalar]) -> [Occurrence] {
    var found: [Occurrence] = []
    var state: Int32 = 0
    for (i, scalar) in scalars.enumerated() {
      var value = scalar.value
      if let foldable, foldable.contains(value) { value = folding[value] ?? value }
      state = transition(state, value)
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
