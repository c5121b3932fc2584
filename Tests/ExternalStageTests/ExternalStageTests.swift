import Foundation
import JieduCore
import Testing

@testable import ExternalStage

@Suite("External stages")
struct ExternalStageTests {
  static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

  func document() throws -> Document {
    var document = try Ingestion.document(from: Array("宝山区推动基层党建。\n".utf8), name: "t.txt")
    Ingestion.tokenize(&document, with: SimpleSegmenter())
    return document
  }

  func stage(
    _ script: String, timeout: Double = 10, onError: String = "fail", maxOutput: Int? = nil
  ) throws
    -> ExternalCommandStage
  {
    var options = ExternalStageOptions()
    options.command = ["/bin/sh", Self.fixtures.appendingPathComponent(script).path]
    options.timeout = timeout
    options.onError = onError == "warn" ? .warn : .fail
    if let maxOutput { options.maxOutput = maxOutput }
    return try ExternalCommandStage(
      options: options, context: StageContext(baseDirectory: Self.fixtures))
  }

  func failure(_ script: String, timeout: Double = 10, maxOutput: Int? = nil) throws -> String {
    var doc = try document()
    do {
      try stage(script, timeout: timeout, maxOutput: maxOutput).annotate(
        &doc, context: StageContext(baseDirectory: Self.fixtures))
      return "no error"
    } catch let error as JieduError {
      return error.message
    }
  }

  @Test func annotationsAndDiagnosticsAreMerged() throws {
    var doc = try document()
    try stage("echoes-protocol.sh").annotate(
      &doc, context: StageContext(baseDirectory: Self.fixtures))
    let mark = try #require(doc.annotations.first)
    #expect(
      mark.stage == "sh" && mark.type == "mark" && mark.text == "宝山" && mark.rendering == "Baoshan")
    #expect(mark.extra["score"] == .number(0.9))
    #expect(doc.diagnostics.contains { $0.message == "just saying" && $0.stage == "sh" })
  }

  @Test func aHangingProgramIsStoppedAtItsTimeout() throws {
    let message = try failure("hangs.sh", timeout: 1)
    #expect(message == "external stage 'sh': timed out after 1 s and was stopped")
  }

  @Test func aCrashPassesOnTheProgramsOwnMessage() throws {
    #expect(
      try failure("crashes.sh")
        == "external stage 'sh': exited with status 3: place list not found: /nowhere/places.tsv")
  }

  @Test func garbageOutputIsAClearError() throws {
    #expect(
      try failure("garbage.sh")
        == "external stage 'sh': wrote something that is not a JSON object on stdout (starts with 'Traceback? no: this is not JSON')"
    )
  }

  @Test func outOfRangeOffsetsAreRejected() throws {
    #expect(
      try failure("out-of-range.sh")
        == "external stage 'sh': sh: rejected annotation: offsets 5..<500 out of range for block 0 (10 characters)"
    )
  }

  @Test func textThatDoesNotMatchTheSpanIsRejected() throws {
    #expect(
      try failure("wrong-text.sh").contains(
        "rejected annotation: text '北京' does not match block 0 at 0..<2 ('宝山')"))
  }

  @Test func aFloodOfOutputIsCutOff() throws {
    #expect(
      try failure("floods.sh", maxOutput: 1 << 20)
        == "external stage 'sh': wrote more than 1048576 bytes on stdout (raise options.max-output if this is intended)"
    )
  }

  @Test func onErrorWarnKeepsThePipelineGoing() throws {
    var doc = try document()
    try stage("crashes.sh", onError: "warn").annotate(
      &doc, context: StageContext(baseDirectory: Self.fixtures))
    #expect(doc.annotations.isEmpty)
    #expect(
      doc.diagnostics.last?.message.hasPrefix(
        "external stage 'sh' failed and was skipped: exited with status 3") == true)
  }

  @Test func aMissingProgramIsNamed() throws {
    var options = ExternalStageOptions()
    options.command = ["no-such-program-xyz"]
    var doc = try document()
    #expect(
      throws: JieduError(
        "external stage 'no-such-program-xyz': cannot start 'no-such-program-xyz': no such file or directory"
      )
    ) {
      try ExternalCommandStage(
        options: options, context: StageContext(baseDirectory: Self.fixtures)
      )
      .annotate(&doc, context: StageContext(baseDirectory: Self.fixtures))
    }
  }

  @Test func anEmptyCommandIsRefused() {
    #expect(throws: JieduError.self) {
      try ExternalCommandStage(
        options: ExternalStageOptions(), context: StageContext(baseDirectory: Self.fixtures))
    }
  }
}
