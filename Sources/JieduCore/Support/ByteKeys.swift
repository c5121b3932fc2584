#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether the two strings have the same UTF-8 bytes. For text that is NFC already (every block
  /// after ingestion, every word cut from it) this is `==`, without the normalisation checks
  /// `String.==` runs on non-ASCII text: the run-wide memos compare millions of Chinese words.
  @inlinable public func sameBytes(as other: String) -> Bool {
    let fast = utf8.withContiguousStorageIfAvailable { x in
      other.utf8.withContiguousStorageIfAvailable { y in
        x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
      }
    }
    return (fast ?? nil) ?? utf8.elementsEqual(other.utf8)
  }

  /// Whether the UTF-8 bytes sort before `other`'s (the order `JSONEncoder`'s `.sortedKeys`
  /// prints keys in), by `memcmp` where both are contiguous.
  @inlinable public func precedesInBytes(_ other: String) -> Bool {
    let fast = utf8.withContiguousStorageIfAvailable { x in
      other.utf8.withContiguousStorageIfAvailable { y in
        let common = Swift.min(x.count, y.count)
        let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
        return order != 0 ? order < 0 : x.count < y.count
      }
    }
    return (fast ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
  }

  /// Feeds the UTF-8 bytes to `hasher` (and the length, so "ab"+"c" and "a"+"bc" differ): the hash
  /// that goes with `sameBytes(as:)`, without `String.hash(into:)`'s normalisation.
  @inlinable public func hashBytes(into hasher: inout Hasher) {
    let done: Void? = utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
      hasher.combine($0.count)
    }
    if done == nil {
      let bytes = Array(utf8)
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      hasher.combine(bytes.count)
    }
  }

  /// `ByteHash` of the UTF-8 bytes: what the word keys give a `Set` or `Dictionary` as their raw
  /// hash value, so a lookup costs no `Hasher` (whose set-up and finalisation were most of it).
  @inlinable public func byteHash(seed: Int) -> Int {
    let fast = utf8.withContiguousStorageIfAvailable {
      ByteHash.hash(UnsafeRawBufferPointer($0), seed: seed)
    }
    return fast ?? Array(utf8).withUnsafeBytes { ByteHash.hash($0, seed: seed) }
  }
}

/// A quick seeded hash of a few bytes (words are mostly under 16), in the manner of wyhash: each
/// 8 bytes mixed in by one 64×64→128-bit multiplication folded to 64 bits. The seed is the hash
/// table's own (per table, per run), so crafted text cannot aim at one table's buckets.
public enum ByteHash {
  @usableFromInline static let k0: UInt64 = 0xa076_1d64_78bd_642f
  @usableFromInline static let k1: UInt64 = 0xe703_7ed1_a0b4_28db

  /// The high and low halves of the full product, xored.
  @inlinable @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    return high ^ low
  }

  /// The hash of two words under `seed` (a key packed into integers), mixed as bytes are.
  @inlinable public static func hash(_ first: UInt64, _ second: UInt64, seed: Int) -> Int {
    let h = mix(first ^ UInt64(truncatingIfNeeded: seed) ^ k0, k1)
    return Int(truncatingIfNeeded: mix(h ^ second, k1 ^ 16))
  }

  /// The hash of `bytes` under `seed`.
  @inlinable public static func hash(_ bytes: UnsafeRawBufferPointer, seed: Int) -> Int {
    var h = UInt64(truncatingIfNeeded: seed) ^ k0
    let count = bytes.count
    var i = 0
    while i + 8 <= count {
      h = mix(h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self), k1)
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < count {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    h = mix(h ^ tail, k1 ^ UInt64(truncatingIfNeeded: count))
    return Int(truncatingIfNeeded: mix(h, k0))
  }
}

/// A word as a dictionary key hashed and compared by its UTF-8 bytes (`sameBytes(as:)`): for the
/// NFC text jiedu works on, the same keys as the `String` itself, found with less work.
public struct WordKey: Hashable, Sendable {
  /// The word.
  public let text: String

  /// A key for `text`.
  @inlinable public init(_ text: String) { self.text = text }

  @inlinable public static func == (a: WordKey, b: WordKey) -> Bool { a.text.sameBytes(as: b.text) }

  @inlinable public func hash(into hasher: inout Hasher) { text.hashBytes(into: &hasher) }

  /// The bytes' `ByteHash`: what `Set` and `Dictionary` use, with no `Hasher` per lookup.
  @inlinable public func _rawHashValue(seed: Int) -> Int { text.byteHash(seed: seed) }
}
