import LevelsStage
import Testing

/// `HSKWordList.partsLevel`: a word no list has takes the highest level of the two or three listed
/// words it splits into, preferring the split whose highest level is lowest.
@Suite("Parts levels")
struct PartsLevelTests {
  static let list = HSKWordList(words: [
    "这": 1, "种": 2, "这种": 9, "高": 1, "质量": 4, "高质": 6, "量": 3, "发展": 3, "e\u{301}": 2,
    "x": 5,
  ])

  static let cases: [(String, Int?)] = [
    ("这种", 2),  // listed itself, but split into parts as asked: 这 + 种
    ("高质量", 4),  // 高 + 质量 (4) beats 高质 + 量 (6)
    ("高质量发展", 4),  // 高 + 质量 + 发展
    ("这种高质量发展", nil),  // would need four parts
    ("高", nil),  // one character
    ("高未", nil),  // 未 is in no list
    ("e\u{301}x", 5),  // parts are characters: é (two scalars) + x
    ("e\u{301}", nil),  // one character, however many scalars
    ("一二三四五六七", nil),  // longer than six characters
  ]

  @Test(arguments: cases)
  func aWordTakesTheLevelOfItsBestSplit(_ word: String, _ expected: Int?) {
    #expect(PartsLevelTests.list.partsLevel(of: word) == expected, "\(word)")
  }
}
