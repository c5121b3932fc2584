import Foundation
import Testing

/// A 30 MB article through the whole default pipeline and the JSON renderer, end to end. Time and
/// memory per size (0.3, 3 and 30 MB) are measured in `make bench` (scripts/bench_corpus.py); this
/// test only holds a generous bound, so that a stage turning quadratic again fails here.
@Suite("Long input, end to end", .serialized)
struct LongInputTests {
  /// One line of 10 million characters without punctuation: one block, one "sentence" of 3.75 million
  /// tokens and 2.5 million glossary terms (党建, 科创).
  @Test func thirtyMegabytesOnOneLineFinishWithTheDefaultConfig() throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("one-line.txt")
    try Data(String(repeating: "党建引领科创发展", count: 1_250_000).utf8).write(to: input)
    let output = folder.appendingPathComponent("one-line.json")
    let started = Date()
    let run = try CLIRunner.run(
      ["annotate", input.path, "--format", "json", "-o", output.path], timeout: 900)
    let seconds = Date().timeIntervalSince(started)
    #expect(run.status == 0, "\(run.stderr.suffix(300))")
    // Generous: about 40 s on an idle 2-core machine; the bound leaves room for a loaded CI.
    #expect(seconds < 600, "took \(Int(seconds)) s")
    let handle = try FileHandle(forReadingFrom: output)
    defer { try? handle.close() }
    let head = try handle.read(upToCount: 16) ?? Data()
    #expect(String(decoding: head, as: UTF8.self).hasPrefix("{\"annotations\":["))
    let size = try handle.seekToEnd()
    #expect(size > 30_000_000)
    try handle.seek(toOffset: size - 2)
    #expect(try handle.readToEnd() == Data("}\n".utf8))
  }

  /// The same size in real prose's characters (the seed's, without punctuation, repeated), on
  /// the default threads: under 2 GB at its peak (the largest child's, `getrusage`). The long
  /// block's JSON was one buffer of its own (about 1 GB, 2.4 GB at the peak).
  @Test func thirtyMegabytesOfProseOnOneLineStayUnderTwoGigabytes() throws {
    let seed = try String(contentsOf: CLIRunner.seed, encoding: .utf8)
    let han = String(
      String.UnicodeScalarView(
        seed.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF }))
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("prose-line.txt")
    let count = 10_000_000 / han.unicodeScalars.count + 1
    try Data(String(repeating: han, count: count).utf8).write(to: input)
    let output = folder.appendingPathComponent("prose-line.json")
    let run = try CLIRunner.run(
      ["annotate", input.path, "--format", "json", "-o", output.path], timeout: 900)
    #expect(run.status == 0, "\(run.stderr.suffix(300))")
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    #expect(usage.ru_maxrss < 2 << 20, "largest child peak \(usage.ru_maxrss / 1024) MB")
  }
}
