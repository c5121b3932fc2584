/// A fixed set of Unicode scalars asked once per character of a text (punctuation, numerals,
/// surnames): membership by a bitmap over the Basic Multilingual Plane, a short list beyond it. A
/// `Set<Unicode.Scalar>` hashes every scalar it is asked about through `Hasher`, which showed up
/// as a few per cent of a batch.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
  /// Bit `v` for BMP scalar value `v` (1,024 words: 8 KB).
  @usableFromInline let bits: [UInt64]
  /// Members past the BMP, sorted.
  @usableFromInline let astral: [UInt32]

  /// The set of `scalars`.
  public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    var bits = [UInt64](repeating: 0, count: 0x1_0000 / 64)
    var astral: [UInt32] = []
    for scalar in scalars {
      let value = scalar.value
      if value < 0x1_0000 {
        bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
      } else {
        astral.append(value)
      }
    }
    self.bits = bits
    self.astral = Array(Set(astral)).sorted()
  }

  /// The set of the listed scalars.
  public init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

  /// Whether `scalar` is in the set.
  @inlinable public func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }

  /// Whether the scalar with value `value` is in the set.
  @inlinable public func contains(_ value: UInt32) -> Bool {
    if value < 0x1_0000 {
      return bits.withUnsafeBufferPointer { $0[Int(value >> 6)] } & (1 << UInt64(value & 63)) != 0
    }
    return astral.contains(value)
  }
}
