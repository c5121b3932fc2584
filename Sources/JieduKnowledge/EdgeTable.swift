/// An open-addressing hash table from (node, scalar) to child node, for the term automaton.
///
/// Keys are packed into one `UInt64`; a multiplicative hash and linear probing avoid the cost of
/// Swift's seeded `Hasher`, which dominates building an automaton of 100,000 terms.
struct EdgeTable: Sendable {
  /// A key and its value side by side, so that a probe touches one cache line.
  private struct Slot {
    var key: UInt64
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  private var shift: UInt64
  private(set) var count = 0

  /// The key that marks an empty slot (no real edge packs to it: node ids are below 2^31).
  private static let empty = UInt64.max

  /// A table sized for about `capacity` edges.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: EdgeTable.empty, value: -1), count: size)
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
      let slot = slots[i]
      if slot.key == key { return slot.value }
      if slot.key == EdgeTable.empty { return nil }
      i = (i + 1) & mask
    }
  }

  /// Adds an edge that is not present yet.
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    var i = slot(key)
    while slots[i].key != EdgeTable.empty { i = (i + 1) & mask }
    slots[i] = Slot(key: key, value: value)
    count += 1
  }

  private mutating func grow() {
    let old = slots
    let size = slots.count * 2
    slots = [Slot](repeating: Slot(key: EdgeTable.empty, value: -1), count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
    count = 0
    for slot in old where slot.key != EdgeTable.empty { insert(slot.key, slot.value) }
  }
}
