import JieduDictionary
import Testing

/// One test case per polyphone rule: the sentence, the marked character's position among its Han
/// characters, and the expected numbered syllable.
@Suite(.enabled(if: GlossTestData.available, "needs CC-CEDICT in data/ (make data)"))
struct PolyphoneRuleTests {
  /// `▁X▁` marks the character under test.
  static let cases: [(String, String)] = [
    ("他看▁了▁一本书。", "le5"), ("这件事我受不▁了▁。", "liao3"),
    ("门还开▁着▁。", "zhe5"), ("他睡▁着▁了。", "zhao2"),
    ("他们积极▁地▁参加活动。", "de5"), ("这块▁地▁很肥沃。", "di4"),
    ("他跑▁得▁很快。", "de5"), ("他得▁了▁冠军。", "le5"),
    ("这是我▁的▁书。", "de5"),
    ("这个方法不▁行▁。", "xing2"), ("第三▁行▁有错。", "hang2"),
    ("这条河很▁长▁。", "chang2"), ("孩子▁长▁大了。", "zhang3"),
    ("这个箱子很▁重▁。", "zhong4"), ("他▁重▁返赛场。", "chong2"),
    ("他▁还▁在学校。", "hai2"), ("请把书▁还▁给我。", "huan2"),
    ("他▁为▁人民服务。", "wei4"), ("北京▁为▁中国首都。", "wei2"),
    ("我们▁都▁来了。", "dou1"), ("这里曾是古▁都▁。", "du1"),
    ("我▁只▁有一本书。", "zhi3"), ("树上有三▁只▁鸟。", "zhi1"),
    ("一只▁只▁小鸟飞过。", "zhi1"), ("我只▁只▁想睡觉。", "zhi3"),
    ("我▁觉▁得很好。", "jue2"), ("他睡了一▁觉▁。", "jiao4"),
    ("质量很▁差▁。", "cha4"), ("他去北京出▁差▁。", "chai1"),
    ("他有▁数▁百本书。", "shu4"), ("你▁数▁一数。", "shu3"),
    ("他▁便▁走了。", "bian4"),
    ("他被▁调▁到北京。", "diao4"), ("请▁调▁节音量。", "tiao2"),
    ("这▁种▁方法很好。", "zhong3"), ("他在院子里▁种▁树。", "zhong4"),
    ("我▁和▁你。", "he2"), ("今天很暖▁和▁。", "huo5"),
    ("我们▁相▁信你。", "xiang1"), ("他是英国首▁相▁。", "xiang4"),
    ("来的人很▁少▁。", "shao3"), ("他是一名▁少▁将。", "shao4"),
    ("我们要▁发▁展经济。", "fa1"), ("她今天染▁发▁了。", "fa4"),
    ("他很快▁乐▁。", "le4"), ("他喜欢音▁乐▁。", "yue4"),
    ("这在其▁中▁。", "zhong1"), ("他▁中▁了奖。", "zhong4"),
    ("他▁当▁了老师。", "dang1"), ("他把我▁当▁作朋友。", "dang4"),
    ("出生▁率▁下降。", "lu:4"), ("他▁率▁领军队。", "shuai4"),
    // A classifier said twice after a numeral reads as the classifier, both times, though numeral
    // and classifier make a word (一行 yī xíng "delegation", which stays so on its own).
    ("墙上写着一▁行▁行字。", "hang2"), ("墙上写着一行▁行▁字。", "hang2"),
    ("这里一处▁处▁都是伤痕。", "chu4"), ("一担▁担▁水。", "dan4"),
    ("代表团一▁行▁到达北京。", "xing2"), ("一▁行▁人走进来。", "xing2"),
  ]

  @Test(arguments: cases)
  func ruleGivesExpectedReading(marked: String, expected: String) throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let parts = marked.components(separatedBy: "▁")
    try #require(parts.count == 3)
    let position = parts[0].unicodeScalars.filter(\.properties.isIdeographic).count
    let reader = PinyinReader(dictionary: dictionary)
    let syllables = reader.syllables(forLine: parts.joined(), style: .numbers)
    let want = expected.replacingOccurrences(of: "u:", with: "ü")
    #expect(syllables[position] == want, "\(marked)")
  }

  @Test func wordReadingsComeFirst() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let reader = PinyinReader(dictionary: dictionary)
    #expect(reader.syllables(forLine: "重点", style: .marks) == ["zhòng", "diǎn"])
    #expect(reader.syllables(forLine: "银行", style: .marks) == ["yín", "háng"])
    #expect(reader.syllables(forLine: "调研", style: .marks) == ["diào", "yán"])
    #expect(reader.syllables(forLine: "行业", style: .marks) == ["háng", "yè"])
    #expect(reader.syllables(forLine: "书记", style: .marks) == ["shū", "ji"])
  }

  @Test func nonHanIsSkippedAndNumbersStyleWritesFive() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let reader = PinyinReader(dictionary: dictionary)
    #expect(reader.syllables(forLine: "2021年，好了！", style: .numbers) == ["nian2", "hao3", "le5"])
    #expect(reader.syllables(forLine: "abc", style: .marks).isEmpty)
  }

  @Test func sandhiIsAnOptionOffByDefault() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    #expect(
      PinyinReader(dictionary: dictionary).syllables(forLine: "不是", style: .numbers) == [
        "bu4", "shi4",
      ])
    let withSandhi = PinyinReader(dictionary: dictionary, sandhi: true)
    #expect(withSandhi.syllables(forLine: "不是", style: .numbers) == ["bu2", "shi4"])
    #expect(withSandhi.syllables(forLine: "一个", style: .numbers).first == "yi2")
    #expect(withSandhi.syllables(forLine: "第一", style: .numbers).last == "yi1")
  }
}
