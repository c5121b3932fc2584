import JieduCore

/// A run of at most five scalars packed into two words (21 bits a scalar, the length beside them):
/// a memo key made from a sentence's scalars without building a `String`, hashed and compared as
/// two integers. Longer runs have no packed form (`init` returns nil) and take the string's way.
public struct PackedWord: Hashable, Sendable {
  @usableFromInline let low: UInt64
  @usableFromInline let high: UInt64

  /// The most scalars a packed word holds.
  public static let maximumLength = 5

  /// The run `scalars[range]`, or nil when it is empty or longer than `maximumLength`.
  @inlinable public init?(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
    let count = range.count
    guard count > 0, count <= PackedWord.maximumLength else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = UInt64(count) << 42
    for k in 0..<count {
      let value = UInt64(scalars[range.lowerBound + k].value)
      if k < 3 {
        low |= value << (21 * UInt64(k))
      } else {
        high |= value << (21 * UInt64(k - 3))
      }
    }
    self.low = low
    self.high = high
  }

  /// The two words' `ByteHash` under the table's seed, with no `Hasher`.
  @inlinable public func _rawHashValue(seed: Int) -> Int { ByteHash.hash(low, high, seed: seed) }
}
