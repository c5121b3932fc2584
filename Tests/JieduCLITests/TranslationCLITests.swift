import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The translation stage through the built binary, against the stand-in server of the
/// translation tests (Tests/TranslationTests/Fixtures/standin.py) on 127.0.0.1.
@Suite("Translation through the binary", .serialized)
struct TranslationCLITests {
  static let standIn = CLIRunner.root.appendingPathComponent(
    "Tests/TranslationTests/Fixtures/standin.py")

  /// A running stand-in and a config pointing the stage at it, in a temporary folder.
  final class Setup: @unchecked Sendable {
    let process = Process()
    let folder: URL
    let config: URL
    let log: URL

    init(mode: String = "ok", memory: String? = nil) throws {
      folder = try CLIRunner.temporaryDirectory()
      log = folder.appendingPathComponent("requests.log")
      FileManager.default.createFile(atPath: log.path, contents: nil)
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", TranslationCLITests.standIn.path, mode, log.path]
      let out = Pipe()
      process.standardOutput = out
      try process.run()
      var line = Data()
      while !line.contains(0x0A) {
        let chunk = out.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        line.append(chunk)
      }
      let port = String(decoding: line, as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines)
      var yaml = """
        stages:
          - id: glossary
          - id: abbreviations
          - id: gloss
          - id: translation
            options:
              backend: {kind: openai, url: "http://127.0.0.1:\(port)", model: stand-in, timeout: 5}
              cache: cache.sqlite

        """
      if let memory {
        try memory.write(
          to: folder.appendingPathComponent("tm.tsv"), atomically: true, encoding: .utf8)
        yaml += "      memory: [tm.tsv]\n"
      }
      config = folder.appendingPathComponent("config.yaml")
      try yaml.write(to: config, atomically: true, encoding: .utf8)
    }

    var requests: Int {
      ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    func annotate(_ format: String, _ more: [String] = []) throws -> CLIRunner.Run {
      try CLIRunner.run(
        ["annotate", CLIRunner.seed.path, "--config", config.path, "--format", format] + more,
        in: folder)
    }

    deinit {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  @Test func theSeedGetsEnglishForEverySentenceAndASecondRunSendsNothing() throws {
    let setup = try Setup(
      memory: "72年前，宝山作为上海解放的主战场，打响了上海解放战役的第一枪。\t72 years ago, Baoshan was the main battlefield.\n")
    let run = try setup.annotate("json", ["-v"])
    #expect(run.status == 0, "\(run.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let sentences = (document["blocks"] as? [[String: Any]] ?? []).flatMap {
      $0["sentences"] as? [[String: Any]] ?? []
    }
    let translated = sentences.compactMap { $0["translation"] as? [String: Any] }
    #expect(
      translated.count > 40 && translated.allSatisfy { !($0["text"] as? String ?? "").isEmpty })
    #expect(translated.contains { $0["origin"] as? String == "memory" })
    let report = (document["reports"] as? [String: Any])?["translation"] as? [String: Any]
    #expect((report?["term-success-rate"] as? Double ?? 0) > 0.9)
    #expect(run.stderr.contains("term success"))
    let sent = setup.requests
    #expect(sent > 0)

    let html = try setup.annotate("html")
    #expect(html.status == 0 && setup.requests == sent)
    #expect(
      html.stdoutText.contains("<mark class=\"req\">") && html.stdoutText.contains("72 years ago"))

    let stats = try CLIRunner.run(
      ["cache", "stats", "--config", setup.config.path], in: setup.folder)
    #expect(stats.status == 0 && stats.stdoutText.contains("openai stand-in"), "\(stats.stderr)")
  }

