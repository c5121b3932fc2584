import JieduCore
import Testing

@testable import JieduRender

@Suite struct VocabularyListTests {
  @Test func groupsCountsAndKeepsFirstAppearanceOrder() {
    let list = VocabularyList.build(SampleDocument.make(), knownWords: [], limit: 300)
    let words = list.map(\.word)
    #expect(Array(words.prefix(4)) == ["各地", "实践", "推动", "基层"])
    #expect(list.first { $0.word == "坚持" }?.count == 2)
    #expect(list.first { $0.word == "引领" }?.count == 2)
    #expect(Set(words).count == words.count)
  }

  @Test func leavesOutKnownWordsPunctuationNumbersAndWordsWithoutReadings() {
    let list = VocabularyList.build(SampleDocument.make(), knownWords: ["党建", "的"], limit: 300)
    let words = Set(list.map(\.word))
    for left in ["党建", "的", "“", "。", "七十二", "年", "徐静", "■"] {
      #expect(!words.contains(left), "\(left) should be left out")
    }
  }

  @Test func wordsInsideKeyTermsAndFormulasAreLeftOut() {
    let list = VocabularyList.build(SampleDocument.make(), knownWords: [], limit: 300)
    for word in ["党建", "科创", "三会一课", "两个", "覆盖", "四个一"] {
      #expect(!list.contains { $0.word == word }, "\(word)")
    }
  }

  @Test func wordsWithDigitsAreLeftOut() {
    var builder = SampleDocumentBuilder()
    builder.lexicon = ["72年": ("nián", []), "面前": ("miàn qián", ["in front of"])]
    builder.block(.paragraph, "72年 面前 。")
    #expect(
      VocabularyList.build(builder.document(), knownWords: [], limit: 300).map(\.word) == ["面前"])
  }

  @Test func theFirstSentenceIsTheSentenceOfTheFirstAppearance() {
    let list = VocabularyList.build(SampleDocument.make(), knownWords: [], limit: 300)
    #expect(list.first { $0.word == "加强" }?.sentence == "全区推进“两个覆盖”，加强党建工作。")
  }

  @Test func aShortListKeepsTheMostFrequentWordsInTextOrder() {
    let list = VocabularyList.build(SampleDocument.make(), knownWords: [], limit: 3)
    // 坚持, 加强, 引领 occur twice (党建 and 科创 are key terms); all others once.
    #expect(list.map(\.word) == ["坚持", "加强", "引领"])
    #expect(VocabularyList.build(SampleDocument.make(), knownWords: [], limit: 0).isEmpty)
  }

  @Test(arguments: [
    ("二〇三五", [String]()), ("72", []), ("十四", []), ("１２", []), ("一", ["one", "1", "single"]),
    ("七十二", ["seventy-two"]), ("万", ["ten thousand"]), ("2021", ["year"]),
  ])
  func numbersAreNotVocabulary(_ text: String, _ glosses: [String]) {
    #expect(VocabularyList.isNumber(text, glosses: glosses))
  }

  @Test(arguments: [
    ("万一", ["just in case", "if by any chance"]), ("十四五规划", [String]()), ("党", ["party"]),
  ])
  func wordsThatLookNumericAreVocabulary(_ text: String, _ glosses: [String]) {
    #expect(!VocabularyList.isNumber(text, glosses: glosses))
  }
}
