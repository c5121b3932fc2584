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
}
