import Foundation
import Testing

/// Issue 17, the smaller items and item 10: encodings, config mistakes, plugin replies, long names.
@Suite("Smaller safety items, end to end")
struct SmallerSafetyTests {
  /// The article converted with iconv into `encoding`, in a fresh folder.
  func converted(_ source: URL, to encoding: String) throws -> URL {
    let folder = try CLIRunner.temporaryDirectory()
    let out = folder.appendingPathComponent("article.txt")
    let run = try CLIRunner.runProgram([
      "/usr/bin/iconv", "-f", "utf-8", "-t", encoding, source.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    try run.stdout.write(to: out)
    return out
  }

  func json(_ run: CLIRunner.Run) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  @Test func big5IsDetectedBesideGB18030() throws {
    let file = try converted(CLIRunner.fixture("traditional.txt"), to: "big5")
    let run = try CLIRunner.run(["annotate", file.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let document = try json(run)
    let source = document["source"] as? [String: Any]
    #expect(source?["encoding"] as? String == "big5")
    #expect(run.stdoutText.contains("中國共產黨的基層組織"))
    // Simplified Chinese in GB18030 is still GB18030.
    let gb = try converted(CLIRunner.seed, to: "gb18030")
    let simplified = try CLIRunner.run(["annotate", gb.path, "--format", "json"])
    #expect(simplified.status == 0, "\(simplified.stderr)")
    #expect((try json(simplified)["source"] as? [String: Any])?["encoding"] as? String == "gb18030")
  }

  @Test(arguments: ["utf-16le", "utf-16be"])
  func utf16WithoutABOMIsDetected(_ encoding: String) throws {
    let file = try converted(CLIRunner.seed, to: encoding)
    let run = try CLIRunner.run(["annotate", file.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect((try json(run)["source"] as? [String: Any])?["encoding"] as? String == encoding)
    #expect(run.stdoutText.contains("三会一课"))
  }

  @Test func binaryIsStillRefused() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.fixture("binary.bin").path])
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("binary"))
  }

  /// A config and an article in a fresh folder; returns the folder.
  func project(_ config: String, files: [String: String] = [:]) throws -> URL {
    let folder = try CLIRunner.temporaryDirectory()
    _ = try Safety.article(in: folder, name: "a.txt")
    try Data(config.utf8).write(to: folder.appendingPathComponent("c.yaml"))
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
      if name.hasSuffix(".sh") { chmod(folder.appendingPathComponent(name).path, 0o755) }
    }
    return folder
  }

  func annotate(_ folder: URL, _ extra: [String] = []) throws -> CLIRunner.Run {
    try CLIRunner.run(
      ["annotate", "a.txt", "--config", "c.yaml", "--format", "json"] + extra, in: folder)
  }

  static let emptyReply = "#!/bin/sh\ncat >/dev/null\necho '{\"annotations\": []}'\n"

  @Test(arguments: [
    (
      "stages:\n  - id: gloss\n  - id: abbreviations\n  - id: gloss\n",
      "stage 'gloss' is listed twice (stages[0] and stages[2])"
    ),
    (
      "stages:\n  - id: external\n    options: {command: [./p.sh]}\n  - id: external\n    options: {command: [./p.sh]}\n",
      "or give each its own name: option"
    ),
  ])
  func theSameStageTwiceIsAnError(_ config: String, _ expected: String) throws {
    let folder = try project(config, files: ["p.sh": Self.emptyReply])
    let run = try annotate(folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains(expected), "\(run.stderr)")
  }

  @Test func twoExternalStagesWithTheirOwnNamesAreAllowed() throws {
    let folder = try project(
      "stages:\n  - id: external\n    options: {command: [./p.sh], name: one}\n"
        + "  - id: external\n    options: {command: [./p.sh], name: two}\n",
      files: ["p.sh": Self.emptyReply])
    let run = try annotate(folder)
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test func aConfigThatIsAFolderIsNamedSo() throws {
    let folder = try CLIRunner.temporaryDirectory()
    _ = try Safety.article(in: folder, name: "a.txt")
    let run = try CLIRunner.run(["annotate", "a.txt", "--config", folder.path], in: folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("is a folder, not a config file"))
    #expect(!run.stderr.contains("NSCocoaErrorDomain"))
    // The same for a glossary, a template and known words that are folders.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("d"), withIntermediateDirectories: true)
    for flags in [["--glossary", "d"], ["--template", "d"], ["--known-words", "d"]] {
      let other = try CLIRunner.run(["annotate", "a.txt", "--format", "html"] + flags, in: folder)
      #expect(Safety.isOneLineError(other), "\(flags): \(other.stderr)")
      #expect(!other.stderr.contains("NSCocoaErrorDomain"), "\(flags): \(other.stderr)")
      #expect(
        other.stderr.contains("folder") || other.stderr.contains("directory"), "\(other.stderr)")
    }
  }

  @Test(arguments: [-1, 0])
  func maxOutputMustBePositive(_ value: Int) throws {
    let folder = try project(
      "stages:\n  - id: external\n    options:\n      command: [./p.sh]\n      max-output: \(value)\n",
      files: ["p.sh": Self.emptyReply])
    let run = try annotate(folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("max-output: must be more than 0 bytes"), "\(run.stderr)")
  }

  @Test(arguments: [
    ("./plain.txt", "the file is not executable (chmod +x"),
    ("plain.txt", "not found on PATH; for the file in the config's folder write ./plain.txt"),
    ("./python9.sh", "its interpreter '/usr/bin/python9' (the #! line) does not exist"),
    ("./sub", "it is a folder, not a program"),
  ])
  func aProgramThatCannotStartSaysWhy(_ program: String, _ expected: String) throws {
    let folder = try project(
      "stages:\n  - id: external\n    options:\n      command: [\(program)]\n",
      files: ["plain.txt": "echo hi\n", "python9.sh": "#!/usr/bin/python9\nprint(1)\n"])
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let run = try annotate(folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains(expected), "\(run.stderr)")
    #expect(!run.stderr.contains("no such file or directory"))
  }

  func replying(_ reply: String, onError: String? = nil) throws -> CLIRunner.Run {
    let policy = onError.map { "    on-error: \($0)\n" } ?? ""
    let folder = try project(
      "stages:\n  - id: external\n\(policy)    options:\n      command: [./p.sh]\n",
      files: ["p.sh": "#!/bin/sh\ncat >/dev/null\ncat <<'JSON'\n\(reply)\nJSON\n"])
    return try annotate(folder)
  }

  @Test func anErrorDiagnosticFailsTheRun() throws {
    let run = try replying(
      #"{"annotations": [], "diagnostics": [{"level": "error", "message": "model not loaded"}]}"#)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("reported an error: model not loaded"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    // With on-error: warn, the run goes on without the stage, with a warning.
    let warned = try replying(
      #"{"annotations": [], "diagnostics": [{"level": "error", "message": "model not loaded"}]}"#,
      onError: "warn")
    #expect(warned.status == 0, "\(warned.stderr)")
    #expect(warned.stderr.contains("jiedu: warning:") && warned.stderr.contains("model not loaded"))
  }

  @Test func aDiagnosticForAMissingBlockIsRejected() throws {
    let run = try replying(
      #"{"annotations": [], "diagnostics": [{"level": "warning", "block": 99999, "message": "x"}]}"#
    )
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("rejected diagnostic: block 99999 does not exist"), "\(run.stderr)")
  }

  func importTBX(_ body: String) throws -> CLIRunner.Run {
    let folder = try CLIRunner.temporaryDirectory()
    let file = folder.appendingPathComponent("g.tbx")
    try Data(body.utf8).write(to: file)
    return try CLIRunner.run(["glossary", "import", file.path], in: folder)
  }

  static func tbx(doctype: String, term: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE martif \(doctype)>
    <martif type="TBX" xml:lang="en"><text><body>
    <termEntry id="t1">
    <langSet xml:lang="zh"><tig><term>中共</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>\(term)</term></tig></langSet>
    </termEntry>
    </body></text></martif>
    """
  }

  @Test func tbxInternalEntitiesAreExpanded() throws {
    let run = try importTBX(
      Self.tbx(
        doctype: "[<!ENTITY e \"Party\"><!ENTITY cpc \"Communist &e;\">]",
        term: "CPC &e; (the &cpc;)"))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText.contains("CPC Party (the Communist Party)"), "\(run.stdoutText)")
  }

  @Test(arguments: [
    ("[<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]", "&a;", "entity loop"),
    (
      "[<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
        + (1...9).map {
          "<!ENTITY a\($0) \"" + String(repeating: "&a\($0 == 1 ? "" : String($0 - 1));", count: 10)
            + "\">"
        }.joined() + "]",
      "&a9;", "entity bomb"
    ),
    ("", "&undefined;", "undeclared entity"),
    ("", "x</wrong>", "mismatched closing tag"),
  ])
  func tbxEntityAndXMLProblemsAreWords(_ doctype: String, _ term: String, _ expected: String) throws
  {
    let run = try importTBX(Self.tbx(doctype: doctype, term: term))
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.contains(expected), "\(run.stderr)")
    #expect(!run.stderr.contains("error 89") && !run.stderr.contains("XML error 2"))
  }

  /// Item 10: a name of 80 Chinese characters (245 bytes with `.html`) is written; nothing is left
  /// beside it, and replacing it works too.
  @Test func anOutputNameOf80ChineseCharactersWorks() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let article = try Safety.article(in: folder)
    let name = String(repeating: "党", count: 80) + ".html"
    for _ in 0..<2 {
      let run = try CLIRunner.run(["annotate", article.path, "-o", name], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(listed == ["article.txt", name].sorted())
    let html = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }
}
