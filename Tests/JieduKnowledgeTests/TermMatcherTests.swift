import JieduKnowledge
import Testing

/// The one Aho–Corasick matcher: every occurrence, folding, and leftmost-longest selection.
@Suite struct TermMatcherTests {
  private typealias Occurrence = TermMatcher.Occurrence

  /// Random keys and a random text over a small alphabet, so keys overlap and nest often.
  private static func randomCase(
    _ generator: inout SeededGenerator
  ) -> (keys: [[Unicode.Scalar]], text: [Unicode.Scalar]) {
    let alphabet = Array("党建基层组".unicodeScalars)
    let keys = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
      (0..<Int.random(in: 1...4, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
    }
    let text = (0..<40).map { _ in alphabet.randomElement(using: &generator)! }
    return (keys, text)
  }

  /// The index of each distinct key: a repeated key keeps its first index.
  private static func firstIndices(_ keys: [[Unicode.Scalar]]) -> [[Unicode.Scalar]: Int] {
    var first: [[Unicode.Scalar]: Int] = [:]
    for (i, key) in keys.enumerated() where first[key] == nil { first[key] = i }
    return first
  }

  @Test func automatonFindsExactlyWhatBruteForceFinds() {
    var generator = SeededGenerator(state: 7)
    for _ in 0..<200 {
      let (keys, text) = Self.randomCase(&generator)
      var expected: [Occurrence] = []
      for end in 1...text.count {
        for (key, index) in Self.firstIndices(keys)
        where key.count <= end && Array(text[(end - key.count)..<end]) == key {
          expected.append(Occurrence(key: index, start: end - key.count, end: end))
        }
      }
      let found = TermMatcher(keys: keys).occurrences(in: text)
      let order: (Occurrence, Occurrence) -> Bool = {
        ($0.end, $0.start, $0.key) < ($1.end, $1.start, $1.key)
      }
      #expect(found.sorted(by: order) == expected.sorted(by: order))
    }
  }

  /// What the abbreviations stage did before it used the automaton: at each allowed offset, try
  /// the keys longest first; after a hit, go on from its end.
  @Test func leftmostLongestIsTheGreedyScanByLength() {
    var generator = SeededGenerator(state: 11)
    for _ in 0..<200 {
      let (keys, text) = Self.randomCase(&generator)
      let byLength = Self.firstIndices(keys).sorted { $0.key.count > $1.key.count }
      let mayStart = { (offset: Int) in offset % 3 != 1 }
      var expected: [Occurrence] = []
      var offset = 0
      while offset < text.count {
        let hit = byLength.first { key, _ in
          mayStart(offset) && offset + key.count <= text.count
            && Array(text[offset..<(offset + key.count)]) == key
        }
        if let (key, index) = hit {
          expected.append(Occurrence(key: index, start: offset, end: offset + key.count))
          offset += key.count
        } else {
          offset += 1
        }
      }
      #expect(TermMatcher(keys: keys).leftmostLongest(in: text, mayStart: mayStart) == expected)
    }
  }

  @Test func longestWinsAtAnOffsetAndMentionsDoNotOverlap() {
    let matcher = TermMatcher(keys: TermKeys(strings: ["三会", "三会一课", "一课"]))
    let text = Array("三会一课一课三会".unicodeScalars)
    #expect(
      matcher.leftmostLongest(in: text) == [
        Occurrence(key: 1, start: 0, end: 4), Occurrence(key: 2, start: 4, end: 6),
        Occurrence(key: 0, start: 6, end: 8),
      ])
    #expect(
      matcher.leftmostLongest(in: text, mayStart: { $0 != 0 }) == [
        Occurrence(key: 2, start: 2, end: 4), Occurrence(key: 2, start: 4, end: 6),
        Occurrence(key: 0, start: 6, end: 8),
      ])
    let longest = matcher.longestOccurrences(startingIn: text)
    #expect(longest.count == text.count)
    #expect(longest[0] == Occurrence(key: 1, start: 0, end: 4))
    #expect(longest[1] == nil)
  }

  @Test func foldingMatchesTraditionalFormsWithExactOffsets() {
    let folding: [UInt32: UInt32] = [
      ("會" as Unicode.Scalar).value: ("会" as Unicode.Scalar).value,
      ("課" as Unicode.Scalar).value: ("课" as Unicode.Scalar).value,
    ]
    let matcher = TermMatcher(keys: TermKeys(strings: ["三会一课"]), folding: folding)
    let text = Array("落实三會一課".unicodeScalars)
    #expect(matcher.occurrences(in: text) == [Occurrence(key: 0, start: 2, end: 6)])
  }

  @Test func emptyAndRepeatedKeysNeverMatch() {
    let matcher = TermMatcher(keys: TermKeys(strings: ["", "党建", "党建"]))
    #expect(matcher.isPrimary == [false, true, false])
    #expect(
      matcher.occurrences(in: Array("党建".unicodeScalars)) == [Occurrence(key: 1, start: 0, end: 2)])
  }

  /// Two matchers over disjoint keys find, together, what one matcher over both key lists finds:
  /// the longest occurrence at each offset and the leftmost-longest mentions, keys numbered alike.
  @Test func twoMatchersTogetherAreOneOverBothKeyLists() {
    var generator = SeededGenerator(state: 11)
    for _ in 0..<200 {
      let (keys, text) = Self.randomCase(&generator)
      var distinct: [[Unicode.Scalar]] = []
      for key in keys where !distinct.contains(key) { distinct.append(key) }
      let cut = Int.random(in: 0...distinct.count, using: &generator)
      let (first, second) = (Array(distinct[..<cut]), Array(distinct[cut...]))
      let one = TermMatcher(keys: first + second)
      let base = TermMatcher(keys: first)
      let other = second.isEmpty ? nil : TermMatcher(keys: second)
      #expect(
        base.longestOccurrences(startingIn: text, with: other)
          == one.longestOccurrences(startingIn: text))
      let mayStart: (Int) -> Bool = { $0 % 3 != 1 }
      #expect(
        base.leftmostLongest(in: text, with: other, mayStart: mayStart)
          == one.leftmostLongest(in: text, mayStart: mayStart))
    }
  }
}

/// A seeded linear congruential generator (Knuth's MMIX constants), so the randomised tests repeat.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state ^ (state >> 29)
  }
}
