import Foundation
import Testing

/// One long article spread over threads (`--jobs`): segmentation, the glossary, abbreviation,
/// gloss and levels stages and the JSON encoder work in slices; the output must be the bytes of
/// the one-thread run — through the built binary.
@Suite("jiedu annotate, one article on several threads")
struct ThreadedArticleTests {
  /// About 200k characters: the seed, the editorial and the letter, over and over, each copy
  /// numbered so the blocks differ, with one long line without punctuation in the middle.
  private func longArticle() throws -> URL {
    let texts = try [
      CLIRunner.seed, CLIRunner.fixture("articles/editorial-4000.txt"),
      CLIRunner.fixture("articles/letter-1500.txt"),
    ].map { try String(contentsOf: $0, encoding: .utf8) }
    var parts: [String] = []
    for copy in 0..<24 {
      parts.append("第\(copy + 1)部分\n\n" + texts[copy % texts.count])
      if copy == 12 { parts.append(String(repeating: "推动高质量发展坚持三会一课", count: 400)) }
    }
    let folder = try CLIRunner.temporaryDirectory()
    let url = folder.appendingPathComponent("long.txt")
    try Data(parts.joined(separator: "\n\n").utf8).write(to: url)
    return url
  }

  @Test(arguments: ["json", "md"])
  func theOutputIsTheSameOnOneThreadAndOnSeveral(_ format: String) throws {
    let article = try longArticle()
    let folder = article.deletingLastPathComponent()
    var outputs: [Data] = []
    for jobs in ["1", "2", "3"] {
      let out = folder.appendingPathComponent("out-\(jobs).\(format)")
      let run = try CLIRunner.run(
        ["annotate", article.path, "--format", format, "--jobs", jobs, "-o", out.path],
        in: CLIRunner.root, timeout: 600)
      #expect(run.status == 0, "\(run.stderr.suffix(300))")
      outputs.append(try Data(contentsOf: out))
    }
    #expect(outputs[0].count > 1_000_000 || format != "json")
    #expect(outputs[1] == outputs[0], "--jobs 2 differs from --jobs 1")
    #expect(outputs[2] == outputs[0], "--jobs 3 differs from --jobs 1")
  }

  @Test func stdoutGetsTheSameBytesAsAFile() throws {
    let article = try longArticle()
    let out = article.deletingLastPathComponent().appendingPathComponent("file.json")
    let toFile = try CLIRunner.run(
      ["annotate", article.path, "--format", "json", "--jobs", "2", "-o", out.path],
      in: CLIRunner.root, timeout: 600)
    #expect(toFile.status == 0, "\(toFile.stderr.suffix(300))")
    let toStdout = try CLIRunner.run(
      ["annotate", article.path, "--format", "json", "--jobs", "2"], in: CLIRunner.root,
      timeout: 600)
    #expect(toStdout.status == 0)
    #expect(toStdout.stdout == (try Data(contentsOf: out)))
  }
}
