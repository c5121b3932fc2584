import JieduCore

/// The annotation kinds of the JSON contract, shared by the stages that write them and the renderers
/// that read them. A new kind is a constant here (or in a stage's own module, if no renderer reads it).
extension AnnotationKind {
  /// A glossary term (`glossary` stage): `rendering`, `category`, `note`, `pinyin`, `source`.
  public static let term = AnnotationKind("term")
  /// A numeric formula (`abbreviations` stage): the shared fields plus `expansion` and `origin`.
  public static let abbreviation = AnnotationKind("abbreviation")
}

extension AnnotationKind {
  /// A translation of the span (a sentence, a title) into English, in `rendering`.
  public static let translation = AnnotationKind("translation")
}

/// Capabilities that more than one stage names: the producer declares it in `produces`, a consumer in
/// `requires` (the translation stage reads the renderings of terms and formulas).
extension Capability {
  /// `term` annotations from a glossary, produced by the `glossary` stage.
  public static let terms = Capability("terms")
  /// `abbreviation` annotations, produced by the `abbreviations` stage.
  public static let formulas = Capability("formulas")
}
