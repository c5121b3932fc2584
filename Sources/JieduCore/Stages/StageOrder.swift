/// Checks a configured stage order before anything runs, as spaCy checks its pipeline.
enum StageOrder {
  /// A stage as the order check sees it.
  typealias Entry = (id: String, requires: Set<Capability>, produces: Set<Capability>)

  /// Throws a one-line error naming the first stage whose needs are not met by the stages before it.
  static func validate(_ stages: [Entry]) throws {
    var available: Set<Capability> = [.tokens]
    for (index, stage) in stages.enumerated() {
      let missing = stage.requires.subtracting(available).sorted()
      guard !missing.isEmpty else {
        available.formUnion(stage.produces)
        continue
      }
      var producers: [String] = []
      var orphans: [String] = []
      for capability in missing {
        if let later = stages[(index + 1)...].first(where: { $0.produces.contains(capability) }) {
          producers.append("'\(later.id)' produces \(capability.rawValue)")
        } else {
          orphans.append(capability.rawValue)
        }
      }
      var hint = ""
      if !producers.isEmpty {
        hint += "; \(producers.joined(separator: ", ")), so configure "
          + (producers.count == 1 ? "it" : "them") + " before '\(stage.id)'"
      }
      if !orphans.isEmpty {
        hint += "; add a stage that produces \(orphans.joined(separator: ", ")) before '\(stage.id)'"
      }
      throw JieduError(
        "stages[\(index)] '\(stage.id)' needs \(missing.map(\.rawValue).joined(separator: ", ")), "
          + "which no stage before it produces\(hint)")
    }
  }
}
