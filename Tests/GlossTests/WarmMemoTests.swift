import Foundation
import GlossStage
import JieduCore
import JieduDictionary
import Testing

/// The gloss stage's memos (a word's latest readings, the finished readings by key, the shared
/// ones of a run) must change how fast a token is read, never what it reads: lines whose words
/// read or gloss differently by context, one after another in one document, get the tokens each
/// line gets alone from a stage that has read nothing yet.
@Suite(.enabled(if: GlossTestData.available, "needs CC-CEDICT in data/ (make data)"))
struct WarmMemoTests {
  /// Words that alternate: polyphones the sense table tells apart by reading (行, 还, 长, 重, 数), the
  /// table's neighbour rows (的, 地), polyphones it has no rows for (当 dāng/dàng, 只 zhǐ/zhī), a
  /// name beside ordinary words, composed words.
  static let lines = [
    "他行走在路上。", "银行在前面。", "行不行？", "一行人走了。", "这是我的书。", "是的。", "目的地很远。",
    "认真地学习。", "地上有水。", "为人民服务。", "他被评为先进。", "看着我。", "睡着了。", "他走了。",
    "张立平说，行。", "老张在银行。", "新世纪的银行。", "还有一个。", "把书还给我。", "长大了。", "很长的路。",
    "重新开始。", "这么重。", "我们都会去。", "国际大都会。", "他看不了这么多。", "数一数。", "数不清。",
    "他行走在路上。", "是的，目的地很远。", "当时他在。", "上当了。", "几个人。", "几乎没有。", "空气很好。",
    "有空来玩。", "只有一个。", "一只鸟。", "转身走了。", "转动起来。", "占领了。", "占卜。", "兴趣很大。",
    "高兴。", "强大的国家。", "勉强。", "省钱。", "反省。", "相似。", "似的。", "散步。", "散文。",
  ]

  static let words = [
    "行走", "银行", "一行", "目的地", "认真", "学习", "地上", "人民", "服务", "先进", "张立平", "世纪",
    "开始", "这么", "我们", "国际",
  ]

  private func document(_ lines: [String]) throws -> Document {
    var document = try Ingestion.document(
      from: Array(lines.joined(separator: "\n\n").utf8), name: "warm")
    Ingestion.tokenize(&document, with: SimpleSegmenter(words: Self.words))
    return document
  }

  @Test func warmMemosReadEveryTokenAsAFreshStageDoes() async throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let context = StageContext(baseDirectory: GlossTestData.directory)
    // Twice over: the second pass reads every word from the memos.
    var together = try document(Self.lines + Self.lines)
    try await GlossStage(dictionary: dictionary).annotate(&together, context: context)
    let blocks = together.blocks.filter { !$0.text.isEmpty }
    #expect(blocks.count == Self.lines.count * 2)
    for (index, block) in blocks.enumerated() {
      var alone = try document([block.text])
      try await GlossStage(dictionary: dictionary).annotate(&alone, context: context)
      let expected = alone.blocks.flatMap(\.sentences).flatMap(\.tokens)
      let got = block.sentences.flatMap(\.tokens)
      #expect(got == expected, "line \(index): \(block.text)")
    }
  }
}
