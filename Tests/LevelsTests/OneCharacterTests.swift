import LevelsStage
import Testing

/// A one-character token takes the character list's level; a longer one never does, however its
/// characters are written.
@Suite struct OneCharacterTests {
  static let list = HSKWordList(
    words: ["建": 5, "建设": 3], characters: ["建": 4, "设": 2, "e\u{301}": 1, "国\u{FE00}": 3])

  static let cases: [(String, Int?, Bool)] = [
    ("建", 5, false),  // the word list first
    ("设", 2, true),  // only the character list has it
    ("e\u{301}", 1, true),  // one character of two scalars
    ("国国", nil, false),  // two characters: no character level
    ("国\u{FE00}", 3, true),  // a variation selector extends the character
  ]

  @Test(arguments: cases)
  func looksUpOneCharacterInTheCharacterList(_ word: String, _ level: Int?, _ fromCharacter: Bool) {
    let found = OneCharacterTests.list.lookup(word)
    #expect(found?.level == level)
    if level != nil { #expect(found?.fromCharacter == fromCharacter) }
  }

  @Test func characterLevelIsForOneCharacterOnly() {
    #expect(OneCharacterTests.list.characterLevel(ofWord: "建") == 4)
    #expect(OneCharacterTests.list.characterLevel(ofWord: "建设") == nil)
  }
}
