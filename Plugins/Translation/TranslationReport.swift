import JieduCore
import JieduVocabulary

extension TranslationStage {
  /// Writes each sentence's translation, one diagnostic per sentence that lacks a required
  /// rendering, one for a backend that failed, and the document's figures (`reports.translation`,
  /// and a progress line for `-v`).
  func report(
    _ results: [Int: SentenceTranslation], sentences: [TranslatableSentence],
    failure: BackendFailure?, into document: inout Document, context: StageContext
  ) throws {
    var origins: [TranslationOrigin: Int] = [:]
    var required = 0
    var found = 0
    var untranslated: [TranslatableSentence] = []
    for sentence in sentences {
      guard let t = results[sentence.index] else { continue }
      document.blocks[sentence.block].sentences[sentence.sentence].translation = t
      guard let origin = t.origin else {
        untranslated.append(sentence)
        continue
      }
      origins[origin, default: 0] += 1
      required += t.required.count
      found += t.required.count - t.missingTerms.count
      if !t.missingTerms.isEmpty {
        let list = t.missingTerms.map { "'\($0)'" }.joined(separator: ", ")
        document.diagnostics.append(
          .warning(
            "sentence “\(sentence.source.prefix(24))…”: the English lacks the required rendering \(list)",
            stage: Self.id, block: document.blocks[sentence.block].id))
      }
    }
    if !untranslated.isEmpty, backend != nil || !memory.isEmpty {
      let reason =
        failure?.message
        ?? results[untranslated[0].index]?.problem ?? "no source had an English sentence"
      let message =
        "\(untranslated.count) of \(sentences.count) sentences have no English: \(reason)"
      if options.required { throw JieduError(message + " (required: true)") }
      document.diagnostics.append(.warning(message, stage: Self.id))
    }
    let rate = required == 0 ? 1.0 : Double(found) / Double(required)
    var figures: [String: JSONValue] = [
      "sentences": .number(Double(sentences.count)),
      "translated": .number(Double(sentences.count - untranslated.count)),
      "required-terms": .number(Double(required)),
      "found-terms": .number(Double(found)),
      "term-success-rate": .number((rate * 10000).rounded() / 10000),
      "terms-in-prompt": .bool(options.enforceTerms && (backend?.takesTerminology ?? false)),
    ]
    var byOrigin: [String: JSONValue] = [:]
    for (origin, count) in origins { byOrigin[origin.rawValue] = .number(Double(count)) }
    figures["origins"] = .object(byOrigin)
    if let backend { figures["model"] = .string(backend.model) }
    document.reports = (document.reports ?? [:]).merging([Self.id: .object(figures)]) { $1 }
    let counts = TranslationOrigin.allCases.map { "\($0.rawValue) \(origins[$0] ?? 0)" }
    context.progress(
      "translation: \(sentences.count - untranslated.count) of \(sentences.count) sentences in English ("
        + counts.joined(separator: ", ")
        + "); term success \(found)/\(required) = \(String(format: "%.1f", rate * 100)) %")
  }
}
