extension StringProtocol {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no Unicode
  /// equivalence, no locale): what a search for an ASCII marker such as " variant of " needs, without
  /// Foundation's `range(of:)` and its bridging to UTF-16.
  public func containsBytes(_ needle: String) -> Bool {
    let haystack = Array(utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard pattern.count <= haystack.count else { return false }
    let first = pattern[0]
    var i = 0
    let last = haystack.count - pattern.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < pattern.count && haystack[i + k] == pattern[k] { k += 1 }
        if k == pattern.count { return true }
      }
      i += 1
    }
    return false
  }
}
