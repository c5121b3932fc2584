import Foundation
import JieduCore
import JieduVocabulary
import Testing

@testable import TranslationStage

/// The stage against stand-in servers on 127.0.0.1 (Fixtures/standin.py), one per failure.
@Suite("Translation backends", .serialized)
struct BackendTests {
  /// Options for an OpenAI-compatible stand-in, with a fresh cache in a temporary folder.
  func openai(
    _ server: String, _ more: String = "", timeout: Int = 3, retries: Int = 1, cache: URL? = nil
  ) throws -> String {
    let cache =
      try cache ?? TranslationFixture.temporaryDirectory().appendingPathComponent("c.sqlite")
    return """
      backend: {kind: openai, url: "\(server)", model: stand-in, timeout: \(timeout), retries: \(retries)\(more)}
      cache: \(cache.path)
      """
  }

  @Test func everySentenceTranslatedWithTheRequiredRenderingsInThePrompt() async throws {
    let server = try StandInServer("ok")
    let document = try await TranslationFixture.run(try openai(server.url))
    let t = TranslationFixture.translations(document).compactMap { $0 }
    #expect(t.count == 4 && t.allSatisfy { $0.origin == .backend && $0.model == "stand-in" })
    #expect(t[0].required == ["Party building"] && t[0].missingTerms.isEmpty)
    #expect(server.requests.count == 1)
    #expect(server.requests[0].contains("Party building"))
    let report = try #require(document.reports?["translation"])
    #expect(
      report
        == .object([
          "sentences": .number(4), "translated": .number(4), "required-terms": .number(1),
          "found-terms": .number(1), "term-success-rate": .number(1),
          "terms-in-prompt": .bool(true),
          "origins": .object(["backend": .number(4)]), "model": .string("stand-in"),
        ]))
  }

  @Test func aSecondRunIsServedFromTheCache() async throws {
    let server = try StandInServer("ok")
    let options = try openai(server.url)
    _ = try await TranslationFixture.run(options)
    let again = try await TranslationFixture.run(options)
    #expect(server.requests.count == 1)
    #expect(TranslationFixture.translations(again).allSatisfy { $0?.origin == .cache })
  }

  @Test func aChangedRequiredRenderingIsACacheMiss() async throws {
    let server = try StandInServer("ok")
    let options = try openai(server.url)
    _ = try await TranslationFixture.run(options)
    _ = try await TranslationFixture.run(options, text: "宝山区推动基层党建工作。\n")
    #expect(server.requests.count == 2)
  }

  @Test(arguments: ["drop-id", "dup-id", "echo", "think"])
  func aBadBatchAnswerIsAskedAgainSentenceBySentence(_ mode: String) async throws {
    let server = try StandInServer(mode)
    let document = try await TranslationFixture.run(try openai(server.url))
    let t = TranslationFixture.translations(document)
    #expect(t.allSatisfy { $0?.isTranslated == true }, "\(t)")
    #expect(server.requests.count > 1)
    let echoed = t.contains { ($0?.text ?? "").unicodeScalars.contains(where: \.isHan) }
    #expect(!echoed && !t.contains { ($0?.text ?? "").contains("think") })
  }

  @Test func aRemarkIsNotATranslation() async throws {
    let server = try StandInServer("remark")
    let document = try await TranslationFixture.run(try openai(server.url))
    let t = TranslationFixture.translations(document)
    #expect(t.allSatisfy { $0?.isTranslated == false })
    #expect(t[0]?.problem?.contains("remark") == true)
    #expect(
      document.diagnostics.contains { $0.message.contains("4 of 4 sentences have no English") })
  }

  @Test func aRejectedAnswerIsRememberedSoARerunSendsNothing() async throws {
    let server = try StandInServer("remark")
    let options = try openai(server.url)
    _ = try await TranslationFixture.run(options)
    let sent = server.requests.count
    let again = try await TranslationFixture.run(options)
    #expect(server.requests.count == sent)
    #expect(
      TranslationFixture.translations(again).allSatisfy { $0?.problem?.contains("cached") == true })
  }

  @Test func aMissedRenderingIsAskedAgainStrictlyOnce() async throws {
    let server = try StandInServer("miss-terms")
    let document = try await TranslationFixture.run(try openai(server.url, ", batch: 1"))
    let first = try #require(TranslationFixture.translations(document)[0])
    #expect(first.missingTerms.isEmpty && first.text.contains("Party building"))
    #expect(server.requests.filter { $0.contains("RULE:") }.count == 1)
  }

  @Test func withoutEnforcementTheMissIsReported() async throws {
    let server = try StandInServer("miss-terms")
    let document = try await TranslationFixture.run(
      try openai(server.url, ", batch: 1") + "\nenforce-terms: false")
    let first = try #require(TranslationFixture.translations(document)[0])
    #expect(first.missingTerms == ["Party building"])
    #expect(!server.requests.contains { $0.contains("Party building") })
    #expect(
      document.diagnostics.contains {
        $0.message.contains("lacks the required rendering 'Party building'")
      })
    #expect(
      document.reports?["translation"].flatMap {
        if case .object(let o) = $0 { return o["term-success-rate"] } else { return nil }
      } == .number(0))
  }

  @Test func connectionRefusedIsOneLineNamingTheURL() async throws {
    let url = "http://127.0.0.1:\(closedPort())"
    let document = try await TranslationFixture.run(try openai(url))
    let warnings = document.diagnostics.map(\.message)
    #expect(warnings.contains { $0.contains("\(url)/v1/chat/completions: connection refused") })
    #expect(TranslationFixture.translations(document).allSatisfy { $0?.isTranslated == false })
  }

  @Test func requiredMakesAMissingTranslationAnError() async throws {
    let url = "http://127.0.0.1:\(closedPort())"
    await #expect(throws: JieduError.self) {
      _ = try await TranslationFixture.run(try openai(url) + "\nrequired: true")
    }
  }

  @Test func aHangStopsAtTheTimeout() async throws {
    let server = try StandInServer("hang")
    let clock = ContinuousClock()
    let start = clock.now
    let document = try await TranslationFixture.run(try openai(server.url, timeout: 1, retries: 0))
    #expect(clock.now - start < .seconds(12))
    #expect(document.diagnostics.contains { $0.message.contains(server.url) })
  }

  @Test func tooManyRequestsWaitsForRetryAfter() async throws {
    let server = try StandInServer("429")
    let clock = ContinuousClock()
    let start = clock.now
    let document = try await TranslationFixture.run(try openai(server.url, retries: 2))
    #expect(clock.now - start >= .seconds(1))
    #expect(TranslationFixture.translations(document).allSatisfy { $0?.isTranslated == true })
    #expect(server.requests.count == 2)
  }

  @Test(arguments: [("500", "HTTP 500"), ("malformed", "not a chat completion")])
  func serverErrorsAreReportedWithTheURL(_ mode: String, _ words: String) async throws {
    let server = try StandInServer(mode)
    let document = try await TranslationFixture.run(
      try openai(server.url, ", batch: 4", retries: 0))
    let messages = document.diagnostics.map(\.message).joined(separator: "\n")
    #expect(messages.contains(server.url) && messages.contains(words), "\(messages)")
  }

  @Test func libreTranslateSendsTheSentencesAsAList() async throws {
    let server = try StandInServer("ok")
    let document = try await TranslationFixture.run(
      "backend: {kind: libretranslate, url: \"\(server.url)\", source: zh-Hans}\ncache: "
        + (try TranslationFixture.temporaryDirectory().appendingPathComponent("c.sqlite").path))
    #expect(TranslationFixture.translations(document)[1]?.text == "EN 会议在宝山召开。")
    let body =
      try JSONSerialization.jsonObject(with: Data(server.requests[0].utf8)) as? [String: Any]
    #expect((body?["q"] as? [String])?.count == 4 && body?["source"] as? String == "zh-Hans")
  }

  @Test func anAPIKeyInTheConfigIsRefused() {
    #expect(throws: (any Error).self) {
      try TranslationFixture.options("backend: {kind: openai, url: \"http://x\", api-key: sk-123}")
    }
  }
}
