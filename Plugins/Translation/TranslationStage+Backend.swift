import Foundation
import JieduCore
import JieduVocabulary

extension TranslationStage {
  /// Sentences no memory translated: from the cache, else from the backend (answers cached as they
  /// come, rejections too). Returns the failure that stopped the backend, if one did.
  func translate(
    _ pending: [TranslatableSentence], with backend: any TranslationBackend,
    into results: inout [Int: SentenceTranslation], document: inout Document
  ) async throws -> BackendFailure? {
    let cache = try openCache(&document)
    let keyed = pending.map { (sentence: $0, key: cacheKey($0, backend: backend)) }
    let cached = (try? cache?.lookup(keyed.map(\.key))) ?? [:]
    let rejected = (try? cache?.rejections(keyed.map(\.key))) ?? [:]
    var remaining: [(sentence: TranslatableSentence, key: String)] = []
    for item in keyed {
      if let text = cached[item.key] {
        var t = translation(item.sentence, text, origin: .cache)
        t.model = backend.model
        results[item.sentence.index] = t
      } else if let reason = rejected[item.key] {
        results[item.sentence.index] = untranslated(
          item.sentence, problem: reason + " (cached; `jiedu cache clear` asks again)")
      } else {
        remaining.append(item)
      }
    }
    let byID = Dictionary(uniqueKeysWithValues: remaining.map { ("s\($0.sentence.index)", $0) })
    let jobs = remaining.map { item in
      TranslationJob(
        id: "s\(item.sentence.index)", source: item.sentence.source,
        context: item.sentence.context,
        required: options.enforceTerms ? item.sentence.required : [])
    }
    let run = BackendRun(
      backend: backend, check: byID.mapValues(\.sentence.required),
      retryTerms: options.enforceTerms)
    var storeProblem: String?
    let (outcomes, stopped) = await run.run(jobs) { batch in
      let entries = batch.compactMap { id, outcome -> CachedTranslation? in
        guard case .translated(let text, _) = outcome, let item = byID[id] else { return nil }
        return CachedTranslation(
          key: item.key, source: item.sentence.source, text: text, backend: backend.kind,
          model: backend.model)
      }
      let rejections = batch.compactMap { id, outcome -> (key: String, reason: String)? in
        guard case .rejected(let reason) = outcome, let item = byID[id] else { return nil }
        return (item.key, reason)
      }
      do {
        try cache?.store(entries)
        try cache?.reject(rejections)
      } catch { storeProblem = "\(error)" }
    }
    if let storeProblem {
      document.diagnostics.append(
        .warning("could not write the translation cache: \(storeProblem)", stage: Self.id))
    }
    for (id, outcome) in outcomes {
      guard let item = byID[id] else { continue }
      switch outcome {
      case .translated(let text, _):
        var t = translation(item.sentence, text, origin: .backend)
        t.model = backend.model
        results[item.sentence.index] = t
      case .failed(let reason), .rejected(let reason):
        results[item.sentence.index] = untranslated(item.sentence, problem: reason)
      }
    }
    return stopped
  }
}
