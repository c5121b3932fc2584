import Foundation

/// An OpenAI-compatible server (llama.cpp's llama-server, vLLM, Ollama, hosted APIs): chat requests
/// with a JSON answer per batch, or few-shot `/v1/completions` for base models, one sentence each.
struct OpenAIBackend: TranslationBackend {
  let settings: BackendSettings
  let client: HTTPClient

  init(settings: BackendSettings) {
    self.settings = settings
    client = HTTPClient(timeout: settings.timeout, retries: settings.retries)
  }

  var batchSize: Int { settings.api == .chat ? settings.batch : 1 }
  var concurrency: Int { settings.concurrency }
  var identity: String { settings.identity + "|" + TranslationPrompt.version }
  var model: String { settings.model }
  var kind: String { "openai" }
  var takesTerminology: Bool { true }
  var isLanguageModel: Bool { true }

  private var headers: [String: String] {
    settings.apiKey.map { ["Authorization": "Bearer \($0)"] } ?? [:]
  }

  /// The endpoint under the base URL; a URL that already ends in `/v1` is not doubled.
  private func endpoint(_ path: String) -> URL {
    let base =
      settings.url.absoluteString.hasSuffix("/")
      ? String(settings.url.absoluteString.dropLast()) : settings.url.absoluteString
    let trimmed = base.hasSuffix("/v1") ? String(base.dropLast(3)) : base
    return URL(string: trimmed + "/v1/" + path) ?? settings.url
  }

  func translate(_ jobs: [TranslationJob], strict: Bool) async throws -> [String: String] {
    switch settings.api {
    case .completions:
      var answers: [String: String] = [:]
      for job in jobs { answers[job.id] = try await complete(job, strict: strict) }
      return answers
    case .chat:
      if jobs.count == 1, let job = jobs.first {
        return [job.id: try await chat(TranslationPrompt.single(job, strict: strict))]
      }
      let reply = try await chat(TranslationPrompt.batch(jobs, strict: strict))
      return try BatchReply.parse(reply, ids: jobs.map(\.id))
    }
  }

  private func chat(_ prompt: String) async throws -> String {
    let body: [String: Any] = [
      "model": settings.model, "temperature": settings.temperature, "stream": false,
      "messages": [
        ["role": "system", "content": TranslationPrompt.system],
        ["role": "user", "content": prompt],
      ],
    ]
    let url = endpoint("chat/completions")
    let data = try await client.post(
      url, json: try JSONSerialization.data(withJSONObject: body), headers: headers)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let choices = object["choices"] as? [[String: Any]], let first = choices.first,
      let message = first["message"] as? [String: Any], let content = message["content"] as? String
    else {
      throw BackendFailure(
        message:
          "backend \(url.absoluteString): the answer is not a chat completion (no choices[0].message.content)",
        stopsBackend: false)
    }
    return content
  }

  private func complete(_ job: TranslationJob, strict: Bool) async throws -> String {
    let body: [String: Any] = [
      "model": settings.model, "temperature": settings.temperature, "stream": false,
      "prompt": TranslationPrompt.fewShot(job, strict: strict), "stop": ["\n"],
      "max_tokens": max(48, job.source.count * 3),
    ]
    let url = endpoint("completions")
    let data = try await client.post(
      url, json: try JSONSerialization.data(withJSONObject: body), headers: headers)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let choices = object["choices"] as? [[String: Any]],
      let text = choices.first?["text"] as? String
    else {
      throw BackendFailure(
        message:
          "backend \(url.absoluteString): the answer is not a completion (no choices[0].text)",
        stopsBackend: false)
    }
    return text
  }
}

/// A batch answer: a JSON object mapping ids to English, perhaps inside a ```json fence.
enum BatchReply {
  /// The answers by id. A duplicated id is left out (its sentence is asked again alone); a reply
  /// that is no JSON object at all throws.
  static func parse(_ reply: String, ids: [String]) throws -> [String: String] {
    if reply.lowercased().contains("<think>") { throw ReplyCheck.Rejection.reasoning }
    guard let open = reply.firstIndex(of: "{"), let close = reply.lastIndex(of: "}"), open < close,
      let object = try? JSONSerialization.jsonObject(with: Data(reply[open...close].utf8))
        as? [String: Any]
    else {
      throw ReplyCheck.Rejection.malformed(String(reply.prefix(40)))
    }
    let raw = String(reply[open...close])
    var answers: [String: String] = [:]
    for id in ids {
      guard let text = object[id] as? String else { continue }
      if occurrences(of: "\"\(id)\"", in: raw) > 1 { continue }
      answers[id] = text
    }
    return answers
  }

  private static func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
