/// FNV-1a over UTF-8 bytes, built up byte by byte or scalar by scalar (for prefix-by-prefix lookups).
struct ByteHash: Sendable, Equatable {
  /// The hash so far.
  private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  /// Adds one byte.
  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// Adds the UTF-8 bytes of one scalar.
  mutating func add(_ scalar: Unicode.Scalar) {
    guard let encoded = UTF8.encode(scalar) else { return }
    for byte in encoded { add(byte) }
  }

  /// The hash of a byte range.
  static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
    var hash = ByteHash()
    for i in range { hash.add(bytes[i]) }
    return hash.value
  }

  /// The hash of a string's UTF-8.
  static func of(_ text: String) -> UInt64 {
    var hash = ByteHash()
    for byte in text.utf8 { hash.add(byte) }
    return hash.value
  }
}

/// An open-addressing multimap from 64-bit hashes to 32-bit values, built once, read-only afterwards.
struct HashMultimap: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var occupied: [Bool]
  private let mask: Int

  /// Creates a table sized for `expected` insertions.
  init(expected: Int) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: 0, count: capacity)
    occupied = Array(repeating: false, count: capacity)
    mask = capacity - 1
  }

  /// Adds a value under a key (several values per key are kept).
  mutating func insert(_ key: UInt64, _ value: Int32) {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while occupied[slot] { slot = (slot + 1) & mask }
    occupied[slot] = true
    keys[slot] = key
    values[slot] = value
  }

  /// Calls `body` with every value stored under the key.
  func forEach(_ key: UInt64, _ body: (Int32) -> Void) {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while occupied[slot] {
      if keys[slot] == key { body(values[slot]) }
      slot = (slot + 1) & mask
    }
  }

  /// The first value under the key, if any.
  func first(_ key: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while occupied[slot] {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
