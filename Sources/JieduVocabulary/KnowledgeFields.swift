import JieduCore

/// The provenance fields of `term` and `abbreviation` annotations, stored flat in `extra`: `status`
/// (official, established or descriptive), `url`, `also` (other established renderings) and, for
/// formulas, `expansion_en` (the items in English, in the order of `expansion`).
extension Annotation {
  /// How sure the rendering is (`status`): `official`, `established` or `descriptive`.
  public var status: String? {
    get { extra["status"]?.stringValue }
    set { extra["status"] = newValue.map(JSONValue.string) }
  }

  /// Where the rendering was seen (`url`).
  public var url: String? {
    get { extra["url"]?.stringValue }
    set { extra["url"] = newValue.map(JSONValue.string) }
  }

  /// Other established renderings (`also`).
  public var also: [String]? {
    get { extra["also"]?.strings }
    set { extra["also"] = newValue.map { .array($0.map(JSONValue.string)) } }
  }

  /// A formula's items in English (`expansion_en`), one per item of `expansion`.
  public var expansionEn: [String]? {
    get { extra["expansion_en"]?.strings }
    set { extra["expansion_en"] = newValue.map { .array($0.map(JSONValue.string)) } }
  }

  /// Whether the rendering is the knowledge base's own (status `descriptive`): the handout marks it.
  public var isDescriptiveRendering: Bool { status == "descriptive" }
}
