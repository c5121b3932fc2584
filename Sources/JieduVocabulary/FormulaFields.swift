import JieduCore

/// Where a formula's items come from (`origin` in JSON).
public enum FormulaOrigin: String, Sendable, CaseIterable {
  /// From the formula list (built-in or the user's).
  case glossary
  /// From a definition in the article itself.
  case document
  /// Neither listed nor defined.
  case unresolved
}

/// The typed fields of an `abbreviation` annotation, stored flat in `extra` under the contract's keys.
extension Annotation {
  /// The formula's items, in Chinese (`expansion`).
  public var expansion: [String]? {
    get { extra["expansion"]?.strings }
    set { extra["expansion"] = newValue.map { .array($0.map(JSONValue.string)) } }
  }

  /// Where the items come from (`origin`).
  public var formulaOrigin: FormulaOrigin? {
    get { extra["origin"]?.stringValue.flatMap(FormulaOrigin.init(rawValue:)) }
    set { extra["origin"] = newValue.map { .string($0.rawValue) } }
  }

  /// The block whose text defines the formula (`defined-in`), for `origin: document`.
  public var definedIn: Int? {
    get { extra["defined-in"]?.intValue }
    set { extra["defined-in"] = newValue.map { .number(Double($0)) } }
  }

  /// Items a definition listed that do not add up to the announced count (`listed-items`).
  public var listedItems: [String]? {
    get { extra["listed-items"]?.strings }
    set { extra["listed-items"] = newValue.map { .array($0.map(JSONValue.string)) } }
  }
}
