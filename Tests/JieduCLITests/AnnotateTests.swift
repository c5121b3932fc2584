import Foundation
import Testing

@Suite("jiedu annotate, end to end")
struct AnnotateTests {
  func json(_ run: CLIRunner.Run) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  @Test func seedJSONFollowsTheContract() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run)
    #expect(doc["jiedu"] is String)
    let source = try #require(doc["source"] as? [String: Any])
    #expect(source["encoding"] as? String == "utf-8")
    #expect((source["sha256"] as? String)?.count == 64)
    let blocks = try #require(doc["blocks"] as? [[String: Any]])
    let kinds = blocks.compactMap { $0["kind"] as? String }
    #expect(
      kinds.first == "kicker" && kinds.dropFirst().first == "title"
        && kinds.dropFirst(2).first == "byline")
    #expect(kinds.filter { $0 == "heading" }.count == 2)
    #expect(kinds.filter { $0 == "caption" }.count == 2)
    #expect(kinds.contains("note"))
    var tokenCount = 0
    for block in blocks {
      let text = Array((block["text"] as? String ?? "").unicodeScalars)
      for sentence in block["sentences"] as? [[String: Any]] ?? [] {
        for token in sentence["tokens"] as? [[String: Any]] ?? [] {
          let start = token["start"] as? Int ?? -1
          let end = token["end"] as? Int ?? -1
          var view = String.UnicodeScalarView()
          view.append(contentsOf: text[start..<end])
          #expect(String(view) == token["text"] as? String)
          tokenCount += 1
        }
      }
    }
    #expect(tokenCount > 1000)
    let annotations = try #require(doc["annotations"] as? [[String: Any]])
    #expect(
      annotations.contains { $0["type"] as? String == "term" && $0["text"] as? String == "党建" })
    #expect(
      annotations.contains {
        $0["type"] as? String == "abbreviation" && $0["text"] as? String == "三会一课"
      })
    #expect(doc["diagnostics"] is [Any])
  }

  @Test(arguments: [
    ("short-gb18030.txt", "gb18030"), ("short-utf16le.txt", "utf-16le"),
    ("short-utf16be.txt", "utf-16be"),
  ])
  func otherEncodingsAreDetected(_ file: String, _ encoding: String) throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.fixture(file).path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run)
    #expect((doc["source"] as? [String: Any])?["encoding"] as? String == encoding)
    let blocks = doc["blocks"] as? [[String: Any]] ?? []
    #expect(blocks.first?["text"] as? String == "各地实践")
  }

  @Test func invalidUTF8GivesAWarningAndAResult() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.fixture("invalid-utf8.txt").path, "--format", "json",
    ])
    #expect(run.status == 0)
    #expect(
      run.stderr.contains(": [ingest] ") && run.stderr.contains("invalid UTF-8 at byte 12"))
    #expect(run.stdoutText.contains("\u{FFFD}"))
  }

  @Test func emptyFileGivesAWarningAndAnEmptyDocument() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.fixture("empty.txt").path, "--format", "json",
    ])
    #expect(run.status == 0)
    #expect(run.stderr.contains("no text found"))
    #expect((try json(run)["blocks"] as? [Any])?.isEmpty == true)
  }

  @Test func binaryFileIsRefusedWithOneLine() throws {
    let path = CLIRunner.fixture("binary.bin").path
    let run = try CLIRunner.run(["annotate", path, "--format", "json"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "jiedu: error: \(path): looks like a binary file, not text; give a UTF-8, UTF-16 or GB18030 text file\n"
    )
    #expect(run.stdout.isEmpty)
  }

  @Test func missingFileIsNamed() throws {
    let run = try CLIRunner.run(["annotate", "/nonexistent/article.txt"])
    #expect(run.status == 1)
    #expect(run.stderr == "jiedu: error: /nonexistent/article.txt: no such file\n")
  }

  @Test func unwritableOutputPathIsAOneLineError() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--format", "json", "-o", "/nonexistent/dir/out.json",
    ])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "jiedu: error: cannot write '/nonexistent/dir/out.json': no such directory '/nonexistent/dir'\n"
    )
  }

  /// `-o handout.md` writes Markdown without `--format`: the extension names the format unless
  /// `--format` says otherwise; a name no format has (`.txt`) keeps the config's (HTML).
  @Test(arguments: [
    ("out.md", [String](), "## Key terms"), ("out.json", [], "{\"annotations\""),
    ("out.txt", [], "<!DOCTYPE html>"), ("out.md", ["--format", "html"], "<!DOCTYPE html>"),
    ("OUT.JSON", [], "{\"annotations\""),
  ])
  func theOutputNameChoosesTheFormat(name: String, flags: [String], marker: String) throws {
    let dir = try CLIRunner.temporaryDirectory()
    let out = dir.appendingPathComponent(name)
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "-o", out.path] + flags, in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.contains(marker))
    #expect(marker.hasPrefix("<") == text.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func brokenConfigLeavesAnExistingOutputUntouched() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let out = dir.appendingPathComponent("handout.html")
    try Data("previous handout".utf8).write(to: out)
    let config = CLIRunner.fixture("broken-config.yaml").path
    let run = try CLIRunner.run(
      ["annotate", CLIRunner.seed.path, "--config", config, "-o", out.path], in: dir)
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "jiedu: error: \(config):3:9: stages[1].id: unknown stage 'abbreviation'; did you mean 'abbreviations'?; available stages: glossary, abbreviations, gloss, external, translation, levels\n"
    )
    #expect(try String(contentsOf: out, encoding: .utf8) == "previous handout")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["handout.html"])
  }

  @Test func stdinIsReadFromDash() throws {
    let run = try CLIRunner.run(
      ["annotate", "-", "--format", "json"], stdin: Data("坚持“三会一课”制度。\n".utf8))
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run)
    #expect((doc["source"] as? [String: Any])?["name"] as? String == "-")
    #expect((doc["blocks"] as? [[String: Any]])?.first?["text"] as? String == "坚持“三会一课”制度。")
  }

  /// Runs against the release binary only (`make test` sets JIEDU_BIN): a debug build is too slow for 30 MB.
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["JIEDU_BIN"] != nil,
      "needs the release binary in JIEDU_BIN"))
  func aThirtyMegabyteLineWithoutPunctuationRunsInBoundedMemory() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("long.txt")
    let unit = "推动基层党建与科创强区同频共振宝山作为新时代上海产业转型和升级的主战场"
    var text = ""
    while text.utf8.count < 30_000_000 { text += unit }
    try Data(text.utf8).write(to: input)
    // The host alone (decoding, structure, sentences, segmentation, JSON): stages are measured elsewhere.
    let config = dir.appendingPathComponent("host-only.yaml")
    try Data("stages: []\n".utf8).write(to: config)
    let run = try CLIRunner.run(
      [
        "annotate", input.path, "--config", config.path, "--format", "json", "-o",
        dir.appendingPathComponent("out.json").path,
      ],
      timeout: 600)
    #expect(run.status == 0, "\(run.stderr)")
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    // ru_maxrss is in KiB on Linux: the largest child so far, this run included.
    #expect(usage.ru_maxrss < 8 * 1024 * 1024, "peak memory \(usage.ru_maxrss / 1024) MiB")
    try? FileManager.default.removeItem(at: dir)
  }
}
