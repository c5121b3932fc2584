import Foundation

/// LibreTranslate's `POST /translate`, with `q` as an array (one request per batch).
struct LibreTranslateBackend: TranslationBackend {
  let settings: BackendSettings
  let client: HTTPClient

  init(settings: BackendSettings) {
    self.settings = settings
    client = HTTPClient(timeout: settings.timeout, retries: settings.retries)
  }

  var batchSize: Int { settings.batch }
  var concurrency: Int { settings.concurrency }
  var identity: String { settings.identity }
  var model: String { "libretranslate" }
  var kind: String { "libretranslate" }
  var takesTerminology: Bool { false }
  var isLanguageModel: Bool { false }

  func translate(_ jobs: [TranslationJob], strict: Bool) async throws -> [String: String] {
    var body: [String: Any] = [
      "q": jobs.map(\.source), "source": settings.source, "target": settings.target,
      "format": "text",
    ]
    if let key = settings.apiKey { body["api_key"] = key }
    let url = settings.url.appendingPathComponent("translate")
    let data = try await client.post(url, json: try JSONSerialization.data(withJSONObject: body))
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    let texts: [String]?
    if let many = object?["translatedText"] as? [String] {
      texts = many
    } else if let one = object?["translatedText"] as? String, jobs.count == 1 {
      texts = [one]
    } else {
      texts = nil
    }
    guard let texts, texts.count == jobs.count else {
      throw BackendFailure(
        message:
          "backend \(url.absoluteString): the answer has no translatedText list of \(jobs.count)",
        stopsBackend: false)
    }
    return Dictionary(uniqueKeysWithValues: zip(jobs.map(\.id), texts))
  }
}
