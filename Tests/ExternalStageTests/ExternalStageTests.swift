import Foundation
import JieduCore
import JieduStageTesting
import Testing

@testable import ExternalStage

@Suite("External stages")
struct ExternalStageTests {
  static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

  /// Runs a stage through the real host over one sentence.
  func run(_ stage: ExternalCommandStage, onError: StageFailurePolicy = .fail) async throws
    -> Document
  {
    try await StageTestKit.run(
      stage, bytes: Array("宝山区推动基层党建。\n".utf8), segmenter: SimpleSegmenter(),
      context: StageContext(baseDirectory: Self.fixtures), onError: onError)
  }

  func stage(
    _ script: String, timeout: Double = 10, maxOutput: Int? = nil
  ) throws
    -> ExternalCommandStage
  {
    var options = ExternalStageOptions()
    options.command = ["/bin/sh", Self.fixtures.appendingPathComponent(script).path]
    options.timeout = timeout
    if let maxOutput { options.maxOutput = maxOutput }
    return try ExternalCommandStage(
      options: options, context: StageContext(baseDirectory: Self.fixtures))
  }

  func failure(_ script: String, timeout: Double = 10, maxOutput: Int? = nil) async throws
    -> String
  {
    do {
      _ = try await run(stage(script, timeout: timeout, maxOutput: maxOutput))
      return "no error"
    } catch let error as StageError {
      return error.description
    }
  }

  @Test func annotationsAndDiagnosticsAreMerged() async throws {
    let doc = try await run(stage("echoes-protocol.sh"))
    let mark = try #require(doc.annotations.first)
    #expect(
      mark.stage == "sh" && mark.type == AnnotationKind("mark") && mark.text == "宝山" && mark.rendering == "Baoshan")
    #expect(mark.extra["score"] == .number(0.9))
    #expect(doc.diagnostics.contains { $0.message == "just saying" && $0.stage == "sh" })
  }

  @Test func aHangingProgramIsStoppedAtItsTimeout() async throws {
    let message = try await failure("hangs.sh", timeout: 1)
    #expect(message == "stage 'external' (test) failed: program 'sh': timed out after 1 s and was stopped")
  }

  @Test func aCrashPassesOnTheProgramsOwnMessage() async throws {
    #expect(
      try await failure("crashes.sh")
        == "stage 'external' (test) failed: program 'sh': exited with status 3: place list not found: /nowhere/places.tsv")
  }

  @Test func garbageOutputIsAClearError() async throws {
    #expect(
      try await failure("garbage.sh")
        == "stage 'external' (test) failed: program 'sh': wrote something that is not a JSON object on stdout (starts with 'Traceback? no: this is not JSON')"
    )
  }

  @Test func outOfRangeOffsetsAreRejected() async throws {
    #expect(
      try await failure("out-of-range.sh")
        == "stage 'external' (test) failed: program 'sh': rejected annotation: offsets 5..<500 out of range for block 0 (10 characters)"
    )
  }

  @Test func textThatDoesNotMatchTheSpanIsRejected() async throws {
    #expect(
      try await failure("wrong-text.sh").contains(
        "rejected annotation: text '北京' does not match block 0 at 0..<2 ('宝山')"))
  }

  @Test func aFloodOfOutputIsCutOff() async throws {
    #expect(
      try await failure("floods.sh", maxOutput: 1 << 20)
        == "stage 'external' (test) failed: program 'sh': wrote more than 1048576 bytes on stdout (raise options.max-output if this is intended)"
    )
  }

  @Test func onErrorWarnKeepsThePipelineGoing() async throws {
    let doc = try await run(stage("crashes.sh"), onError: .warn)
    #expect(doc.annotations.isEmpty)
    #expect(
      doc.diagnostics.last?.message.hasPrefix(
        "failed and was skipped (on-error: warn): program 'sh': exited with status 3") == true)
    #expect(doc.diagnostics.last?.stage == "external")
  }

  @Test func aMissingProgramIsNamed() async throws {
    var options = ExternalStageOptions()
    options.command = ["no-such-program-xyz"]
    let stage = try ExternalCommandStage(
      options: options, context: StageContext(baseDirectory: Self.fixtures))
    do {
      _ = try await run(stage)
      Issue.record("no error")
    } catch let error as StageError {
      #expect(
        error.description
          == "stage 'external' (test) failed: program 'no-such-program-xyz': cannot start 'no-such-program-xyz': not found on PATH"
      )
    }
  }

  @Test func anEmptyCommandIsRefused() {
    #expect(throws: JieduError.self) {
      try ExternalCommandStage(
        options: ExternalStageOptions(), context: StageContext(baseDirectory: Self.fixtures))
    }
  }
}
