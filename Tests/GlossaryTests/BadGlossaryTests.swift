import Foundation
import JieduCore
import Testing

@testable import GlossaryStage

/// Broken glossary files give `file:line:col` messages naming the problem, never a crash.
@Suite struct BadGlossaryTests {
  static let cases: [(file: String, message: String)] = [
    ("syntax.yaml", "bad/syntax.yaml:5:1: YAML syntax error: found unexpected end of stream"),
    ("empty-term.yaml", "bad/empty-term.yaml:3:9: [1].term: empty term"),
    (
      "unknown-field.yaml",
      "bad/unknown-field.yaml:3:3: [0].nte: unknown field 'nte'; did you mean 'note'?"
    ),
    ("missing-en.yaml", "bad/missing-en.yaml:5:3: [1]: missing required field 'en'"),
    ("not-a-list.yaml", "bad/not-a-list.yaml:1:1: expected a list of entries"),
    (
      "aliases-not-a-list.yaml",
      "bad/aliases-not-a-list.yaml:3:12: [0].aliases: expected a list of strings, found '黨建'"
    ),
    (
      "nested-mapping.yaml",
      "bad/nested-mapping.yaml:3:5: [0].en: expected a string, found a mapping"
    ),
    (
      "gb18030.yaml",
      "bad/gb18030.yaml:3:9: not valid UTF-8 (bad byte 0xBB at offset 44); save the file as UTF-8"
    ),
    ("utf16.yaml", "bad/utf16.yaml:1: file is UTF-16; save it as UTF-8"),
  ]

  @Test(arguments: cases.indices)
  func badFileGivesAPositionedMessage(_ index: Int) {
    let (file, message) = Self.cases[index]
    let url = Fixture.url("bad/\(file)")
    let parsed = GlossaryLoader.parse(url: url, name: "bad/\(file)")
    let first = parsed.problems.first?.description ?? "(no problem reported)"
    #expect(first.hasPrefix(message), "got: \(first)")
    #expect(throws: JieduError.self) { try GlossaryLoader.load(url: url) }
  }

  @Test func goodEntriesBesideBadOnesAreStillRead() {
    let parsed = GlossaryLoader.parse(url: Fixture.url("bad/missing-en.yaml"), name: "m.yaml")
    #expect(parsed.entries.map(\.term) == ["党建"])
    #expect(parsed.problems.count == 1)
  }

  @Test func loadReportsHowManyMoreProblemsThereAre() throws {
    let text = "- term: a\n- term: b\n"
    let parsed = GlossaryLoader.parse(bytes: Array(text.utf8), format: .yaml, name: "two.yaml")
    #expect(
      parsed.problems.map(\.description) == [
        "two.yaml:1:3: [0]: missing required field 'en'",
        "two.yaml:2:3: [1]: missing required field 'en'",
      ])
  }

  @Test(arguments: [
    "- term: [a\n", "- {term: a, en: b}\n", "- - a\n", "[1, 2\n", "- term: a\n  en: b\n   c: d\n",
    "\t- a\n",
    "- term: \"\\q\"\n  en: b\n", "- term: a\n  en: b\n  aliases: [[x]]\n",
  ])
  func oddInputNeverCrashes(_ text: String) {
    let parsed = GlossaryLoader.parse(bytes: Array(text.utf8), format: .yaml, name: "odd.yaml")
    #expect(!parsed.problems.isEmpty || !parsed.entries.isEmpty)
    for problem in parsed.problems { #expect(problem.description.hasPrefix("odd.yaml")) }
  }
}
