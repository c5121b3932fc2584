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
    var a = self
    var b = other
    return a.withUTF8 { x in
      b.withUTF8 { y in
        x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
      }
    }
  }

  /// Feeds the UTF-8 bytes to `hasher` (and the length, so "ab"+"c" and "a"+"bc" differ): the hash
  /// that goes with `sameBytes(as:)`, without `String.hash(into:)`'s normalisation.
  @inlinable public func hashBytes(into hasher: inout Hasher) {
    var copy = self
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(utf8.count)
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
