/// What the backend made of one sentence.
enum BackendOutcome: Sendable {
  /// English, with the required renderings it still lacks.
  case translated(String, missing: [String])
  /// The backend answered, but not with a translation (the Chinese echoed, a remark…): kept in the
  /// cache as a rejection, so a rerun does not ask again for the same answer.
  case rejected(String)
  /// No answer (the backend down, an error status, a malformed reply): a rerun asks again.
  case failed(String)
}

/// Sends jobs to a backend: batches in parallel up to the backend's concurrency; a sentence whose
/// answer is rejected is asked again alone; one that misses a required rendering is asked once more
/// with the rule stated strictly, and the answer missing fewer renderings is kept. After a failure
/// that means the backend is down, no more requests are sent.
struct BackendRun {
  let backend: any TranslationBackend
  /// Required renderings to check each answer against, by job id (also when not put in the prompt).
  let check: [String: [RequiredRendering]]
  /// Whether a miss is asked again strictly.
  let retryTerms: Bool

  /// Translates every job; `finished` is called on the calling task after each batch, with the
  /// answers it produced, so they can be cached at once.
  func run(
    _ jobs: [TranslationJob], finished: ([String: BackendOutcome]) -> Void
  ) async -> (outcomes: [String: BackendOutcome], failure: BackendFailure?) {
    let batches = stride(from: 0, to: jobs.count, by: backend.batchSize).map {
      Array(jobs[$0..<min($0 + backend.batchSize, jobs.count)])
    }
    let stop = StopSignal()
    var outcomes: [String: BackendOutcome] = [:]
    await withTaskGroup(of: [String: BackendOutcome].self) { group in
      var next = 0
      func launch() {
        guard next < batches.count else { return }
        let batch = batches[next]
        next += 1
        group.addTask { await self.translate(batch, stop: stop) }
      }
      for _ in 0..<max(1, backend.concurrency) { launch() }
      while let result = await group.next() {
        outcomes.merge(result) { a, _ in a }
        finished(result)
        launch()
      }
    }
    return (outcomes, await stop.failure)
  }

  private func translate(_ batch: [TranslationJob], stop: StopSignal) async -> [String:
    BackendOutcome]
  {
    var outcomes: [String: BackendOutcome] = [:]
    if let failure = await stop.failure {
      for job in batch { outcomes[job.id] = .failed(failure.message) }
      return outcomes
    }
    var again: [(TranslationJob, BackendOutcome)] = []
    do {
      let answers = try await backend.translate(batch, strict: false)
      for job in batch {
        guard let answer = answers[job.id] else {
          again.append((job, .rejected("the backend answered \(ReplyCheck.Rejection.missingID)")))
          continue
        }
        switch ReplyCheck.clean(answer, strict: backend.isLanguageModel) {
        case .success(let text): outcomes[job.id] = .translated(text, missing: missing(job, text))
        case .failure(let rejection):
          again.append((job, .rejected("the backend answered \(rejection)")))
        }
      }
    } catch let failure as BackendFailure {
      if failure.stopsBackend {
        await stop.record(failure)
        for job in batch { outcomes[job.id] = .failed(failure.message) }
        return outcomes
      }
      again = batch.map { ($0, .failed(failure.message)) }
    } catch let rejection as ReplyCheck.Rejection {
      again = batch.map { ($0, .rejected("the backend answered \(rejection)")) }
    } catch {
      again = batch.map { ($0, .failed("\(error)")) }
    }
    for (job, first) in again {
      // Alone, or — when it was already alone — once more with the instructions stated strictly.
      let retry = await single(job, strict: batch.count == 1, stop: stop)
      if case .translated = retry {
        outcomes[job.id] = retry
      } else {
        outcomes[job.id] = batch.count == 1 ? first : retry
      }
    }
    for job in batch {
      guard retryTerms, backend.takesTerminology,
        case .translated(let text, let lacking) = outcomes[job.id] ?? .failed(""),
        !lacking.isEmpty, await stop.failure == nil
      else { continue }
      if case .translated(let strict, let still) = await single(job, strict: true, stop: stop),
        still.count < lacking.count
      {
        outcomes[job.id] = .translated(strict, missing: still)
      } else {
        outcomes[job.id] = .translated(text, missing: lacking)
      }
    }
    return outcomes
  }

  /// One sentence alone.
  private func single(_ job: TranslationJob, strict: Bool = false, stop: StopSignal) async
    -> BackendOutcome
  {
    if let failure = await stop.failure { return .failed(failure.message) }
    do {
      guard let answer = try await backend.translate([job], strict: strict)[job.id] else {
        return .rejected("the backend gave no answer for the sentence")
      }
      switch ReplyCheck.clean(answer, strict: backend.isLanguageModel) {
      case .success(let text): return .translated(text, missing: missing(job, text))
      case .failure(let rejection): return .rejected("the backend answered \(rejection)")
      }
    } catch let failure as BackendFailure {
      if failure.stopsBackend { await stop.record(failure) }
      return .failed(failure.message)
    } catch {
      return .rejected("the backend answered \(error)")
    }
  }

  private func missing(_ job: TranslationJob, _ text: String) -> [String] {
    RenderingCheck.missing(check[job.id] ?? job.required, in: text)
  }
}

/// The first failure that stopped the backend, shared by the batches in flight.
actor StopSignal {
  private(set) var failure: BackendFailure?
  func record(_ failure: BackendFailure) { if self.failure == nil { self.failure = failure } }
}
