/// A stage's failure as the host reports it: which stage, where it was configured, what went wrong
/// and the error underneath. The host tags an error once; stages throw plain `JieduError`s.
public struct StageError: Error, CustomStringConvertible, Sendable {
  /// The stage id (or the name an external stage runs under).
  public var stage: String
  /// Where the stage is configured (`config.yaml:7:5`), empty when built in.
  public var location: String
  /// When it failed.
  public var phase: Phase
  /// What went wrong, in one line, without the stage prefix.
  public var message: String
  /// The error the stage threw, when it was not a `JieduError`.
  public var underlying: (any Error & Sendable)?

  /// When a stage failed.
  public enum Phase: String, Sendable {
    /// While it was set up (loading its data).
    case setup
    /// While it annotated a document.
    case run
    /// After it ran, when the host checked what it returned.
    case check
  }

  /// Creates a stage error.
  init(
    stage: String, location: String, phase: Phase, message: String,
    underlying: (any Error & Sendable)? = nil
  ) {
    self.stage = stage
    self.location = location
    self.phase = phase
    self.message = message
    self.underlying = underlying
  }

  /// Wraps whatever a stage threw.
  static func wrapping(
    _ error: any Error, stage: String, location: String, phase: Phase
  ) -> StageError {
    if let error = error as? StageError { return error }
    if let error = error as? JieduError {
      return StageError(stage: stage, location: location, phase: phase, message: error.message)
    }
    return StageError(
      stage: stage, location: location, phase: phase, message: "\(error)", underlying: error)
  }

  /// `stage 'glossary' (config.yaml:3:5): message` — one line.
  public var description: String {
    let place = location.isEmpty ? "" : " (\(location))"
    switch phase {
    case .setup: return "stage '\(stage)'\(place) could not be set up: \(message)"
    case .run: return "stage '\(stage)'\(place) failed: \(message)"
    case .check: return "stage '\(stage)'\(place) \(message)"
    }
  }

  /// The same, as the CLI's one-line error.
  var jieduError: JieduError { JieduError(description) }
}

/// What the host does when a stage fails while it runs: `on-error:` beside a stage's `id:`.
public enum StageFailurePolicy: String, Sendable, Decodable, CaseIterable {
  /// Stop the run with the stage's error (the default).
  case fail
  /// Add a warning naming the stage and go on without its annotations.
  case warn
}
