import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct DocumentJSONTests {
  private func object() throws -> [String: Any] {
    let data = try DocumentRendering.render(
      SampleDocument.make(), as: .json, options: RenderOptions())
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func topLevelFollowsTheContract() throws {
    let json = try object()
    #expect(Set(json.keys) == ["jiedu", "source", "blocks", "annotations", "diagnostics"])
    #expect(json["jiedu"] as? String == jieduDocumentVersion)
    let source = try #require(json["source"] as? [String: Any])
    #expect(source["name"] as? String == "sample.txt")
    #expect(source["encoding"] as? String == "utf-8")
    #expect((source["sha256"] as? String)?.count == 64)
  }

  @Test func blocksSentencesAndTokensHaveTheContractFields() throws {
    let blocks = try #require(try object()["blocks"] as? [[String: Any]])
    let paragraph = blocks[3]
    #expect(paragraph["id"] as? Int == 3)
    #expect(paragraph["kind"] as? String == "paragraph")
    #expect((paragraph["text"] as? String)?.hasPrefix("宝山区坚持") == true)
    let sentence = try #require((paragraph["sentences"] as? [[String: Any]])?.first)
    #expect(sentence["start"] as? Int == 0)
    let token = try #require((sentence["tokens"] as? [[String: Any]])?.first)
    #expect(token["text"] as? String == "宝山区")
    #expect(token["start"] as? Int == 0)
    #expect(token["end"] as? Int == 3)
    #expect(token["pinyin"] as? String == "Bǎo shān qū")
    #expect(token["glosses"] as? [String] == ["Baoshan district"])
  }

  @Test func missingFieldsAreLeftOutNotNull() throws {
    let text = try Rendered.text(.json)
    #expect(!text.contains("null"))
    // The quote token has no reading: no pinyin or glosses keys at all.
    #expect(text.contains(#"{"end":6,"start":5,"text":"“"}"#))
  }

  @Test func textIsRawUTF8WithUnescapedSlashes() throws {
    var document = SampleDocument.make()
    document.annotations[0].note = "a/b 党建"
    let text = try Rendered.text(document, .json)
    #expect(text.contains("a/b 党建"))
    #expect(!text.contains("\\u"))
    #expect(!text.contains("\\/"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test func annotationsKeepTheirFieldsAndRoundTrip() throws {
    let data = try DocumentRendering.render(
      SampleDocument.make(), as: .json, options: RenderOptions())
    let decoded = try JSONDecoder().decode(Document.self, from: data)
    #expect(decoded == SampleDocument.make())
    let annotations = try #require(try object()["annotations"] as? [[String: Any]])
    let formula = try #require(annotations.first { $0["text"] as? String == "三会一课" })
    #expect(formula["type"] as? String == "abbreviation")
    #expect(formula["origin"] as? String == "glossary")
    #expect(formula["expansion"] as? [String] == ["支部党员大会", "支部委员会", "党小组会", "党课"])
  }

  @Test func outputIsStableFromRunToRun() throws {
    #expect(try Rendered.text(.json) == (try Rendered.text(.json)))
  }
}
