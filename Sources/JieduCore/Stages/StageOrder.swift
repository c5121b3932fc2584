/// Checks a configured stage order before anything runs, as spaCy checks its pipeline.
public enum StageOrder {
  /// A stage as the order check sees it.
  public typealias Entry = (id: String, requires: Set<Capability>, produces: Set<Capability>)

  /// Throws a one-line error naming the first stage whose needs are not met by the stages before it.
  public static func validate(_ stages: [Entry]) throws {
    var available: Set<Capability> = [.tokens]
    for (index, stage) in stages.enumerated() {
      let missing = stage.requires.subtracting(available).sorted()
      if let first = missing.first {
        let later = stages[(index + 1)...].first { $0.produces.contains(first) }
        let hint =
          later.map { "; '\($0.id)' produces it, so configure it before '\(stage.id)'" }
          ?? "; add a stage that produces it before '\(stage.id)'"
        throw JieduError(
          "stages[\(index)] '\(stage.id)' needs \(missing.map(\.rawValue).joined(separator: ", ")), "
            + "which no stage before it produces\(hint)")
      }
      available.formUnion(stage.produces)
    }
  }
}
