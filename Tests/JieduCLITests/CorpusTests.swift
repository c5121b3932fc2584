import Foundation
import Testing

/// `jiedu annotate` over many articles: folders, --out, --jobs, skipping fresh outputs, JSONL in and
/// out — through the built binary.
@Suite("jiedu annotate, corpus mode")
struct CorpusTests {
  private let articles = [
    "a.txt": "党建工作很重要。\n\n我们坚持三会一课。\n",
    "sub/b.txt": "推动高质量发展。\n",
    "sub/deeper/c.txt": "今天天气很好。\n",
  ]

  /// A folder with the articles, a non-article and a broken file.
  private func corpus(broken: Bool = true) throws -> URL {
    let root = try CLIRunner.temporaryDirectory()
    let input = root.appendingPathComponent("in")
    for (name, text) in articles {
      let url = input.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    try Data("not an article".utf8).write(to: input.appendingPathComponent("notes.md"))
    if broken {
      try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(
        to: input.appendingPathComponent("broken.txt"))
    }
    return root
  }

  private func outputs(_ folder: URL) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder.path)
    return (walker?.allObjects as? [String] ?? []).filter {
      $0.hasSuffix(".json") || $0.hasSuffix(".html")
    }
    .sorted()
  }

  @Test func aFolderIsAnnotatedIntoMirroredOutputsAndABadFileIsReported() throws {
    let root = try corpus()
    let run = try CLIRunner.run(
      ["annotate", "in", "--out", "out", "--format", "json", "--jobs", "2"], in: root)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(
      outputs(root.appendingPathComponent("out")) == ["a.json", "sub/b.json", "sub/deeper/c.json"])
    let summary = try #require(run.stderr.split(separator: "\n").last.map(String.init))
    #expect(summary.contains("4 files"), "\(summary)")
    #expect(summary.contains("1 failed: broken.txt"), "\(summary)")
    #expect(summary.contains("characters/s"))
    #expect(run.stderr.contains("jiedu: error: broken.txt:"))
    #expect(!run.stderr.contains("jiedu: warning: ["))
    let json = try Data(contentsOf: root.appendingPathComponent("out/sub/b.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    #expect((object["source"] as? [String: Any])?["name"] as? String == "sub/b.txt")
    #expect(run.stdout.isEmpty)
  }

  @Test func upToDateOutputsAreSkippedUnlessForced() throws {
    let root = try corpus(broken: false)
    let first = try CLIRunner.run(["annotate", "in", "--out", "out", "--format", "json"], in: root)
    #expect(first.status == 0, "\(first.stderr)")
    let again = try CLIRunner.run(["annotate", "in", "--out", "out", "--format", "json"], in: root)
    #expect(again.status == 0)
    #expect(again.stderr.contains("0 annotated, 3 up to date"), "\(again.stderr)")
    // A changed article is redone; the others stay.
    sleep(1)
    try Data("新的文章。\n".utf8).write(to: root.appendingPathComponent("in/a.txt"))
    let changed = try CLIRunner.run(
      ["annotate", "in", "--out", "out", "--format", "json"], in: root)
    #expect(changed.stderr.contains("1 annotated, 2 up to date"), "\(changed.stderr)")
    let forced = try CLIRunner.run(
      ["annotate", "in", "--out", "out", "--format", "json", "--force"], in: root)
    #expect(forced.stderr.contains("3 annotated"), "\(forced.stderr)")
  }

  /// In a folder, regular files are articles: a symbolic link to one is not followed (a link could
  /// lead out of the folder, or to the same article twice), and a folder named like an article is
  /// walked into.
  @Test func aFolderSkipsSymbolicLinksAndWalksIntoFoldersNamedLikeArticles() throws {
    let root = try corpus(broken: false)
    try Data("外面的文章。\n".utf8).write(to: root.appendingPathComponent("outside.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("in/link.txt").path, withDestinationPath: "../outside.txt"
    )
    let folder = root.appendingPathComponent("in/odd.txt")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("文件夹里的文章。\n".utf8).write(to: folder.appendingPathComponent("d.txt"))
    let run = try CLIRunner.run(["annotate", "in", "--out", "out", "--format", "json"], in: root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      outputs(root.appendingPathComponent("out"))
        == ["a.json", "odd.txt/d.json", "sub/b.json", "sub/deeper/c.json"])
  }

  @Test func globChoosesTheFilesAndFilesKeepTheirRelativeNames() throws {
    let root = try corpus(broken: false)
    let run = try CLIRunner.run(
      ["annotate", "in", "--glob", "c.*", "--out", "out", "--format", "html"], in: root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(outputs(root.appendingPathComponent("out")) == ["sub/deeper/c.html"])
    let files = try CLIRunner.run(
      ["annotate", "in/a.txt", "./in/sub/b.txt", "--out", "out2", "--format", "json"], in: root)
    #expect(files.status == 0, "\(files.stderr)")
    #expect(outputs(root.appendingPathComponent("out2")) == ["in/a.json", "in/sub/b.json"])
  }

  /// Many short articles are annotated a few at a time (each stage over the group): every output
  /// must be what the article alone gives, whatever the grouping, and a broken or empty article in a
  /// group must touch no other.
  @Test func articlesAnnotatedInGroupsComeOutAsEachAlone() throws {
    let root = try CLIRunner.temporaryDirectory()
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let texts = Array(articles.values).sorted()
    for index in 0..<40 {
      let text = "第\(index + 1)篇。\(texts[index % texts.count])\n坚持\(index)年。\n"
      let name = String(format: "f%02d.txt", index)
      try Data(text.utf8).write(to: input.appendingPathComponent(name))
    }
    try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(
      to: input.appendingPathComponent("f13-broken.txt"))
    try Data().write(to: input.appendingPathComponent("f27-empty.txt"))
    var folders: [URL] = []
    for jobs in ["1", "2"] {
      let run = try CLIRunner.run(
        ["annotate", "in", "--out", "out\(jobs)", "--format", "json", "--jobs", jobs], in: root)
      #expect(run.status == 1, "\(run.stderr)")
      let summary = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
      #expect(summary.contains("42 files (41 annotated, 1 failed: f13-broken.txt)"), "\(summary)")
      #expect(summary.contains("ingest 1"), "\(summary)")
      let out = root.appendingPathComponent("out\(jobs)")
      #expect(outputs(out).count == 41)
      folders.append(out)
    }
    for name in outputs(folders[0]) {
      let one = try Data(contentsOf: folders[0].appendingPathComponent(name))
      let two = try Data(contentsOf: folders[1].appendingPathComponent(name))
      #expect(one == two, "\(name) differs between --jobs 1 and 2")
    }
    for name in ["f00", "f12", "f14", "f26", "f27-empty", "f28", "f39"] {
      let alone = try CLIRunner.run(["annotate", "\(name).txt", "--format", "json"], in: input)
      #expect(alone.status == 0, "\(alone.stderr)")
      let batch = try Data(contentsOf: folders[0].appendingPathComponent("\(name).json"))
      #expect(alone.stdout == batch, "\(name).json differs from the article annotated alone")
    }
  }

  @Test func twoArticlesWithOneOutputNameAreRefusedBeforeAnythingIsWritten() throws {
    let root = try CLIRunner.temporaryDirectory()
    for folder in ["a", "b"] {
      let url = root.appendingPathComponent("\(folder)/same.txt")
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("党建工作很重要。\n".utf8).write(to: url)
    }
    let run = try CLIRunner.run(
      ["annotate", "a", "b", "--out", "out", "--format", "json"], in: root)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(
      run.stderr
        == "jiedu: error: a/same.txt and b/same.txt would both be written to out/same.json; "
        + "annotate them into different --out folders\n")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
  }

  @Test func manyFilesAsJSONLGoToStdoutInOrder() throws {
    let root = try corpus(broken: false)
    let run = try CLIRunner.run(["annotate", "in", "--format", "jsonl", "--jobs", "3"], in: root)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutText.split(separator: "\n")
    let names = try lines.map { line -> String in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return (object["source"] as? [String: Any])?["name"] as? String ?? ""
    }
    #expect(names == ["a.txt", "sub/b.txt", "sub/deeper/c.txt"])
  }

  @Test func manyFilesWithoutOutOrJSONLAreRefused() throws {
    let root = try corpus(broken: false)
    let run = try CLIRunner.run(["annotate", "in", "--format", "json"], in: root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("--out DIR"), "\(run.stderr)")
  }

  @Test func jsonlInKeepsEveryLineInOrderAndMarksBadOnes() throws {
    let input =
      [
        #"{"id": "x1", "text": "党建工作很重要。"}"#,
        #"{"id": 2, "text": "我们坚持三会一课。"}"#,
        #"{"id": "broken", "text": "#,
        "",
        #"{"id": "no-text"}"#,
        #"{"id": "last", "text": "推动高质量发展。"}"#,
      ].joined(separator: "\n") + "\n"
    let run = try CLIRunner.run(
      ["annotate", "-", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"],
      stdin: Data(input.utf8))
    #expect(run.status == 1, "\(run.stderr)")
    let rows = try run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      }
    #expect(rows.count == 6)
    #expect(rows[0]["id"] as? String == "x1" && rows[0]["blocks"] != nil)
    #expect(rows[1]["id"] as? Int == 2)
    #expect(rows[2]["id"] as? String == "broken" && rows[2]["error"] is String)
    #expect(rows[3]["error"] is String && rows[3]["line"] as? Int == 4)
    #expect(rows[4]["id"] as? String == "no-text" && rows[4]["error"] is String)
    #expect(rows[5]["id"] as? String == "last" && rows[5]["error"] == nil)
    #expect(run.stderr.contains("jiedu: error: broken:"), "\(run.stderr)")
    // The empty line has no id: it is named once, not "line 4: line 4: …".
    #expect(run.stderr.contains("jiedu: error: line 4: empty line"), "\(run.stderr)")
    #expect(!run.stderr.contains("line 4: line 4"), "\(run.stderr)")
  }

  @Test func tokensCompactAndNoneShrinkTheJSON() throws {
    let full = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "json"])
    let compact = try CLIRunner.run(
      ["annotate", CLIRunner.seed.path, "--format", "json", "--tokens", "compact"])
    let none = try CLIRunner.run(
      ["annotate", CLIRunner.seed.path, "--format", "json", "--tokens", "none"])
    #expect(full.status == 0 && compact.status == 0 && none.status == 0)
    #expect(none.stdout.count < compact.stdout.count && compact.stdout.count < full.stdout.count)
    #expect(!none.stdoutText.contains("\"tokens\""))
  }
}
