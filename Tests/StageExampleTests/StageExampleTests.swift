import JieduBuiltins
import JieduCore
import JieduStageTesting
import Testing

/// Every example every built-in stage carries on its type, run through the real host with the real
/// segmenter and data — as SwiftLint checks each rule's own examples.
@Suite("Stage examples")
struct StageExampleTests {
  static let cases: [(String, StageExample)] = BuiltinStages.registry.factories.flatMap { factory in
    factory.examples.map { (factory.id, $0) }
  }

  @Test(arguments: cases)
  func exampleHolds(_ stage: String, _ example: StageExample) async throws {
    let factory = try #require(BuiltinStages.registry.factory(for: stage))
    let problems = try await StageTestKit.check(factory, example)
    #expect(problems.isEmpty, "\(stage): \(problems.joined(separator: "; "))")
  }

  @Test func everyAnnotatingStageHasExamples() {
    for factory in BuiltinStages.registry.factories where factory.id != "external" {
      #expect(!factory.examples.isEmpty, "stage '\(factory.id)' has no examples")
    }
  }

  @Test func markedTextGivesSpansInScalars() throws {
    let marked = try MarkedText("抓⟦党建⟧工作，⟦三会一课⟧")
    #expect(marked.text == "抓党建工作，三会一课")
    #expect(marked.spans == [1..<3, 6..<10])
    #expect(throws: MarkedText.MarkError.self) { try MarkedText("抓⟦党建工作") }
  }
}
