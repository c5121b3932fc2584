/// Many keys stored back to back as scalar values: key `i` is `scalars[bounds[i]..<bounds[i + 1]]`.
///
/// One buffer instead of an array per key keeps building a 100,000-term automaton allocation-free.
public struct TermKeys: Sendable {
  /// Every key's scalar values, back to back.
  public private(set) var scalars: [UInt32] = []
  /// Start offsets, plus the end of the last key.
  public private(set) var bounds: [Int] = [0]

  /// No keys.
  public init() {}

  /// Keys from arrays of scalars.
  public init(_ keys: [[Unicode.Scalar]]) {
    for key in keys { append(key.lazy.map(\.value)) }
  }

  /// Keys from strings, scalar by scalar.
  public init(strings: [String]) {
    for key in strings { append(key) }
  }

  /// Number of keys.
  public var count: Int { bounds.count - 1 }

  /// Appends a key.
  public mutating func append<S: Sequence>(_ key: S) where S.Element == UInt32 {
    scalars.append(contentsOf: key)
    bounds.append(scalars.count)
  }

  /// Appends a string's scalars as a key (not generic, so callers in other modules get the
  /// specialised loop).
  public mutating func append(_ key: String) {
    append(key.unicodeScalars.lazy.map(\.value))
  }

  /// The offsets of key `i` in `scalars`.
  public func range(_ i: Int) -> Range<Int> { bounds[i]..<bounds[i + 1] }
}
