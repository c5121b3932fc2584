/// An open-addressing hash table from (node, scalar) to child node, for the term automaton.
///
/// Keys are packed into one `UInt64`; a multiplicative hash and linear probing avoid the cost of
/// Swift's seeded `Hasher`, which dominates building an automaton of 100,000 terms.
struct EdgeTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var shift: UInt64
  private(set) var count = 0

  /// The key that marks an empty slot (no real edge packs to it: node ids are below 2^31).
  private static let empty = UInt64.max

  /// A table sized for about `capacity` edges.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: EdgeTable.empty, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// The packed key of an edge.
  static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar)
  }

  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The child along an edge, or nil.
  func child(_ key: UInt64) -> Int32? {
    var i = slot(key)
    while true {
      let k = keys[i]
      if k == key { return values[i] }
      if k == EdgeTable.empty { return nil }
      i = (i + 1) & mask
    }
  }

  /// Adds an edge that is not present yet.
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var i = slot(key)
    while keys[i] != EdgeTable.empty { i = (i + 1) & mask }
    keys[i] = key
    values[i] = value
    count += 1
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = keys.count * 2
    keys = [UInt64](repeating: EdgeTable.empty, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
    count = 0
    for (k, v) in zip(oldKeys, oldValues) where k != EdgeTable.empty { insert(k, v) }
  }
}
