import Foundation
import GlossStage
import JieduCore
import JieduDictionary
import JieduVocabulary
import Testing

/// The seed article through the stage with the real CC-CEDICT.
@Suite(.enabled(if: GlossTestData.available, "needs CC-CEDICT in data/ (make data)"))
struct SeedTests {
  static let polyphones: [(String, String)] = [
    ("重要", "zhòng yào"), ("重大", "zhòng dà"), ("重点", "zhòng diǎn"), ("调动", "diào dòng"),
    ("行动", "xíng dòng"), ("发展", "fā zhǎn"),
  ]

  private func annotatedSeed() async throws -> Document {
    let dictionary = try #require(GlossTestData.dictionary)
    var document = try Ingestion.document(
      from: [UInt8](try Data(contentsOf: GlossTestData.seed)), name: "seed")
    Ingestion.tokenize(
      &document, with: SimpleSegmenter(words: Self.polyphones.map(\.0) + ["党建", "科创", "书记"]))
    let stage = GlossStage(dictionary: dictionary)
    try await stage.annotate(
      &document, context: StageContext(baseDirectory: GlossTestData.directory))
    return document
  }

  @Test func everyChineseTokenHasPinyinAndKnownWordsHaveGlosses() async throws {
    let tokens = try await annotatedSeed().allTokens.map(\.token)
    #expect(tokens.count > 500)
    for token in tokens where token.containsHan {
      #expect(token.pinyin?.isEmpty == false, "no pinyin for \(token.text)")
      #expect(token.reading == .word || token.reading == .composed)
      if token.reading == .word {
        #expect(token.glosses?.isEmpty == false, "no glosses for \(token.text)")
      }
    }
    for token in tokens where !token.containsHan { #expect(token.pinyin == nil) }
  }

  @Test(arguments: polyphones)
  func seedPolyphonesReadRight(word: String, pinyin: String) async throws {
    let tokens = try await annotatedSeed().allTokens.map(\.token).filter { $0.text == word }
    #expect(!tokens.isEmpty, "\(word) not in the seed")
    for token in tokens { #expect(token.pinyin == pinyin) }
  }

  @Test func unknownTermsAreComposed() async throws {
    let tokens = try await annotatedSeed().allTokens.map(\.token)
    let party = try #require(tokens.first { $0.text == "党建" })
    #expect(party.reading == .composed)
    #expect(party.pinyin == "dǎng jiàn")
    let science = try #require(tokens.first { $0.text == "科创" })
    #expect(science.pinyin == "kē chuàng")
  }

  /// Simplification merged 後 (after) into 后 (empress): the entry with the real senses comes first.
  @Test func mergedCharactersGlossTheCommonWordFirst() async throws {
    let tokens = try await annotatedSeed().allTokens.map(\.token)
    let after = try #require(tokens.first { $0.text == "后" })
    #expect(after.glosses?.contains("after") == true)
    #expect(after.glosses?.first != "empress")
    #expect(after.traditional == "後")
  }
}
