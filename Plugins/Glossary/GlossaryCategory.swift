/// The categories of the built-in glossary.
public enum GlossaryCategory {
  /// Party organisation and Party-building terms.
  public static let party = "party"
  /// Fixed political formulations and slogans.
  public static let formulation = "formulation"
  /// State and government bodies, offices and titles.
  public static let government = "government"
  /// Laws, courts, procuratorates and the rule of law.
  public static let law = "law"
  /// Society: education, health, welfare, culture, civil affairs.
  public static let society = "society"
  /// Foreign affairs and diplomacy.
  public static let diplomacy = "diplomacy"
  /// Economic and development policy.
  public static let economy = "economy"
  /// Places and administrative divisions.
  public static let place = "place"

  /// Every built-in category, in display order.
  public static let all = [
    party, formulation, government, law, economy, society, diplomacy, place,
  ]
}
