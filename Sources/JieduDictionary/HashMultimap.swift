import JieduCore

/// An open-addressing multimap from 64-bit hashes to non-negative 32-bit values, built once and
/// read-only afterwards. An empty slot holds the value -1; the two arrays are what the compiled cache
/// stores.
struct HashMultimap: Sendable {
  private(set) var keys: [UInt64]
  package private(set) var values: [Int32]
  private let mask: Int

  /// Creates a table sized for `expected` insertions.
  init(expected: Int) {
    var capacity = 16
    while capacity < expected + expected / 3 + 1 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: -1, count: capacity)
    mask = capacity - 1
  }

  /// Restores a table from its arrays (from the compiled cache); nil when they do not fit together.
  init?(keys: [UInt64], values: [Int32]) {
    guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0 else {
      return nil
    }
    self.keys = keys
    self.values = values
    mask = keys.count - 1
  }

  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
  }

  /// Adds a non-negative value under a key (several values per key are kept).
  mutating func insert(_ key: UInt64, _ value: Int32) {
    var slot = home(key)
    while values[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = max(value, 0)
  }

  /// Adds `amount` to the float stored under the key (bit pattern in the value), inserting it if absent.
  mutating func accumulate(_ key: UInt64, _ amount: Float) {
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
    var slot = home(key)
    while values[slot] >= 0 {
      if keys[slot] == key { body(values[slot]) }
      slot = (slot + 1) & mask
    }
  }

  /// The first value under the key, if any.
  func first(_ key: UInt64) -> Int32? {
    var slot = home(key)
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}

