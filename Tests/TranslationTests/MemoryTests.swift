import Foundation
import JieduCore
import JieduVocabulary
import Testing

@testable import TranslationStage

@Suite("Translation memories")
struct MemoryTests {
  @Test(arguments: [
    ("会议在宝山召开。", "会议在宝山召开"),
    ("“党建”工作，很重要！", "党建工作很重要"),
    ("ＡＢＣ　１２３。", "abc123"),
    ("5G 网络", "5g网络"),
  ])
  func keysFoldWidthSpacesAndPunctuation(_ text: String, _ key: String) {
    #expect(MemoryKey(text) == MemoryKey(key))
  }

  @Test func exactMatchAfterNormalising() throws {
    let unit = MemoryUnit(source: "会议在宝山召开。", target: "The meeting was held in Baoshan.")
    let memory = TranslationMemory([unit])
    #expect(memory.match("会议在宝山召开", threshold: 0.75) == .exact(unit))
    #expect(memory.match("会议 在 宝山 召开！", threshold: 0.75) == .exact(unit))
  }

  @Test func fuzzyMatchCarriesItsScore() throws {
    let memory = TranslationMemory([
      MemoryUnit(source: "会议在宝山召开。", target: "The meeting was held in Baoshan.")
    ])
    guard case .fuzzy(let unit, let score)? = memory.match("会议在上海召开。", threshold: 0.7) else {
      Issue.record("no fuzzy match")
      return
    }
    #expect(unit.target == "The meeting was held in Baoshan.")
    #expect(abs(score - 5.0 / 7.0) < 1e-9)
    #expect(memory.match("会议在上海召开。", threshold: 0.75) == nil)
    #expect(memory.match("完全不同的句子", threshold: 0.5) == nil)
  }

  @Test func tmxWithSeveralLanguagesAndInlineTags() throws {
    let units = try TMXReader.units(
      [UInt8](
        try Data(contentsOf: TranslationFixture.fixtures.appendingPathComponent("memory.tmx"))),
      name: "memory.tmx")
    #expect(units.count == 2)
    #expect(
      units[0] == MemoryUnit(source: "要加强党的建设。", target: "We must strengthen Party building."))
    #expect(units[1].target == "Baoshan District lies in the north of Shanghai.")
  }

  @Test func brokenTMXNamesFileAndLine() {
    #expect(throws: JieduError.self) {
      try TMXReader.units(Array("<tmx><body><tu>\n<tuv></tu></body></tmx>".utf8), name: "bad.tmx")
    }
    do {
      _ = try TMXReader.units(
        Array("<tmx><body><tu>\n<tuv></tu></body></tmx>".utf8), name: "bad.tmx")
    } catch {
      #expect("\(error)".hasPrefix("bad.tmx:2:"))
    }
  }

  @Test func brokenTSVLineIsAnErrorWithFileAndLine() throws {
    let url = TranslationFixture.fixtures.appendingPathComponent("broken.tsv")
    do {
      _ = try TranslationMemory.load([(url, "broken.tsv")])
      Issue.record("no error")
    } catch {
      #expect("\(error)" == "broken.tsv:2: expected Chinese<TAB>English, found no tab")
    }
  }

  @Test func memoryTranslatesThroughTheStage() async throws {
    let document = try await TranslationFixture.run(
      "memory: [memory.tsv, memory.tmx]\nfuzzy-threshold: 0.6")
    let t = TranslationFixture.translations(document)
    #expect(t[1]?.text == "The meeting was held in Baoshan." && t[1]?.origin == .memory)
    #expect(t[2]?.origin == .memory)
    #expect(t[0]?.isTranslated == false)
    #expect(t[3]?.isTranslated == false)
    #expect(document.reports?["translation"] != nil)
  }

  @Test func fuzzyAboveAcceptIsUsedAndBelowIsASuggestion() async throws {
    let text = "会议在上海召开。\n"
    let shown = try await TranslationFixture.run(
      "memory: [memory.tsv]\nfuzzy-threshold: 0.7", text: text)
    let suggestion = try #require(TranslationFixture.translations(shown)[0]?.suggestion)
    #expect(suggestion.source == "会议在宝山召开。")
    #expect(abs(suggestion.score - 5.0 / 7.0) < 0.001)
    #expect(TranslationFixture.translations(shown)[0]?.isTranslated == false)

    let used = try await TranslationFixture.run(
      "memory: [memory.tsv]\nfuzzy-threshold: 0.7\naccept-fuzzy: 0.7", text: text)
    let t = try #require(TranslationFixture.translations(used)[0])
    #expect(t.origin == .fuzzy && t.text == "The meeting was held in Baoshan.")
    #expect(t.memorySource == "会议在宝山召开。" && t.score != nil)
  }
}
