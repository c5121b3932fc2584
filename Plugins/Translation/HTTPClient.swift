import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// JSON over HTTP POST with a per-request timeout and retries: exponential backoff from half a
/// second, `Retry-After` honoured on 429 and 503. Every failure is one line naming the URL.
struct HTTPClient: Sendable {
  /// Seconds a request may take.
  var timeout: Double
  /// Retries after the first attempt.
  var retries: Int
  private let session: URLSession

  /// A client.
  init(timeout: Double, retries: Int) {
    self.timeout = timeout
    self.retries = retries
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    configuration.httpMaximumConnectionsPerHost = 16
    session = URLSession(configuration: configuration)
  }

  /// Posts a JSON body and returns the reply body of a 2xx answer.
  func post(_ url: URL, json body: Data, headers: [String: String] = [:]) async throws -> Data {
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    var attempt = 0
    while true {
      attempt += 1
      let outcome = await send(request)
      switch outcome {
      case .success(let data):
        return data
      case .failure(let problem, let retryable, let wait):
        guard retryable, attempt <= retries else {
          let tries = attempt > 1 ? " after \(attempt) attempts" : ""
          throw BackendFailure(
            message: "backend \(url.absoluteString): \(problem)\(tries)",
            stopsBackend: problem.stops)
        }
        let backoff = 0.5 * pow(2, Double(attempt - 1))
        let delay = min(max(wait ?? backoff, backoff), 60)
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
      }
    }
  }

  /// What went wrong with one attempt.
  struct Problem: CustomStringConvertible {
    var description: String
    /// Whether the backend should get no more requests.
    var stops: Bool
  }

  private enum Outcome {
    case success(Data)
    case failure(Problem, retryable: Bool, wait: Double?)
  }

  private func send(_ request: URLRequest) async -> Outcome {
    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await withDeadline(timeout + 2) {
        try await session.data(for: request)
      }
    } catch is DeadlineExceeded {
      return .failure(
        Problem(description: "no answer within \(seconds(timeout))", stops: true), retryable: true,
        wait: nil)
    } catch {
      let code = (error as? URLError)?.code
      let text: String
      switch code {
      case .cannotConnectToHost?: text = "connection refused"
      case .timedOut?: text = "no answer within \(seconds(timeout))"
      case .cannotFindHost?, .dnsLookupFailed?: text = "unknown host"
      case .networkConnectionLost?: text = "the connection was closed before an answer"
      default: text = (error as NSError).localizedDescription
      }
      return .failure(Problem(description: text, stops: true), retryable: true, wait: nil)
    }
    guard let http = response as? HTTPURLResponse else {
      return .failure(
        Problem(description: "not an HTTP answer", stops: true), retryable: false, wait: nil)
    }
    guard (200..<300).contains(http.statusCode) else {
      let status = http.statusCode
      let reason = HTTPURLResponse.localizedString(forStatusCode: status)
      let snippet = String(decoding: data.prefix(120), as: UTF8.self)
        .replacingOccurrences(of: "\n", with: " ")
      let text = "HTTP \(status) (\(reason))" + (snippet.isEmpty ? "" : ": \(snippet)")
      let retryable = status == 429 || status >= 500
      let wait = (http.value(forHTTPHeaderField: "Retry-After")).flatMap(Double.init)
      return .failure(
        Problem(description: text, stops: !retryable || status >= 500), retryable: retryable,
        wait: wait)
    }
    return .success(data)
  }

  private func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}

/// Thrown when an operation outlives its deadline.
struct DeadlineExceeded: Error {}

/// Runs `operation`, giving up after `seconds` (a hung connection never holds the run).
func withDeadline<T: Sendable>(
  _ seconds: Double, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
  try await withThrowingTaskGroup(of: T.self) { group in
    group.addTask { try await operation() }
    group.addTask {
      try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
      throw DeadlineExceeded()
    }
    defer { group.cancelAll() }
    guard let first = try await group.next() else { throw DeadlineExceeded() }
    return first
  }
}
