import Foundation
import JieduCore
import JieduDictionary
import Testing

@testable import GlossStage

/// Readings, regrouped words, names and composed glosses of session 5 (issue 13's remaining classes),
/// through the real dictionaries and segmenter.
@Suite(.enabled(if: GlossTestData.available, "needs CC-CEDICT in data/ (make data)"))
struct ContextRegroupingTests {
  /// `▁X▁` marks the character under test.
  @Test(arguments: [
    // 干 gān as a predicate or result, gàn as the verb "do".
    ("毛巾已经▁干▁了。", "gan1"), ("这里的空气太▁干▁。", "gan1"), ("把碗里的汤喝▁干▁。", "gan1"),
    ("我们撸起袖子加油▁干▁。", "gan4"), ("这活儿他▁干▁得很好。", "gan4"), ("你到底想▁干▁什么？", "gan4"),
    // 地 after a reduplication the segmenter cut (认 | 认真 | 真, 一 | 步 | 一 | 步).
    ("我们要认认真真▁地▁做好每一件事。", "de5"), ("他一步一步▁地▁爬上了山顶。", "de5"),
    ("大家热热闹闹▁地▁过了个春节。", "de5"), ("把零件一个一个▁地▁检查。", "de5"),
    ("农民们在一块块▁地▁里劳动。", "di4"),
    // 为人 wéirén before a description; 为 wèi + 人 before a verb phrase; 为…所 passive.
    ("他▁为▁人很正直。", "wei2"), ("她▁为▁人和善。", "wei2"), ("我们要▁为▁人排忧解难。", "wei4"),
    ("这件事早已▁为▁人所知。", "wei2"),
    // 得 + 分外 after a verb or adjective is the complement particle.
    ("他表现得▁分▁外积极。", "fen4"), ("他跑▁得▁分外快。", "de5"), ("这场比赛他▁得▁分最多。", "de2"),
    // 有 + 时差 at a clause end; 有时 + 差 before a complement or in a contrast.
    ("北京和纽约有时▁差▁。", "cha1"), ("他的成绩有时好有时▁差▁。", "cha4"),
  ])
  func readingsFollowTheGrammar(marked: String, expected: String) throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let parts = marked.components(separatedBy: "▁")
    try #require(parts.count == 3)
    let position = parts[0].unicodeScalars.filter(\.properties.isIdeographic).count
    let syllables = PinyinReader(dictionary: dictionary).syllables(
      forLine: parts.joined(), style: .numbers)
    #expect(syllables[position] == expected, "\(marked): \(syllables)")
  }

  private func tokens(_ text: String) async throws -> [Token] {
    try await ContextFixtureTests.annotated([text]).allTokens.map(\.token)
  }

  @Test func tokensAreRegroupedAsTheGrammarReadsThem() async throws {
    let fast = try await tokens("他跑得分外快。").map(\.text)
    #expect(fast.contains("得") && fast.contains("分外") && !fast.contains("得分"), "\(fast)")
    let obtained = try await tokens("活动得到了海内外的支持。").map(\.text)
    #expect(obtained.contains("得到"), "an aspect particle keeps 得到 the verb: \(obtained)")
    let lag = try await tokens("北京和纽约有时差。")
    #expect(
      lag.contains { $0.text == "时差" && $0.glosses?.first?.contains("time difference") == true })
    let door = try await tokens("我们把门关上。")
    #expect(door.first { $0.text == "把" }?.glosses?.first?.contains("object") == true)
    #expect(door.contains { $0.text == "门" })
    #expect(
      try await tokens("士兵把门。").contains { $0.text == "把门" }, "no verb follows: 把门 'guard a gate'")
    let conduct = try await tokens("他为人很正直。")
    #expect(conduct.first { $0.text == "为人" }?.pinyin == "wéi rén")
    let serve = try await tokens("我们要为人排忧解难。")
    #expect(serve.first { $0.text == "为" }?.pinyin == "wèi")
  }

  /// Whether the segmenter glued 摄 to the name (刘宇摄) or cut every character apart (张 | 明 | 摄).
  @Test(arguments: [("（新华社记者刘宇摄）", "刘宇", "Liú Yǔ"), ("（新华社记者张明摄）", "张明", "Zhāng Míng")])
  func aPhotoCreditIsSplitFromThePhotographersName(
    credit: String, person: String, pinyin: String
  ) async throws {
    let all = try await tokens(credit)
    let name = try #require(all.first { $0.text == person }, "\(all.map(\.text))")
    #expect(name.nameKind == "person")
    #expect(name.pinyin == pinyin)
    #expect(all.first { $0.text == "摄" }?.glosses?.first?.hasPrefix("photo by") == true)
  }

  @Test(arguments: [
    "北京申奥旗上签了字。", "不管谁执政坛牛耳。", "新年钟声即将敲响。", "一次高水平的演出。",
    "老师曾给他布置了作业。", "主席边听边记笔记。", "“文革”后期。", "体验北国茫茫林海。",
  ])
  func ordinaryWordsOpeningWithASurnameAreNoNames(sentence: String) async throws {
    let people = try await tokens(sentence).filter { $0.nameKind == "person" }
    #expect(people.isEmpty, "\(people.map(\.text))")
  }

  @Test(arguments: ["都享受国家和省相关的优惠。", "同志回家时累得骑不动车。"])
  func wordsEndingLikeARoleFrameNoName(sentence: String) async throws {
    let people = try await tokens(sentence).filter { $0.nameKind == "person" }
    #expect(people.isEmpty, "\(people.map(\.text))")
  }

  @Test func namesFramedByARoleAreStillNames() async throws {
    let all = try await tokens("长城考察站站长王建国参加了活动，记者江涛报道。")
    #expect(all.first { $0.text == "王建国" }?.nameKind == "person")
    #expect(all.first { $0.text == "江涛" }?.nameKind == "person")
  }

  @Test(arguments: [
    ("上海市浦东新区", "Shànghǎi Shì Pǔdōng Xīnqū"), ("中华人民共和国", "Zhōnghuá Rénmín Gònghéguó"),
    ("北京市海淀区", "Běijīng Shì Hǎidiàn Qū"), ("哈尔滨", "Hā'ěrbīn"),
  ])
  func longPlaceNamesAreWrittenApartByComponent(name: String, pinyin: String) async throws {
    let all = try await tokens("\(name)很大。")
    // However the segmenter cut the name, its tokens read as the orthography writes it.
    let places = all.filter { $0.nameKind == "place" }
    #expect(places.map(\.text).joined() == name, "\(all.map(\.text))")
    #expect(places.compactMap(\.pinyin).joined(separator: " ") == pinyin)
  }

  @Test func placePartsFollowTheDictionary() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let finder = NameFinder(dictionary: dictionary)
    #expect(finder.placeParts("上海市浦东新区") == [2, 1, 2, 2])
    #expect(finder.placeParts("西藏自治区") == [2, 3])
    #expect(finder.placeParts("乌鲁木齐") == nil)
    #expect(finder.placeParts("北京") == nil)
  }

  @Test(arguments: [
    ("新华社", "Xīnhuáshè"), ("中央军事委员会", "Zhōngyāng Jūnshì Wěiyuánhuì"),
    ("中国特色社会主义", "Zhōngguó Tèsè Shèhuìzhǔyì"),
  ])
  func properNounsAreWrittenAsWordsNotSyllables(word: String, pinyin: String) async throws {
    let all = try await tokens("\(word)。")
    #expect(all.first { $0.text == word }?.pinyin == pinyin, "\(all.map { ($0.text, $0.pinyin) })")
  }

  @Test func monthsAndOrdinaryWordsKeepTheirSyllables() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let finder = NameFinder(dictionary: dictionary)
    #expect(finder.properNounPinyin(["Shi2", "er4", "yue4"], word: "十二月", style: .marks) == nil)
    #expect(finder.properNounPinyin(["gong1", "zuo4"], word: "工作", style: .marks) == nil)
  }

  @Test func composedPartsTakeTheirSenseInContext() async throws {
    let all = try await tokens("各项工作一年来认认真真地完成了。世纪之交，银杏树。")
    func gloss(_ word: String) -> String { all.first { $0.text == word }?.glosses?.first ?? "" }
    #expect(gloss("各项").contains("classifier"), "not 'back of neck': \(gloss("各项"))")
    #expect(gloss("一年") == "1 year")
    #expect(gloss("认认真真") == "conscientious (reduplicated)")
    #expect(gloss("世纪之交") == "century + (of) + hand over", "\(gloss("世纪之交"))")
    #expect(gloss("银杏树") == "ginkgo + tree")
  }
}
