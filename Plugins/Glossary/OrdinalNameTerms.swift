import JieduCore
import JieduKnowledge

/// Term annotations for names built from ordinals (十九大, 十九届四中全会, 十四五, 建党百年): rules
/// in `OrdinalNames`, not entries, so every congress, plenum and plan is covered.
enum OrdinalNameTerms {
  /// Where the rule-built forms are documented: the English form Xinhua and the State Council
  /// Information Office use for national congresses, plenums, NPC/CPPCC sessions and plans.
  static let source =
    "Rule-built, in the form Xinhua and the SCIO use (english.scio.gov.cn, 2019: "
    + "the fourth plenary session of the 19th CPC Central Committee; Xinhua, 2025: the 15th "
    + "Five-Year Plan (2026-2030))"

  /// The annotation for a match; status established for national names in the official outlets'
  /// form, descriptive for local plenums and anniversaries.
  static func annotation(_ match: OrdinalNames.Match, block: Int, text: String) -> Annotation {
    let national: Bool
    let category: String?
    switch match.kind {
    case .congress, .plenum:
      national =
        !match.en.contains("Provincial") && !match.en.contains("Municipal")
        && !match.en.contains("District") && !match.en.contains("County")
      category = GlossaryCategory.party
    case .session:
      national = true
      category = GlossaryCategory.government
    case .plan:
      national = true
      category = GlossaryCategory.economy
    case .anniversary:
      national = false
      if match.en.contains("CPC") {
        category = GlossaryCategory.party
      } else if match.en.contains("Republic") || match.en.contains("Army") {
        category = GlossaryCategory.government
      } else if match.en.contains("reform") {
        category = GlossaryCategory.economy
      } else {
        category = GlossaryCategory.society
      }
    }
    var a = Annotation(
      stage: GlossaryStage.id, type: .term, block: block, start: match.start, end: match.end,
      text: text, rendering: match.en, category: category, source: national ? source : nil)
    a.status =
      national ? KnowledgeStatus.established.rawValue : KnowledgeStatus.descriptive.rawValue
    return a
  }
}
