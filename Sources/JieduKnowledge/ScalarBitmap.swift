/// A set of Unicode scalar values as a bitmap over the whole code space (136 KB): constant-time
/// membership without hashing, for hot loops over glossary and dictionary text.
struct ScalarBitmap: Sendable {
  private var words: [UInt64]

  /// An empty set.
  init() { words = [UInt64](repeating: 0, count: (0x11_0000 + 63) / 64) }

  /// Adds a scalar value.
  mutating func insert(_ value: UInt32) {
    let v = Int(value)
    words[v >> 6] |= 1 << UInt64(v & 63)
  }

  /// Whether the scalar value is in the set.
  func contains(_ value: UInt32) -> Bool {
    let v = Int(value)
    guard v >> 6 < words.count else { return false }
    return words[v >> 6] & (1 << UInt64(v & 63)) != 0
  }
}
