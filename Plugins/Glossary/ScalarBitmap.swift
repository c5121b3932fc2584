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

/// Many keys stored back to back as scalar values: key `i` is `scalars[bounds[i]..<bounds[i + 1]]`.
///
/// One buffer instead of an array per key keeps building a 100,000-term automaton allocation-free.
struct TermKeys: Sendable {
  /// Every key's scalar values, back to back.
  private(set) var scalars: [UInt32] = []
  /// Start offsets, plus the end of the last key.
  private(set) var bounds: [Int] = [0]

  /// No keys.
  init() {}

  /// Keys from arrays of scalars.
  init(_ keys: [[Unicode.Scalar]]) {
    for key in keys { append(key.lazy.map(\.value)) }
  }

  /// Number of keys.
  var count: Int { bounds.count - 1 }

  /// Appends a key.
  mutating func append<S: Sequence>(_ key: S) where S.Element == UInt32 {
    scalars.append(contentsOf: key)
    bounds.append(scalars.count)
  }

  /// The offsets of key `i` in `scalars`.
  func range(_ i: Int) -> Range<Int> { bounds[i]..<bounds[i + 1] }
}
