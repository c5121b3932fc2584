import Foundation
import JieduCore

/// The kinds of machine-translation backend the stage speaks.
public enum BackendKind: String, CaseIterable, Sendable, OptionChoices {
  /// The OpenAI-compatible API: llama.cpp's llama-server, vLLM, Ollama, hosted services.
  case openai
  /// LibreTranslate's `POST /translate`.
  case libretranslate
  /// "unknown backend kind 'x'".
  public static let choiceNoun = "backend kind"
}

/// Which OpenAI-compatible endpoint is used.
public enum OpenAIEndpoint: String, CaseIterable, Sendable, OptionChoices {
  /// `/v1/chat/completions` with instructions and a JSON reply (instruct models).
  case chat
  /// `/v1/completions` with a few-shot prompt, one sentence per request (base models).
  case completions
  /// "unknown api 'x'".
  public static let choiceNoun = "api"
}

/// The `backend:` mapping of the translation stage. Unknown keys are refused with a suggestion; an
/// API key written into the YAML is refused (name an environment variable with `api-key-env`).
public struct BackendSettings: Decodable, Sendable, Equatable {
  /// Which protocol.
  public var kind: BackendKind
  /// The server's base URL (`http://127.0.0.1:8080`).
  public var url: URL
  /// The model name sent to an OpenAI-compatible server.
  public var model: String
  /// The environment variable holding the API key.
  public var apiKeyEnv: String?
  /// Chat or few-shot completions.
  public var api: OpenAIEndpoint
  /// Sampling temperature.
  public var temperature: Double
  /// Sentences per chat request.
  public var batch: Int
  /// Preceding sentences given as context (chat only), not translated.
  public var context: Int
  /// Requests in flight at once.
  public var concurrency: Int
  /// Seconds a request may take.
  public var timeout: Double
  /// Retries after a failed request (exponential backoff; `Retry-After` honoured).
  public var retries: Int
  /// LibreTranslate's source language (`zh` or `zh-Hans`).
  public var source: String
  /// The target language.
  public var target: String

  /// Every key the mapping accepts.
  public static let keys = [
    "kind", "url", "model", "api-key-env", "api", "temperature", "batch", "context", "concurrency",
    "timeout", "retries", "source", "target",
  ]

  /// Creates settings with the defaults for everything but the kind and URL.
  public init(kind: BackendKind, url: URL, model: String = "default", api: OpenAIEndpoint = .chat) {
    self.kind = kind
    self.url = url
    self.model = model
    self.api = api
    apiKeyEnv = nil
    temperature = 0
    batch = 8
    context = 0
    concurrency = 4
    timeout = 60
    retries = 2
    source = "zh"
    target = "en"
  }

  /// Decodes the mapping, naming the offending key on any problem.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    for key in c.allKeys where !BackendSettings.keys.contains(key.stringValue) {
      let hint =
        ["api-key", "api_key", "key", "token"].contains(key.stringValue)
        ? "; do not write a key into the config: put it in an environment variable and name that with api-key-env"
        : NameSuggestion.didYouMean(key.stringValue, in: BackendSettings.keys)
          + "; valid: \(BackendSettings.keys.joined(separator: ", "))"
      throw DecodingError.dataCorruptedError(
        forKey: key, in: c, debugDescription: "unknown backend key '\(key.stringValue)'\(hint)")
    }
    func value<T: Decodable>(_ name: String, _ fallback: T) throws -> T {
      try c.decodeIfPresent(T.self, forKey: AnyKey(name)) ?? fallback
    }
    guard c.contains(AnyKey("kind")) else {
      throw DecodingError.keyNotFound(
        AnyKey("kind"),
        .init(
          codingPath: c.codingPath, debugDescription: "backend needs kind: openai|libretranslate"))
    }
    kind = try c.decode(BackendKind.self, forKey: AnyKey("kind"))
    let text = try c.decodeIfPresent(String.self, forKey: AnyKey("url")) ?? ""
    guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil
    else {
      throw DecodingError.dataCorruptedError(
        forKey: AnyKey("url"), in: c,
        debugDescription: text.isEmpty
          ? "backend needs url: (http://host:port)" : "not an http(s) URL: '\(text)'")
    }
    self.url = url
    model = try value("model", "default")
    apiKeyEnv = try value("api-key-env", String?.none)
    api = try value("api", OpenAIEndpoint.chat)
    temperature = try value("temperature", 0.0)
    batch = try value("batch", 8)
    context = try value("context", 0)
    concurrency = try value("concurrency", 4)
    timeout = try value("timeout", 60.0)
    retries = try value("retries", 2)
    source = try value("source", "zh")
    target = try value("target", "en")
    for (name, number, lowest) in [
      ("batch", batch, 1), ("concurrency", concurrency, 1), ("context", context, 0),
      ("retries", retries, 0),
    ] where number < lowest {
      throw DecodingError.dataCorruptedError(
        forKey: AnyKey(name), in: c, debugDescription: "must be at least \(lowest) (got \(number))")
    }
    guard timeout > 0 else {
      throw DecodingError.dataCorruptedError(
        forKey: AnyKey("timeout"), in: c, debugDescription: "must be more than 0 seconds")
    }
  }

  /// The API key from the environment, if one is named and set.
  public var apiKey: String? {
    apiKeyEnv.flatMap { ProcessInfo.processInfo.environment[$0] }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// What a cached answer depends on besides the sentence: kind, model, endpoint, target.
  var identity: String {
    "\(kind.rawValue)|\(model)|\(kind == .openai ? api.rawValue : source)|\(target)|\(temperature)"
  }
}
