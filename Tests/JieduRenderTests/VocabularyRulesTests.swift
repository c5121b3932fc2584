import JieduCore
import JieduVocabulary
import Testing

@testable import JieduRender

@Suite struct VocabularyRulesTests {
  private static func document() -> Document {
    var b = SampleDocumentBuilder()
    b.lexicon = [
      "建": ("jiàn", ["to establish", "to build"]), "村": ("cūn", ["village"]),
      "重点项目": ("zhòng diǎn xiàng mù", ["focus + project"]),
      "保障": ("bǎo zhàng", ["to guarantee; to safeguard; guarantee", "to ensure", "to guarantee"]),
      "项目": ("xiàng mù", ["project"]),
    ]
    b.block(.paragraph, "建 村 重点项目 保障 项目 。")
    var blocks = b.blocks
    for index in blocks[0].sentences[0].tokens.indices {
      var token = blocks[0].sentences[0].tokens[index]
      switch token.text {
      case "建":
        token.level = 5
        token.characterLevel = 4
      case "村": token.level = 4
      case "重点项目":
        token.composedGloss = true
        token.partsLevel = 5
      case "保障": token.level = 6
      case "项目": token.level = 5
      default: break
      }
      blocks[0].sentences[0].tokens[index] = token
    }
    b.replaceBlocks(blocks)
    return b.document()
  }

  @Test func aOneCharacterWordGradedAboveItsCharacterAndAComposedWordAreLeftOut() {
    let words = VocabularyList.build(Self.document(), knownWords: [], limit: 50).map(\.word)
    #expect(words == ["村", "项目", "保障"])
  }

  @Test func eachSenseIsListedOnce() {
    let entry = VocabularyList.build(Self.document(), knownWords: [], limit: 50).first {
      $0.word == "保障"
    }
    #expect(entry?.glosses == ["to guarantee", "to safeguard", "guarantee", "to ensure"])
    #expect(VocabularyList.senses(["", " "]) == nil)
  }

  @Test(arguments: [
    ("科创强区", "kē chuàng qiáng qū", "kēchuàng qiángqū"),
    ("基层党建", "jī céng dǎng jiàn", "jīcéng dǎngjiàn"),
    ("上海解放战役", "Shàng hǎi jiě fàng zhàn yì", "Shànghǎi jiěfàng zhànyì"),
    ("中国式现代化", "Zhōng guó shì xiàn dài huà", "Zhōngguóshì xiàndàihuà"),
    ("同频共振", "tóng pín gòng zhèn", "tóngpín gòngzhèn"),
    ("宝山区", "Bǎo shān qū", "Bǎoshānqū"),
  ])
  func aLongTokensPinyinIsWrittenWordByWord(_ text: String, _ pinyin: String, _ shown: String) {
    let words: Set<String> = ["基层", "党建", "上海", "解放", "战役", "中国", "现代化", "共振", "宝山"]
    #expect(PinyinDisplay.spaced(text, pinyin: pinyin, isWord: { words.contains($0) }) == shown)
  }

  @Test func withoutADictionaryALongTokensPinyinStaysOneWord() {
    #expect(
      PinyinDisplay.spaced("科创强区", pinyin: "kē chuàng qiáng qū", isWord: nil) == "kēchuàngqiángqū")
  }
}
