import Testing

@testable import TranslationStage

@Suite("Required renderings")
struct TermCheckTests {
  @Test(arguments: [
    ("We must strengthen Party building.", "Party building", true),
    ("We must strengthen party-building work.", "Party building", true),
    ("the Four Consciousnesses", "four consciousness", true),
    ("It upholds the Four Consciousness.", "the Four Consciousnesses", true),
    ("Baoshan's districts", "Baoshan district", true),
    ("We must strengthen the Party.", "Party building", false),
    ("building the Party", "Party building", false),
  ])
  func renderingFoundTolerantly(_ english: String, _ rendering: String, _ found: Bool) {
    let required = [RequiredRendering(chinese: "术语", english: rendering)]
    #expect(RenderingCheck.missing(required, in: english).isEmpty == found)
  }

  @Test(arguments: [
    ("<think>hmm</think>Party building.", ReplyCheck.Rejection.reasoning),
    ("宝山区推动基层党建。", .echoed),
    ("I am not sure what you mean.", .commentary("I am not sure what you mean.")),
    ("Sorry, I cannot translate this.", .commentary("Sorry, I cannot translate this.")),
    ("   ", .empty),
  ])
  func languageModelRemarksAreRejected(_ reply: String, _ rejection: ReplyCheck.Rejection) {
    #expect(ReplyCheck.clean(reply) == .failure(rejection))
  }

  @Test func labelsAndQuotesAreStripped() {
    #expect(
      ReplyCheck.clean("English: \"Baoshan promotes Party building.\"")
        == .success(
          "Baoshan promotes Party building."))
    #expect(ReplyCheck.clean("宝山 Baoshan", strict: false) == .success("宝山 Baoshan"))
  }

  @Test func batchRepliesLoseDuplicatedIDsAndKeepTheRest() throws {
    let reply = "```json\n{\"s1\": \"One.\", \"s2\": \"Two.\", \"s1\": \"Again.\"}\n```"
    let answers = try BatchReply.parse(reply, ids: ["s1", "s2", "s3"])
    #expect(answers == ["s2": "Two."])
    #expect(throws: ReplyCheck.Rejection.self) { try BatchReply.parse("no json here", ids: ["s1"]) }
  }

  @Test(arguments: [
    ("agglomeration; clustering", "agglomeration"),
    ("Shanghai Campaign (1949)", "Shanghai Campaign"),
    ("\"big Party building\"", "big Party building"),
    ("“two coverages”", "two coverages"),
    ("Party building", "Party building"),
  ])
  func aGlossaryRenderingBecomesThePhraseRequired(_ rendering: String, _ phrase: String) {
    #expect(RequiredRendering.phrase(rendering) == phrase)
  }
}
