/// The categories a formula may have.
public enum FormulaCategory {
  /// Every category, in display order.
  public static let all = [
    "organisation", "ideology", "policy", "economy", "society", "discipline",
  ]
}
