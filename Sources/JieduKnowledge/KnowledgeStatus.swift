/// How sure a rendering is: the schema's `status` field.
///
/// - `official`: used in an English text of the issuing body or its official outlets (Xinhua, China
///   Daily, Qiushi, the State Council Information Office, China Keywords); needs a `source`.
/// - `established`: in wide use in such outlets, not from the issuing body; needs a `source`.
/// - `descriptive`: the knowledge base's own rendering; an entry without a status is descriptive.
public enum KnowledgeStatus: String, Sendable, Hashable, CaseIterable {
  /// The issuing body's own English.
  case official
  /// In wide use in official outlets.
  case established
  /// Our own rendering.
  case descriptive

  /// Whether a source must be given.
  public var needsSource: Bool { self != .descriptive }

  /// The valid values, for messages.
  public static let names = allCases.map(\.rawValue)
}
