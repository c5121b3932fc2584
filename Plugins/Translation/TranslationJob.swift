/// One sentence to translate, with what the backend is told about it.
struct TranslationJob: Sendable, Equatable {
  /// The id the backend answers under (`s12`).
  var id: String
  /// The Chinese sentence.
  var source: String
  /// Preceding sentences given as context, not to be translated.
  var context: [String]
  /// Renderings the English must use (empty when `enforce-terms` is off).
  var required: [RequiredRendering]
}

/// A backend request that failed, in one line naming the URL and what went wrong.
struct BackendFailure: Error, CustomStringConvertible {
  /// `backend http://127.0.0.1:8080/v1/chat/completions: HTTP 500 (…) after 3 attempts`.
  var message: String
  /// Whether further requests to the backend are pointless (it is down, or refuses us).
  var stopsBackend: Bool
  /// The message.
  var description: String { message }
}

/// A machine-translation backend: answers jobs with English by job id. A reply may lack ids; the
/// stage checks every answer and asks again for what it rejects.
protocol TranslationBackend: Sendable {
  /// Sentences per request.
  var batchSize: Int { get }
  /// Requests in flight at once.
  var concurrency: Int { get }
  /// What a cached answer depends on besides the sentence (kind, model, endpoint, prompt version).
  var identity: String { get }
  /// The model named in the output.
  var model: String { get }
  /// The backend kind (`openai`, `libretranslate`).
  var kind: String { get }
  /// Whether the backend can be told the required renderings (and asked again, more strictly).
  var takesTerminology: Bool { get }
  /// Whether answers are checked for what language models do instead of translating (the Chinese
  /// echoed back, reasoning text, remarks); an MT engine's answer is only checked for being empty.
  var isLanguageModel: Bool { get }
  /// Translates the jobs; `strict` states the required renderings as a rule that must be obeyed.
  func translate(_ jobs: [TranslationJob], strict: Bool) async throws -> [String: String]
}
