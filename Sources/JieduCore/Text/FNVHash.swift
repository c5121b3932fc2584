/// FNV-1a (64 bits) over UTF-8 bytes (the one non-cryptographic hash of the project), built up byte by byte or scalar by scalar (for prefix-by-prefix lookups).
package struct FNVHash: Sendable, Equatable {
  /// The hash so far.
  package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  /// A new hash.
  package init() {}

  /// Adds one byte.
  package mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// Adds the UTF-8 bytes of one scalar.
  package mutating func add(_ scalar: Unicode.Scalar) {
    guard let encoded = UTF8.encode(scalar) else { return }
    for byte in encoded { add(byte) }
  }

  /// The hash of a byte range.
  package static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
    var hash = FNVHash()
    for i in range { hash.add(bytes[i]) }
    return hash.value
  }

  /// The hash of a byte array.
  package static func of(_ bytes: [UInt8]) -> UInt64 { of(bytes, 0..<bytes.count) }

  /// The hash of a string's UTF-8.
  package static func of(_ text: String) -> UInt64 {
    var hash = FNVHash()
    for byte in text.utf8 { hash.add(byte) }
    return hash.value
  }
}

extension FNVHash {
  /// The value as 16 lowercase hex digits.
  package static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