  @Test func twoProcessesShareOneCacheAndClearEmptiesIt() throws {
    let setup = try Setup()
    let outputs = [0, 1].map { setup.folder.appendingPathComponent("o\($0).json") }
    let runs = DataBox()
    let threads = outputs.map { out in
      Thread {
        let run = try? setup.annotate("json", ["-o", out.path])
        if run?.status != 0 { runs.set(Data("failed: \(run?.stderr ?? "")".utf8)) }
      }
    }
    threads.forEach { $0.start() }
    while threads.contains(where: { !$0.isFinished }) { usleep(20_000) }
    #expect(runs.get().isEmpty, "\(String(decoding: runs.get(), as: UTF8.self))")
    for out in outputs {
      let json = try String(contentsOf: out, encoding: .utf8)
      #expect(json.contains("Translated sentence"))
    }
    let stats = try CLIRunner.run(["cache", "stats", "--config", setup.config.path], in: setup.folder)
    #expect(stats.stdoutText.contains("openai stand-in"))
    let clear = try CLIRunner.run(["cache", "clear", "--config", setup.config.path], in: setup.folder)
    #expect(clear.status == 0 && clear.stderr.contains("removed"), "\(clear.stderr)")
    let after = try CLIRunner.run(["cache", "stats", "--config", setup.config.path], in: setup.folder)
    #expect(after.stdoutText.hasPrefix("translations: 0 "), "\(after.stdoutText)")
  }

  @Test(arguments: ["tmx", "xliff"])
  func bilingualExportsAreWellFormedXML(_ format: String) throws {
    let setup = try Setup()
    let run = try setup.annotate(format)
    #expect(run.status == 0, "\(run.stderr)")
    let parser = XMLParser(data: run.stdout)
    #expect(
      parser.parse(), "\(format) is not well-formed: \(String(describing: parser.parserError))")
    #expect(run.stdoutText.contains(format == "tmx" ? "<tu " : "<trans-unit "))
    #expect(run.stdoutText.contains("Translated sentence"))
  }

  @Test func theBackendDownWithoutACacheIsOneLineAndTheOutputIsStillWritten() throws {
    let setup = try Setup()
    kill(setup.process.processIdentifier, SIGKILL)
    setup.process.waitUntilExit()
    let out = setup.folder.appendingPathComponent("o.md")
    let run = try setup.annotate("md", ["-o", out.path])
    #expect(run.status == 0)
    #expect(FileManager.default.fileExists(atPath: out.path))
    let lines = run.stderr.split(separator: "\n").filter { $0.contains("connection refused") }
    #expect(lines.count == 1, "\(run.stderr)")
  }

  @Test func aWrongOrderIsRefusedNamingTheStageThatMustComeFirst() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let config = folder.appendingPathComponent("c.yaml")
    try "stages:\n  - id: translation\n  - id: glossary\n  - id: abbreviations\n".write(
      to: config, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(
      ["annotate", CLIRunner.seed.path, "--config", config.path], in: folder)
    #expect(run.status != 0)
    #expect(run.stderr.contains("glossary") && run.stderr.contains("translation"), "\(run.stderr)")
  }
}

/// `jiedu glossary export`: the document's terms for a translator's termbase.
@Suite("Glossary export through the binary")
struct GlossaryExportTests {
  @Test func tbxExportOfTheSeedIsReadBackByImport() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let tbx = folder.appendingPathComponent("terms.tbx")
    let export = try CLIRunner.run(["glossary", "export", CLIRunner.seed.path, "-o", tbx.path])
    #expect(export.status == 0, "\(export.stderr)")
    let imported = try CLIRunner.run(["glossary", "import", tbx.path])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdoutText.contains("- term: 党建\n  en: Party building"))
    #expect(
      imported.stdoutText.contains("term: 三会一课") || imported.stdoutText.contains("term: 两个覆盖"))
  }

  @Test func csvExportHasTheGlossaryColumns() throws {
    let run = try CLIRunner.run(["glossary", "export", "--format", "csv", CLIRunner.seed.path])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutText.split(separator: "\n")
    #expect(lines.first == "term,en,pinyin,category,note,source")
    #expect(lines.contains { $0.hasPrefix("党建,Party building,dǎng jiàn,party,") })
    #expect(Set(lines.map { $0.split(separator: ",").first ?? "" }).count == lines.count)
  }
}
