import Foundation
import JieduCore
import JieduVocabulary

/// The `translation` stage: an English sentence for every sentence, from translation memories, the
/// cache or a machine-translation backend, with the official renderings the glossary and
/// abbreviations stages found required of it, checked afterwards and reported.
///
/// Writes `translation: {text, origin, score, model, required-terms, missing-terms}` on each
/// sentence and the document's term success rate under `reports.translation`.
public struct TranslationStage: AnnotationStage {
  /// The stage id.
  public static let id = "translation"
  /// One line on what it does.
  public static let summary =
    "English for every sentence: translation memories, a cache, an OpenAI-compatible or LibreTranslate backend; official renderings required and checked"
  /// It reads the renderings of terms and formulas.
  public static let requires: Set<Capability> = [.tokens, .terms, .formulas]
  /// It adds sentence translations.
  public static let produces: Set<Capability> = [.translations]

  /// Without memories or a backend the stage adds nothing (and sends nothing anywhere).
  public static let examples: [StageExample] = [StageExample("今天天气很好。")]

  /// The options.
  public let options: TranslationOptions
  let memory: TranslationMemory
  let backend: (any TranslationBackend)?
  let cacheURL: URL?

  /// Loads the memories and sets up the backend; errors name the file and line.
  public init(options: TranslationOptions, context: StageContext) async throws {
    self.options = options
    memory = try TranslationMemory.load(options.memory.map { (context.resolve($0), $0) })
    switch options.backend?.kind {
    case .openai?: backend = OpenAIBackend(settings: options.backend!)
    case .libretranslate?: backend = LibreTranslateBackend(settings: options.backend!)
    case nil: backend = nil
    }
    cacheURL = Self.cacheURL(options: options, context: context)
  }

  /// The cache file the options name, else `translations.sqlite` in the stage's cache folder.
  public static func cacheURL(options: TranslationOptions, context: StageContext) -> URL? {
    if let path = options.cache { return context.resolve(path) }
    return context.cacheDirectory?.appendingPathComponent("translations.sqlite")
  }

  public func annotate(_ document: inout Document, context: StageContext) async throws {
    let sentences = TranslatableSentence.all(
      in: document, contextSize: options.backend?.context ?? 0)
    var results: [Int: SentenceTranslation] = [:]
    var pending: [TranslatableSentence] = []
    for sentence in sentences {
      switch memory.match(sentence.source, threshold: options.fuzzyThreshold) {
      case .exact(let unit)?:
        results[sentence.index] = translation(sentence, unit.target, origin: .memory)
      case .fuzzy(let unit, let score)? where score >= options.acceptFuzzy:
        var t = translation(sentence, unit.target, origin: .fuzzy)
        t.score = score
        t.memorySource = unit.source
        results[sentence.index] = t
      case .fuzzy(let unit, let score)?:
        pending.append(
          sentence.suggesting(
            MemorySuggestion(text: unit.target, score: score, source: unit.source)))
      case nil:
        pending.append(sentence)
      }
    }

    var failure: BackendFailure?
    if let backend, !pending.isEmpty {
      failure = try await translate(pending, with: backend, into: &results, document: &document)
    }
    for sentence in pending where results[sentence.index] == nil {
      results[sentence.index] = SentenceTranslation(
        text: "", origin: nil, required: sentence.required.map(\.english),
        suggestion: sentence.suggestion,
        problem: backend == nil ? "no memory match and no backend configured" : nil)
    }
    try report(results, sentences: sentences, failure: failure, into: &document, context: context)
  }

  func untranslated(_ sentence: TranslatableSentence, problem: String)
    -> SentenceTranslation
  {
    SentenceTranslation(
      text: "", origin: nil, required: sentence.required.map(\.english),
      suggestion: sentence.suggestion, problem: problem)
  }

  func translation(
    _ sentence: TranslatableSentence, _ text: String, origin: TranslationOrigin
  ) -> SentenceTranslation {
    SentenceTranslation(
      text: text, origin: origin, required: sentence.required.map(\.english),
      missingTerms: RenderingCheck.missing(sentence.required, in: text),
      suggestion: sentence.suggestion)
  }

  func openCache(_ document: inout Document) throws -> TranslationCache? {
    guard let cacheURL else { return nil }
    var notices: [String] = []
    let cache = try TranslationCache(url: cacheURL) { notices.append($0) }
    for notice in notices { document.diagnostics.append(.warning(notice, stage: Self.id)) }
    return cache
  }

  /// Everything the answer depends on: backend identity, prompt version, sentence, context and the
  /// required renderings put in the prompt.
  func cacheKey(_ sentence: TranslatableSentence, backend: any TranslationBackend) -> String {
    let required =
      options.enforceTerms
      ? sentence.required.map { "\($0.chinese)=\($0.english)" }.sorted().joined(separator: "\u{1F}")
      : ""
    let parts = [
      backend.identity, sentence.source, sentence.context.joined(separator: "\u{1F}"), required,
    ]
    return SHA256Digest.hex(Array(parts.joined(separator: "\u{1E}").utf8))
  }
}

extension Capability {
  /// Sentence translations (`translation` on each sentence), produced by the `translation` stage.
  public static let translations = Capability("translations")
}
