/// An all-ASCII text's bytes read as its `lowercased()` form: lower-casing ASCII maps every byte to
/// one byte (A–Z to a–z, nothing else changes), so a test on the lower-cased text is the same test
/// on these bytes with A–Z folded — without building the lower-cased string. Made only for text
/// that is all ASCII (`with(_:_:)` gives nil otherwise: other letters may lower-case to ASCII, as
/// the Kelvin sign does to k).
public struct LowercasedASCII: LowercasedText {
  @usableFromInline let bytes: UnsafeBufferPointer<UInt8>

  @usableFromInline init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Runs `body` over `text`'s bytes when they are all ASCII; nil when they are not.
  @inlinable public static func with<T>(_ text: String, _ body: (LowercasedASCII) -> T) -> T? {
    var text = text
    return text.withUTF8 { bytes in
      bytes.contains(where: { $0 >= 0x80 }) ? nil : body(LowercasedASCII(bytes: bytes))
    }
  }

  @inlinable @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// Whether the bytes from `offset` on start with `pattern` (lower-case ASCII).
  @inlinable func matches(_ pattern: StaticString, at offset: Int) -> Bool {
    let count = pattern.utf8CodeUnitCount
    guard offset >= 0, offset + count <= bytes.count else { return false }
    let start = pattern.utf8Start
    for k in 0..<count where LowercasedASCII.fold(bytes[offset + k]) != start[k] { return false }
    return true
  }

  /// `lowercased().hasPrefix(pattern)`, `pattern` in lower-case ASCII.
  @inlinable public func hasPrefix(_ pattern: StaticString) -> Bool { matches(pattern, at: 0) }

  /// `lowercased().hasSuffix(pattern)`, `pattern` in lower-case ASCII.
  @inlinable public func hasSuffix(_ pattern: StaticString) -> Bool {
    matches(pattern, at: bytes.count - pattern.utf8CodeUnitCount)
  }

  /// `lowercased() == pattern`, `pattern` in lower-case ASCII.
  @inlinable public func equals(_ pattern: StaticString) -> Bool {
    bytes.count == pattern.utf8CodeUnitCount && matches(pattern, at: 0)
  }

  /// `lowercased().contains(pattern)`, `pattern` a non-empty lower-case ASCII text.
  @inlinable public func contains(_ pattern: StaticString) -> Bool {
    let last = bytes.count - pattern.utf8CodeUnitCount
    guard last >= 0 else { return false }
    guard pattern.utf8CodeUnitCount > 0 else { return true }
    // Only where the first byte matches is the rest compared.
    let first = pattern.utf8Start[0]
    for offset in 0...last
    where LowercasedASCII.fold(bytes[offset]) == first && matches(pattern, at: offset) {
      return true
    }
    return false
  }
}

/// Tests on a text's lower-cased form with lower-case ASCII patterns: one set of rules (a sense's
/// rank, whether it is marginal) written once for both kinds of text.
public protocol LowercasedText {
  /// `lowercased().hasPrefix(pattern)`.
  func hasPrefix(_ pattern: StaticString) -> Bool
  /// `lowercased().hasSuffix(pattern)`.
  func hasSuffix(_ pattern: StaticString) -> Bool
  /// `lowercased() == pattern`.
  func equals(_ pattern: StaticString) -> Bool
  /// Whether the lower-cased text holds `pattern`'s bytes.
  func contains(_ pattern: StaticString) -> Bool
}

/// Any text, lower-cased once (what `LowercasedASCII` stands in for when the text is all ASCII).
public struct LowercasedString: LowercasedText {
  /// The lower-cased text.
  public let lower: String

  /// `text` lower-cased.
  public init(_ text: String) { lower = text.lowercasedQuickly }

  public func hasPrefix(_ pattern: StaticString) -> Bool { lower.hasPrefix(pattern.description) }
  public func hasSuffix(_ pattern: StaticString) -> Bool { lower.hasSuffix(pattern.description) }
  public func equals(_ pattern: StaticString) -> Bool { lower == pattern.description }
  public func contains(_ pattern: StaticString) -> Bool {
    lower.containsBytes(pattern.description)
  }
}
