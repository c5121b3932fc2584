import Foundation

/// The registered stages, by id. The CLI holds the one list of built-in stages and passes it here.
public struct StageRegistry: Sendable {
  /// The factories, in registration order.
  public let factories: [StageFactory]

  /// Creates a registry; ids must be unique.
  public init(_ factories: [StageFactory]) {
    self.factories = factories
  }

  /// The ids, in registration order.
  public var ids: [String] { factories.map(\.id) }

  /// The ids of stages that run a program named in their options.
  package var programStages: Set<String> { Set(factories.filter(\.runsPrograms).map(\.id)) }

  /// For each stage id, its options that name files (`path`, `[path]`).
  package var pathOptions: [String: [String]] {
    Dictionary(
      uniqueKeysWithValues: factories.map { factory in
        (
          factory.id,
          factory.options.filter { $0.type == "path" || $0.type == "[path]" }.map(\.name)
        )
      })
  }

  /// The factory for an id.
  public func factory(for id: String) -> StageFactory? { factories.first { $0.id == id } }

  /// Builds the configured stages, checking ids, options and order before anything runs.
  public func build(_ config: JieduConfig, context: StageContext) async throws -> [ConfiguredStage] {
    var stages: [ConfiguredStage] = []
    var seen: [String: Int] = [:]
    let ready = await setUpTogether(config, context: context)
    for (index, entry) in config.stages.enumerated() {
      guard let factory = factory(for: entry.id) else {
        let message =
          "unknown stage '\(entry.id)'\(NameSuggestion.didYouMean(entry.id, in: ids)); "
          + "available stages: \(ids.joined(separator: ", "))"
        if let source = config.source {
          throw source.error(at: entry.idNode, path: "stages[\(index)].id", message)
        }
        throw JieduError(message)
      }
      var ctx = context
      ctx.configLocation = entry.location
      ctx.stageID = entry.id
      let source = try config.source ?? ConfigSource(name: "config", text: "")
      let took: Duration
      if let (result, setUpTime) = ready?[index] {
        stages.append(try result.get())
        took = setUpTime
      } else {
        let clock = ContinuousClock()
        let start = clock.now
        stages.append(
          try await factory.configure(
            options: entry.options, source: source, path: entry.optionsPath, context: ctx,
            onError: entry.onError))
        took = clock.now - start
      }
      let key = "\(entry.id)\u{0}\(stages[stages.count - 1].identity)"
      if let first = seen[key] {
        let message =
          "stage '\(entry.id)' is listed twice (stages[\(first)] and stages[\(index)]): every annotation "
          + "would be made twice; remove one"
          + (stages[stages.count - 1].identity != entry.id
            ? ", or give each its own name: option" : "")
        if let source = config.source {
          throw source.error(at: entry.idNode, path: "stages[\(index)].id", message)
        }
        throw JieduError(message)
      }
      seen[key] = index
      context.progress(
        "set up stage '\(entry.id)' in \(PipelineHost.milliseconds(took)) ms")
    }
    do {
      try StageOrder.validate(stages.map { ($0.id, $0.requires, $0.produces) })
    } catch let error as JieduError {
      throw JieduError("\(config.source?.name ?? "config"): \(error.message)")
    }
    return stages
  }
  /// Every stage set up at once (loading a list, a table or a dictionary each: the set-ups of a
  /// run overlap on the cores), each result with the time it took; `build` then takes them in
  /// config order, so the first error is the one the config's order reports. Nil — set up one by
  /// one in `build` — when an id is unknown or a stage runs a program: nothing is started for a
  /// config that fails earlier.
  private func setUpTogether(_ config: JieduConfig, context: StageContext) async
    -> [Int: (Result<ConfiguredStage, any Error>, Duration)]?
  {
    let factories = config.stages.map { factory(for: $0.id) }
    guard config.stages.count > 1, factories.allSatisfy({ $0 != nil && !$0!.runsPrograms }),
      let source = try? config.source ?? ConfigSource(name: "config", text: "")
    else { return nil }
    return await withTaskGroup(
      of: (Int, Result<ConfiguredStage, any Error>, Duration).self
    ) { group in
      for (index, entry) in config.stages.enumerated() {
        guard let factory = factories[index] else { continue }
        var ctx = context
        ctx.configLocation = entry.location
        ctx.stageID = entry.id
        group.addTask {
          let clock = ContinuousClock()
          let start = clock.now
          do {
            let stage = try await factory.configure(
              options: entry.options, source: source, path: entry.optionsPath, context: ctx,
              onError: entry.onError)
            return (index, .success(stage), clock.now - start)
          } catch {
            return (index, .failure(error), clock.now - start)
          }
        }
      }
      var results: [Int: (Result<ConfiguredStage, any Error>, Duration)] = [:]
      for await (index, result, took) in group { results[index] = (result, took) }
      return results
    }
  }
}
