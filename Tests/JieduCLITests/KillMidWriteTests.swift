import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17, item 7: killing jiedu while it writes — SIGKILL, which no handler sees, and SIGINT —
/// leaves no temporary file and no partial output: an existing output keeps its old content, a new
/// one is not there, a batch keeps the outputs it finished, whole.
@Suite("Killed while writing, end to end", .serialized)
struct KillMidWriteTests {
  /// A run on a tiny article first, so the caches are built and the only file writes of the runs
  /// under test are their outputs.
  func warmCaches(in folder: URL) throws {
    let article = try Safety.article(in: folder, name: "warm.txt")
    let run = try CLIRunner.run(["annotate", article.path, "--format", "json"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    try FileManager.default.removeItem(at: article)
  }

  /// `annotate BIG -o OUT` (2 MB of text) killed while it writes OUT (about 80 MB of JSON): the folder holds
  /// exactly what it held before.
  @Test(arguments: [true, false])
  func sigkillWhileWritingAnOutputLeavesTheOldOneWhole(_ existing: Bool) throws {
    let folder = try CLIRunner.temporaryDirectory()
    try warmCaches(in: folder)
    let article = folder.appendingPathComponent("big.txt")
    try Kill.longArticle(megabytes: 2).write(to: article)
    let output = folder.appendingPathComponent("big.json")
    let old = Data("{\"old\": \"the previous output\"}\n".utf8)
    if existing { try old.write(to: output) }
    var killedMidWrite = false
    for attempt in 1...3 {
      let started = try Kill.Started(
        ["annotate", article.path, "--format", "json", "-o", output.path], in: folder)
      let sent = Kill.signal(started, SIGKILL, afterWriting: 1 << 20)
      started.wait()
      if sent != nil && started.wasKilled(by: SIGKILL) {
        killedMidWrite = true
        let left = Kill.files(under: folder).filter { !$0.hasPrefix("stderr-") }
        #expect(left == (existing ? ["big.json", "big.txt"] : ["big.txt"]), "attempt \(attempt)")
        if existing { #expect(try Data(contentsOf: output) == old) }
        break
      }
      // It finished before the kill landed: put the folder back and try again.
      if existing {
        try old.write(to: output)
      } else {
        try? FileManager.default.removeItem(at: output)
      }
    }
    #expect(killedMidWrite, "the run was never caught while writing its output")
  }

  /// A batch `--out DIR` killed while it writes: every output there is whole (parses as a
  /// document), nothing else is there.
  @Test(arguments: [SIGKILL, SIGINT])
  func aBatchKilledWhileWritingKeepsOnlyWholeOutputs(_ signal: Int32) throws {
    let folder = try CLIRunner.temporaryDirectory()
    try warmCaches(in: folder)
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    let article = try Kill.longArticle(megabytes: 0.3)
    for index in 0..<16 {
      try article.write(to: articles.appendingPathComponent(String(format: "a%02d.txt", index)))
    }
    let out = folder.appendingPathComponent("out")
    let started = try Kill.Started(
      ["annotate", articles.path, "--out", out.path, "--format", "json", "--jobs", "2"], in: folder)
    // Past the first outputs (each about 12 MB of JSON, streamed as it is encoded, two at once),
    // in the middle of writing others: once one output is there, a few megabytes later.
    let deadline = Date().addingTimeInterval(300)
    while !Kill.files(under: out).contains(where: { !Kill.isTemporary($0) }),
      started.process.isRunning, Date() < deadline
    {
      usleep(1000)
    }
    let sofar = Kill.writtenBytes(started.pid) ?? 0
    let sent = Kill.signal(started, signal, afterWriting: sofar + (3 << 20))
    #expect(started.wait(seconds: 60), "jiedu did not stop after the signal")
    #expect(sent != nil, "the batch ended before the signal: \(started.stderr)")
    if signal == SIGKILL {
      #expect(started.wasKilled(by: SIGKILL))
    } else {
      #expect(started.process.terminationReason == .exit)
      #expect(started.process.terminationStatus == 130, "\(started.stderr)")
    }
    let written = Kill.files(under: out)
    #expect(!written.isEmpty, "no output finished before the signal")
    #expect(written.count < 16, "every output finished before the signal")
    for name in written {
      #expect(!Kill.isTemporary(name), "a temporary file was left: \(name)")
      #expect(name.hasSuffix(".json"), "\(name)")
      let data = try Data(contentsOf: out.appendingPathComponent(name))
      let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
      #expect(document?["blocks"] != nil, "\(name) is not a whole document (\(data.count) bytes)")
    }
    #expect(Kill.files(under: articles).count == 16)
  }
}
