import JieduCore

/// An open-addressing multimap from 64-bit hashes to non-negative 32-bit values, built once and
/// read-only afterwards. An empty slot holds the value -1; the two slot arrays are what the compiled
/// cache stores, and a table restored from it reads them where the cache file is mapped (no copy).
struct HashMultimap: Sendable {
  private var slots: HashSlots
  private let mask: Int

  /// Creates a table sized for `expected` insertions.
  init(expected: Int) {
    var capacity = 16
    while capacity < expected + expected / 3 + 1 { capacity <<= 1 }
    slots = HashSlots(capacity: capacity)
    mask = capacity - 1
  }

  /// A table over slot arrays restored from the compiled cache, read in place for as long as `owner`
  /// (the mapped file) is kept; nil when they do not fit together.
  init?(
    keys: UnsafeBufferPointer<UInt64>, values: UnsafeBufferPointer<Int32>,
    owner: any AnyObject & Sendable
  ) {
    guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0 else {
      return nil
    }
    slots = HashSlots(keys: keys, values: values, owner: owner)
    mask = keys.count - 1
  }

  /// The keys of every slot, as the cache stores them.
  var keys: [UInt64] { Array(slots.keys) }
  /// The values of every slot (-1 for an empty one), as the cache stores them.
  var values: [Int32] { Array(slots.values) }

  /// Gives the table slots of its own that it may write (a copy when they are shared or mapped).
  private mutating func makeWritable() {
    if !isKnownUniquelyReferenced(&slots) || slots.isMapped { slots = HashSlots(copying: slots) }
  }

  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
  }

  /// Adds a non-negative value under a key (several values per key are kept).
  mutating func insert(_ key: UInt64, _ value: Int32) {
    makeWritable()
    let keys = slots.keys
    let values = slots.values
    var slot = home(key)
    while values[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = max(value, 0)
  }

  /// Adds `amount` to the float stored under the key (bit pattern in the value), inserting it if absent.
  mutating func accumulate(_ key: UInt64, _ amount: Float) {
    makeWritable()
    let keys = slots.keys
    let values = slots.values
    var slot = home(key)
    while values[slot] >= 0 {
      if keys[slot] == key {
        values[slot] = Int32(
          bitPattern: (Float(bitPattern: UInt32(bitPattern: values[slot])) + amount).bitPattern)
        return
      }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    values[slot] = Int32(bitPattern: max(amount, 0).bitPattern)
  }

  /// Calls `body` with every value stored under the key.
  func forEach(_ key: UInt64, _ body: (Int32) -> Void) {
    let keys = slots.keys
    let values = slots.values
    var slot = home(key)
    while values[slot] >= 0 {
      if keys[slot] == key { body(values[slot]) }
      slot = (slot + 1) & mask
    }
  }

  /// The first value under the key, if any.
  func first(_ key: UInt64) -> Int32? {
    let keys = slots.keys
    let values = slots.values
    var slot = home(key)
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}

/// The slot arrays of a `HashMultimap`: memory of their own, or the cache file's mapped bytes (never
/// written: a table about to write copies them first).
final class HashSlots: @unchecked Sendable {
  let keys: UnsafeMutableBufferPointer<UInt64>
  let values: UnsafeMutableBufferPointer<Int32>
  /// What keeps mapped slots readable, or nil when they are allocated here.
  private let owner: (any AnyObject & Sendable)?

  /// `capacity` empty slots.
  init(capacity: Int) {
    keys = .allocate(capacity: capacity)
    keys.initialize(repeating: 0)
    values = .allocate(capacity: capacity)
    values.initialize(repeating: -1)
    owner = nil
  }

  /// Slots read where they are.
  init(
    keys: UnsafeBufferPointer<UInt64>, values: UnsafeBufferPointer<Int32>,
    owner: any AnyObject & Sendable
  ) {
    self.keys = UnsafeMutableBufferPointer(mutating: keys)
    self.values = UnsafeMutableBufferPointer(mutating: values)
    self.owner = owner
  }

  /// A copy of `other`'s slots in memory of its own.
  init(copying other: HashSlots) {
    keys = .allocate(capacity: other.keys.count)
    _ = keys.initialize(from: other.keys)
    values = .allocate(capacity: other.values.count)
    _ = values.initialize(from: other.values)
    owner = nil
  }

  /// Whether the slots are another object's memory (the mapped cache).
  var isMapped: Bool { owner != nil }

  deinit {
    guard owner == nil else { return }
    keys.deallocate()
    values.deallocate()
  }
}
