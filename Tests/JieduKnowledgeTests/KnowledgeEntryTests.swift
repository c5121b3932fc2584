import JieduKnowledge
import Testing

/// One entry type for glossary terms and formulas.
@Suite struct KnowledgeEntryTests {
  @Test func aFormulaIsAnEntryWithItems() {
    let term = KnowledgeEntry(term: "党建", en: "Party building", aliases: ["黨建"])
    let formula = KnowledgeEntry(
      term: "三会一课", en: "three meetings and one lesson", category: "organisation",
      items: ["支部党员大会", "支部委员会", "党小组会", "党课"])
    #expect(!term.isFormula && term.items == nil && term.count == nil)
    #expect(formula.isFormula)
    #expect(term.surfaces == ["党建", "黨建"])
  }

  @Test func equalityIgnoresWhereTheEntryWasRead() {
    let a = KnowledgeEntry(
      term: "党建", en: "Party building", location: KnowledgeLocation(file: "a.yaml", line: 3))
    let b = KnowledgeEntry(
      term: "党建", en: "Party building",
      location: KnowledgeLocation(file: "b.yaml", line: 9, column: 3))
    #expect(a == b && a.hashValue == b.hashValue)
    #expect(a != KnowledgeEntry(term: "党建", en: "Party building", items: ["甲"]))
    #expect(b.location?.description == "b.yaml:9:3")
    #expect(a.location?.description == "a.yaml:3")
  }
}
