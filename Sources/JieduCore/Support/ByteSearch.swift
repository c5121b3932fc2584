extension StringProtocol {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no Unicode
  /// equivalence, no locale): what a search for an ASCII marker such as " variant of " needs, without
  /// Foundation's `range(of:)` and its bridging to UTF-16.
  public func containsBytes(_ needle: String) -> Bool {
    // In place when both are contiguous UTF-8 (native strings): no copy of either.
    if let found = utf8.withContiguousStorageIfAvailable({ haystack in
      needle.utf8.withContiguousStorageIfAvailable { pattern in
        ByteSearch.contains(haystack, pattern)
      }
    }), let found {
      return found
    }
    return ByteSearch.contains(Array(utf8), Array(needle.utf8))
  }
}

/// A byte-for-byte substring search.
enum ByteSearch {
  /// Whether `pattern` occurs in `haystack`.
  static func contains<C: RandomAccessCollection<UInt8>>(_ haystack: C, _ pattern: C) -> Bool
  where C.Index == Int {
    guard !pattern.isEmpty else { return true }
    guard pattern.count <= haystack.count else { return false }
    let (h, p) = (haystack.startIndex, pattern.startIndex)
    let first = pattern[p]
    var i = 0
    let last = haystack.count - pattern.count
    while i <= last {
      if haystack[h + i] == first {
        var k = 1
        while k < pattern.count && haystack[h + i + k] == pattern[p + k] { k += 1 }
        if k == pattern.count { return true }
      }
      i += 1
    }
    return false
  }
}
