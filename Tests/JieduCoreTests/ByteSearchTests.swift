import JieduCore
import Testing

/// `containsBytes`: a plain UTF-8 substring search, in place for native strings and substrings.
@Suite struct ByteSearchTests {
  static let cases: [(String, String, Bool)] = [
    ("a county in Hebei", "county", true), ("a county in Hebei", "city", false),
    ("see 中国[Zhong1 guo2], the capital", "capital", true), ("（河北）县", "县", true),
    ("short", "longer than it", false), ("anything", "", true), ("", "x", false),
    ("place name", "place name", true), ("placename", "place name", false),
  ]

  @Test(arguments: cases)
  func findsTheBytes(_ text: String, _ needle: String, _ expected: Bool) {
    #expect(text.containsBytes(needle) == expected)
    #expect(text[...].containsBytes(needle) == expected)
    #expect(("xx" + text).dropFirst(2).containsBytes(needle) == expected)
  }
}
