import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17: the dictionary caches (CC-CEDICT's index, the traditional table, the segmenter's
/// lexicon, the built-in formula list's and glossary's entries) under `<data>/cache/` — two processes building them at once both succeed, a damaged
/// cache is rebuilt with a warning, a SIGKILL while they are written leaves nothing half-written.
@Suite("Dictionary caches, end to end", .serialized)
struct CacheSafetyTests {
  /// The cache files a run over the default config writes.
  static let caches = [
    "dictionary/index.cache", "dictionary/traditional-folding.txt", "segmenter/segmenter-lexicon-",
    "abbreviations/formulas-", "glossary/builtin-",
  ]

  /// A data folder of its own: links to the real dictionaries, no cache yet.
  func privateData() throws -> URL {
    let data = try CLIRunner.temporaryDirectory().appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let real = CLIRunner.root.appendingPathComponent("data")
    for name in try FileManager.default.contentsOfDirectory(atPath: real.path) where name != "cache"
    {
      try FileManager.default.createSymbolicLink(
        at: data.appendingPathComponent(name), withDestinationURL: real.appendingPathComponent(name)
      )
    }
    return data
  }

  /// The files under `<data>/cache`.
  func cacheFiles(_ data: URL) -> [String] {
    Kill.files(under: data.appendingPathComponent("cache"))
  }

  /// Whether every cache a run writes is there, and nothing else.
  func holdsExactlyTheCaches(_ data: URL) -> Bool {
    let files = cacheFiles(data)
    return files.count == Self.caches.count
      && Self.caches.allSatisfy { prefix in files.contains { $0.hasPrefix(prefix) } }
  }

  @Test func twoProcessesBuildingTheCachesAtOnceBothSucceed() throws {
    let data = try privateData()
    let folder = try CLIRunner.temporaryDirectory()
    let article = try Safety.article(in: folder)
    // Two processes started side by side (not shell background jobs: the test runner's blocked
    // SIGCHLD would leave `wait` hanging).
    let runs = try ["one.json", "two.json"].map { name in
      try Kill.Started(
        ["annotate", article.path, "--format", "json", "-o", name], in: folder,
        environment: ["JIEDU_DATA": data.path])
    }
    for run in runs {
      #expect(run.wait(seconds: 600))
      #expect(run.process.terminationReason == .exit && run.process.terminationStatus == 0)
      #expect(!run.stderr.contains("damaged") && !run.stderr.contains("error"), "\(run.stderr)")
    }
    let one = try Data(contentsOf: folder.appendingPathComponent("one.json"))
    #expect(one == (try Data(contentsOf: folder.appendingPathComponent("two.json"))))
    #expect(holdsExactlyTheCaches(data), "\(cacheFiles(data))")
    // A third run reads them: same document, nothing said.
    let third = try Safety.shell(
      "exec \"$JIEDU\" annotate \(Safety.quoted(article.path)) --format json", in: folder,
      environment: ["JIEDU_DATA": data.path])
    #expect(third.status == 0 && third.stderr.isEmpty, "\(third.stderr)")
    #expect(third.stdout == one)
  }

  /// Each cache damaged in its own way: truncated, a block overwritten in the middle, cut inside
  /// its table. The run warns once per cache, gives the same document, and rewrites the caches.
  @Test func damagedCachesAreRebuiltWithAWarning() throws {
    let data = try privateData()
    let folder = try CLIRunner.temporaryDirectory()
    let article = try Safety.article(in: folder)
    let command = "exec \"$JIEDU\" annotate \(Safety.quoted(article.path)) --format json"
    let first = try Safety.shell(command, in: folder, environment: ["JIEDU_DATA": data.path])
    #expect(first.status == 0, "\(first.stderr)")
    let cache = data.appendingPathComponent("cache")
    let files = cacheFiles(data)
    let originals = try files.map { try Data(contentsOf: cache.appendingPathComponent($0)) }
    for (name, original) in zip(files, originals) {
      var bytes = [UInt8](original)
      if name.hasPrefix("dictionary/index") {
        bytes = Array(bytes.prefix(bytes.count / 2))
      } else if name.hasPrefix("segmenter/") {
        for index in (bytes.count / 2)..<(bytes.count / 2 + 4096) { bytes[index] = 0xA5 }
      } else {
        bytes = Array(bytes.prefix(bytes.count - 40))
      }
      try Data(bytes).write(to: cache.appendingPathComponent(name))
    }
    let second = try Safety.shell(command, in: folder, environment: ["JIEDU_DATA": data.path])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout == first.stdout)
    let lines = second.stderr.split(separator: "\n")
    #expect(lines.count == Self.caches.count, "\(second.stderr)")
    for name in files {
      #expect(
        lines.contains {
          $0.hasPrefix("jiedu: warning: cache '") && $0.contains(name)
            && $0.hasSuffix("rebuilding it")
        }, "no warning for \(name): \(second.stderr)")
    }
    for (name, original) in zip(files, originals) {
      #expect(try Data(contentsOf: cache.appendingPathComponent(name)) == original, "\(name)")
    }
    let third = try Safety.shell(command, in: folder, environment: ["JIEDU_DATA": data.path])
    #expect(third.status == 0 && third.stderr.isEmpty, "\(third.stderr)")
  }

  /// SIGKILL as soon as the first cache is being written: no temporary file, no partial cache (the
  /// next run warns about nothing) — and it builds what is missing.
  @Test func sigkillWhileTheCachesAreWrittenLeavesNothingHalfWritten() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let article = try Safety.article(in: folder)
    var caughtMidBuild = false
    for attempt in 1...3 {
      let data = try privateData()
      let started = try Kill.Started(
        ["annotate", article.path, "--format", "json"], in: folder,
        environment: ["JIEDU_DATA": data.path])
      let sent = Kill.signal(started, SIGKILL, afterWriting: 0)
      started.wait()
      guard sent != nil, started.wasKilled(by: SIGKILL) else { continue }
      let left = cacheFiles(data)
      #expect(!left.contains(where: Kill.isTemporary), "attempt \(attempt): \(left)")
      let next = try Safety.shell(
        "exec \"$JIEDU\" annotate \(Safety.quoted(article.path)) --format json", in: folder,
        environment: ["JIEDU_DATA": data.path])
      #expect(next.status == 0 && next.stderr.isEmpty, "\(next.stderr)")
      #expect(holdsExactlyTheCaches(data), "\(cacheFiles(data))")
      if left.count < Self.caches.count {
        caughtMidBuild = true
        break
      }
    }
    #expect(caughtMidBuild, "the run was never caught before its caches were all written")
  }
}
