import Foundation
import Testing

/// The translation stage against a real llama.cpp `llama-server` serving Gemma 3 270M on
/// 127.0.0.1, started here through scripts/start-llm.sh (built once, cached under ~/.cache/jiedu).
/// `make test` sets `JIEDU_REQUIRE_LLM=1` and builds the server first; without it the suite runs only
/// when a built server is already cached.
@Suite("Translation with a real llama-server", .serialized, .enabled(if: LocalModel.wanted))
struct LocalModelTests {
  @Test func theSeedIsTranslatedCachedAndTermChecked() throws {
    let server = try LocalModel()
    defer { server.stop() }
    let folder = try CLIRunner.temporaryDirectory()
    let config = folder.appendingPathComponent("config.yaml")
    try """
    stages:
      - id: glossary
      - id: abbreviations
      - id: translation
        options:
          backend: {kind: openai, url: "\(server.url)", model: gemma-3-270m, api: completions, concurrency: 2, timeout: 120}
          cache: cache.sqlite
    """.write(to: config, atomically: true, encoding: .utf8)
    let arguments = [
      "annotate", CLIRunner.seed.path, "--config", config.path, "--format", "json", "-v",
    ]

    let first = try CLIRunner.run(arguments, in: folder, timeout: 900)
    #expect(first.status == 0, "\(first.stderr.suffix(500))")
    let sentences = try LocalModel.translations(first.stdout)
    let english = sentences.filter { !($0["text"] as? String ?? "").isEmpty }
    // The 270M base model echoes a few sentences back; those are kept without English and reported.
    #expect(
      english.count * 10 >= sentences.count * 8, "\(english.count) of \(sentences.count) in English"
    )
    #expect(english.allSatisfy { $0["origin"] as? String == "backend" })
    #expect(
      sentences.filter { ($0["text"] as? String ?? "").isEmpty }.allSatisfy { $0["problem"] != nil }
    )
    #expect(first.stderr.contains("term success"))
    let report = try #require(
      ((try JSONSerialization.jsonObject(with: first.stdout) as? [String: Any])?["reports"]
        as? [String: Any])?["translation"] as? [String: Any])
    // Only official and established renderings are required (about 115 mentions in the seed);
    // descriptive ones are advice.
    #expect((report["required-terms"] as? Int ?? 0) > 50 && report["term-success-rate"] != nil)
    let requests = server.requests
    #expect(requests >= english.count)

    let second = try CLIRunner.run(arguments, in: folder, timeout: 300)
    #expect(second.status == 0)
    #expect(server.requests == requests, "the second run sent requests")
    let again = try LocalModel.translations(second.stdout)
    #expect(again.filter { $0["origin"] as? String == "cache" }.count == english.count)
  }
}

/// A llama-server started for a test.
struct LocalModel {
  static let script = CLIRunner.root.appendingPathComponent("scripts/start-llm.sh")
  static let required = ProcessInfo.processInfo.environment["JIEDU_REQUIRE_LLM"] == "1"
  /// Whether to run: required, or a server binary is already built.
  static var wanted: Bool {
    if required { return true }
    let cache = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
      ".cache/jiedu/llama")
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    return versions.contains {
      FileManager.default.isExecutableFile(
        atPath: cache.appendingPathComponent("\($0)/llama-server").path)
    }
  }

  let url: String
  let pid: String
  let log: URL

  init() throws {
    let folder = try CLIRunner.temporaryDirectory()
    log = folder.appendingPathComponent("server.log")
    let answer = folder.appendingPathComponent("serve.out")
    let problems = folder.appendingPathComponent("serve.err")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "exec \"$0\" serve --log \"$1\" >\"$2\" 2>\"$3\" </dev/null", LocalModel.script.path,
      log.path,
      answer.path, problems.path,
    ]
    try process.run()
    // Wait for the one line it prints (the first call may build the server: about 10 minutes), by
    // polling the file: Foundation's wait for a script whose background child lives on can hang.
    let deadline = Date().addingTimeInterval(1200)
    var line = ""
    while Date() < deadline {
      line = ((try? String(contentsOf: answer, encoding: .utf8)) ?? "")
      if line.hasSuffix("\n") || kill(process.processIdentifier, 0) != 0 { break }
      usleep(200_000)
    }
    line = line.trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = line.split(separator: " ")
    guard parts.count == 2, parts[0].hasPrefix("http://") else {
      let reason = ((try? String(contentsOf: problems, encoding: .utf8)) ?? "").suffix(400)
      throw CocoaError(
        .executableLoad,
        userInfo: [NSLocalizedDescriptionKey: "start-llm.sh serve failed: \(line) \(reason)"])
    }
    url = String(parts[0])
    pid = String(parts[1])
  }

  /// Prompts the server has finished (one `slot release` line each in its log).
  var requests: Int {
    ((try? String(contentsOf: log, encoding: .utf8)) ?? "").components(separatedBy: "release:")
      .count - 1
  }

  func stop() {
    let process = Process()
    process.executableURL = LocalModel.script
    process.arguments = ["stop", pid]
    try? process.run()
    for _ in 0..<100 where kill(process.processIdentifier, 0) == 0 { usleep(100_000) }
  }

  /// The `translation` object of every sentence with one.
  static func translations(_ json: Data) throws -> [[String: Any]] {
    let document = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    return (document?["blocks"] as? [[String: Any]] ?? []).flatMap {
      ($0["sentences"] as? [[String: Any]] ?? []).compactMap { $0["translation"] as? [String: Any] }
    }
  }
}
