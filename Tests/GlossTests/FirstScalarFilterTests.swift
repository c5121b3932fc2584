import JieduCore
import Testing

@testable import GlossStage

/// The look-ups asked of every token that check a word's first scalar before hashing it: the
/// sense table's rows and a document's glossary renderings. They must answer as the tables do.
@Suite("First-scalar filters")
struct FirstScalarFilterTests {
  @Test func theSenseTableAnswersEveryWordItHasAndNoOther() {
    let table = SenseTable(rows: [
      "行": [SenseTable.Row(condition: .always, gloss: "line")],
      "𠮷野": [SenseTable.Row(condition: .always, gloss: "Yoshino")],
    ])
    #expect(table.rows(for: "行")?.first?.gloss == "line")
    #expect(table.rows(for: "𠮷野")?.first?.gloss == "Yoshino")  // a lead past the BMP
    #expect(table.hasRows(for: "行"))
    #expect(table.rows(for: "行业") == nil)  // same lead, not in the table
    #expect(table.rows(for: "银行") == nil)
    #expect(table.rows(for: "") == nil)
    #expect(!table.hasRows(for: "𠮷"))
  }

  @Test func theBuiltInTableKeepsItsWords() {
    let table = SenseTable.builtin
    let words = ["的", "地", "得", "行", "还", "为"].filter { table.hasRows(for: $0) }
    for word in words { #expect(table.rows(for: word) != nil, "\(word)") }
  }

  @Test func renderingsAnswerTheirTermsAndNoOther() {
    let renderings = GlossaryRenderings([
      WordKey("党建"): "Party building", WordKey("𠮷野"): "Yoshino",
    ])
    #expect(renderings.value(of: "党建") == "Party building")
    #expect(renderings.value(of: "𠮷野") == "Yoshino")
    #expect(renderings.value(of: "党员") == nil)
    #expect(renderings.value(of: "建党") == nil)
    #expect(renderings.value(of: "") == nil)
    #expect(GlossaryRenderings([:]).value(of: "党建") == nil)
  }
}
