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
