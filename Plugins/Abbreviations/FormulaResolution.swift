/// What the stage knows about a formula in one document, and so what its mentions are annotated with.
enum FormulaResolution {
  /// From a list (built-in or the user's).
  case listed(FormulaEntry)
  /// Defined in the document; the list's entry, when there is one, still gives the English.
  case document(DocumentDefinition, FormulaEntry?)
  /// Defined in the document with a number of items that disagrees with its numerals: no expansion.
  case miscounted(DocumentDefinition)
  /// Neither listed nor (successfully) defined.
  case unresolved
}
