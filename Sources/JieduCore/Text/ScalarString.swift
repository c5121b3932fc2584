/// Strings from runs of scalars, encoded straight into the string's storage: appending scalar by
/// scalar to a `String.UnicodeScalarView` was a tenth of a corpus run (every token, every lookup).
public enum ScalarString {
  /// The scalars as a string.
  public static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[i] = byte
          i += 1
        }
      }
      return i
    }
  }
}

extension String {
  /// The string's Unicode scalars as an array — what `Array(unicodeScalars)` gives — decoded from
  /// the UTF-8 in one pass (`Array` counts the scalars first, then decodes them again): every stage
  /// turns each block's text into scalars.
  public var scalarArray: [Unicode.Scalar] {
    var text = self
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        // A Swift string's UTF-8 is always valid: each lead byte says how many bytes follow.
        var i = 0
        var n = 0
        while i < bytes.count {
          let lead = UInt32(bytes[i])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            i += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
          } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
            value |= UInt32(bytes[i + 2] & 0x3F)
            i += 3
          } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            value |= UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            i += 4
          }
          buffer.initializeElement(at: n, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          n += 1
        }
        count = n
      }
    }
  }
}
