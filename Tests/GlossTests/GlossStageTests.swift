import Foundation
import GlossStage
import JieduCore
import JieduDictionary
import JieduVocabulary
import Testing

@Suite struct GlossStageTests {
  static let smallCedict = """
    #! version=1\r
    重點 重点 [zhong4 dian3] /important point/main point/CL:個|个[ge4]/\r
    行 行 [hang2] /row/\r
    行 行 [xing2] /to walk/surname Xing/variant of 行[xing4]/to go/\r
    動 动 [dong4] /to move/\r
    行動 行动 [xing2 dong4] /operation/action/CL:個|个[ge4]/\r
    工作 工作 [[gong1zuo4]] /job; work/CL:份[fen4],個|个[ge4],項|项[xiang4]/\r
    黨 党 [dang3] /party/\r
    建 建 [jian4] /to build/\r

    """

  private func document(_ text: String, words: [String]) throws -> Document {
    var document = try Ingestion.document(from: Array(text.utf8), name: "test")
    Ingestion.tokenize(&document, with: SimpleSegmenter(words: words))
    return document
  }

  private func context(_ dir: URL) -> StageContext {
    StageContext(baseDirectory: dir, dataDirectory: dir)
  }

  @Test func missingDataIsAOneLineError() throws {
    #expect(throws: JieduError.self) {
      try GlossStage(
        options: GlossStageOptions(),
        context: StageContext(baseDirectory: URL(fileURLWithPath: "/")))
    }
    let empty = try GlossTestData.folder([:])
    #expect(throws: JieduError.self) {
      try GlossStage(options: GlossStageOptions(), context: self.context(empty))
    }
  }

  @Test func wordsGetGlossesClassifiersAndComposedTokensAreMarked() async throws {
    let dir = try GlossTestData.folder([DataLocation.cedictFile: Self.smallCedict])
    let stage = try GlossStage(options: GlossStageOptions(), context: context(dir))
    var doc = try document("重点行动党建工作。", words: ["重点", "行动", "党建", "工作"])
    try await stage.annotate(&doc, context: context(dir))
    let tokens = doc.allTokens.map(\.token)
    let byText = Dictionary(tokens.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["重点"]?.pinyin == "zhòng diǎn")
    #expect(byText["重点"]?.traditional == "重點")
    #expect(byText["重点"]?.classifiers == ["个[ge4]"])
    #expect(byText["重点"]?.reading == .word)
    #expect(byText["行动"]?.glosses == ["operation", "action"])
    #expect(byText["工作"]?.pinyin == "gōng zuò")
    // The hand-written sense table's rendering first, CC-CEDICT's sense after it.
    #expect(byText["工作"]?.glosses == ["work; job; to work", "job; work"])
    #expect(byText["党建"]?.pinyin == "dǎng jiàn")
    #expect(byText["党建"]?.reading == .composed)
    #expect(byText["党建"]?.traditional == nil)  // whole-word traditional forms only
    #expect(byText["党建"]?.glosses?.first == "Party building")  // the sense table's rendering
    #expect(byText["。"]?.pinyin == nil)
    #expect(byText["。"]?.reading == nil)
  }

  /// Where simplification merged two characters read alike, an entry whose traditional character
  /// only a headword or two write comes after one that many write (只 zhī: 隻 before 秖); with no
  /// common one among them, file order stands.
  @Test(arguments: [
    (10, "隻", ["classifier for birds", "grain that has begun to ripen"]),
    (1, "秖", ["grain that has begun to ripen", "classifier for birds"]),
  ])
  func aRareTraditionalCharacterComesAfterACommonOne(
    headwords: Int, traditional: String, glosses: [String]
  ) async throws {
    let words = ["船", "身", "手", "眼", "腳", "鳥", "貓", "雞", "羊", "鞋"].prefix(headwords - 1)
    let cedict =
      "秖 只 [zhi1] /grain that has begun to ripen/\n隻 只 [zhi1] /classifier for birds/\n"
      + words.map { "\($0)隻 \($0)只 [x1 zhi1] /a word/\n" }.joined()
      + "那 那 [na4] /that/\n貓 猫 [mao1] /cat/\n"
    let dir = try GlossTestData.folder([DataLocation.cedictFile: cedict])
    let stage = try GlossStage(options: GlossStageOptions(), context: context(dir))
    var doc = try document("那只猫", words: ["那", "只", "猫"])
    try await stage.annotate(&doc, context: context(dir))
    let token = try #require(doc.allTokens.map(\.token).first { $0.text == "只" })
    #expect(token.pinyin == "zhī")
    #expect(token.traditional == traditional)
    #expect(token.glosses == glosses)
  }

  @Test func optionsChangeStyleAndGlossCount() async throws {
    let dir = try GlossTestData.folder([DataLocation.cedictFile: Self.smallCedict])
    var options = GlossStageOptions()
    options.pinyin = .numbers
    options.maxGlosses = 1
    let stage = try GlossStage(options: options, context: context(dir))
    var doc = try document("行", words: [])
    try await stage.annotate(&doc, context: context(dir))
    let token = try #require(doc.allTokens.first?.token)
    #expect(token.pinyin == "xing2")
    #expect(token.glosses == ["to go; to do; all right; capable"])  // the sense table's, one kept
  }

  @Test func userDictionariesOverrideBuiltInEntries() async throws {
    let dir = try GlossTestData.folder([
      DataLocation.cedictFile: Self.smallCedict,
      "mine.u8": "重點 重点 [zhong4 dian3] /key point/\n",
      "terms.yaml": "党建:\n  pinyin: dǎng jiàn\n  glosses: [Party building]\n",
    ])
    var options = GlossStageOptions()
    options.dictionaries = ["mine.u8", "terms.yaml"]
    let stage = try GlossStage(options: options, context: context(dir))
    var doc = try document("重点党建", words: ["重点", "党建"])
    try await stage.annotate(&doc, context: context(dir))
    let tokens = doc.allTokens.map(\.token)
    #expect(tokens.map(\.glosses) == [["key point"], ["Party building"]])
    #expect(tokens.map(\.reading) == [.word, .word])
    options.dictionaries = ["nope.yaml"]
    #expect(throws: JieduError.self) {
      try GlossStage(options: options, context: self.context(dir))
    }
  }

  @Test func optionsDecodeAndRejectBadValues() throws {
    let source = try ConfigSource(
      name: "config.yaml", text: "pinyin: numbers\nmax-glosses: 2\nsandhi: true\n")
    let root = try #require(source.root)
    let options = try source.decodeOptions(
      GlossStageOptions.self, from: root, path: "stages[0].options")
    #expect(options.pinyin == .numbers && options.maxGlosses == 2 && options.sandhi)
    let bad = try ConfigSource(name: "config.yaml", text: "pinyin: tones\n")
    #expect(throws: JieduError.self) {
      _ = try bad.decodeOptions(GlossStageOptions.self, from: bad.root!, path: "stages[0].options")
    }
  }
}
