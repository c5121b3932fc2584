import Foundation
import Testing

/// Issue 17, item 9: a config found in the working folder that runs a program or reads files outside
/// its folder is refused until `jiedu config trust` records it; the handout loads nothing from outside.
@Suite("The trust rule for configs, end to end")
struct ConfigTrustTests {
  /// A folder as downloaded: an article, a config.yaml running a program that leaves a mark.
  func downloadedFolder() throws -> (folder: URL, mark: URL) {
    let folder = try CLIRunner.temporaryDirectory()
    let mark = folder.appendingPathComponent("PWNED")
    _ = try Safety.article(in: folder, name: "a.txt")
    try Data(
      "#!/bin/sh\ntouch \(Safety.quoted(mark.path))\ncat >/dev/null\necho '{\"annotations\": []}'\n"
        .utf8
    ).write(to: folder.appendingPathComponent("evil.sh"))
    try Data("stages:\n  - id: external\n    options:\n      command: [sh, evil.sh]\n".utf8)
      .write(to: folder.appendingPathComponent("config.yaml"))
    return (folder, mark)
  }

  @Test func aFoundConfigRunsNoProgramUntilTrusted() throws {
    let (folder, mark) = try downloadedFolder()
    let store = try CLIRunner.temporaryDirectory()
    let environment = ["XDG_CONFIG_HOME": store.path]
    let refused = try Safety.shell(
      "exec \"$JIEDU\" annotate a.txt --format json", in: folder, environment: environment)
    #expect(Safety.isOneLineError(refused), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: mark.path), "the program ran untrusted")
    for phrase in [
      "config.yaml was found in the working folder (not given with --config)",
      "runs a program (stage 'external' at config.yaml:2:5)",
      "run 'jiedu config trust config.yaml'", "a changed file must be trusted again",
      "\(store.path)/jiedu/trusted-configs",
    ] {
      #expect(refused.stderr.contains(phrase), "missing '\(phrase)' in \(refused.stderr)")
    }

    let trust = try Safety.shell(
      "exec \"$JIEDU\" config trust", in: folder, environment: environment)
    #expect(trust.status == 0, "\(trust.stderr)")
    let record = try String(
      contentsOf: store.appendingPathComponent("jiedu/trusted-configs"), encoding: .utf8)
    #expect(record.contains("config.yaml"))
    let trusted = try Safety.shell(
      "exec \"$JIEDU\" annotate a.txt --format json", in: folder, environment: environment)
    #expect(trusted.status == 0, "\(trusted.stderr)")
    #expect(FileManager.default.fileExists(atPath: mark.path))

    // A changed file needs trusting again.
    try FileManager.default.removeItem(at: mark)
    let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("config.yaml"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("# changed\n".utf8))
    try handle.close()
    let changed = try Safety.shell(
      "exec \"$JIEDU\" annotate a.txt --format json", in: folder, environment: environment)
    #expect(Safety.isOneLineError(changed), "\(changed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: mark.path))
  }

  @Test func aConfigGivenWithConfigIsTheUsersChoice() throws {
    let (folder, mark) = try downloadedFolder()
    let run = try Safety.shell(
      "exec \"$JIEDU\" annotate a.txt --config config.yaml --format json", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: mark.path))
  }

  /// Reading files outside the config's folder needs trust too; inside it does not.
  @Test(arguments: [
    (
      "output:\n  template: /etc/passwd\n",
      "reads '/etc/passwd' outside its folder (output.template)"
    ),
    (
      "output:\n  known-words: ../words.txt\n",
      "reads '../words.txt' outside its folder (output.known-words)"
    ),
    (
      "stages:\n  - id: glossary\n    options:\n      files: [ok.yaml, /etc/hostname]\n",
      "reads '/etc/hostname' outside its folder (stages[0].options.files)"
    ),
    (
      "segmentation:\n  lexicons: [link/x.txt]\n",
      "reads 'link/x.txt' outside its folder (segmentation.lexicons)"
    ),
  ])
  func readingOutsideTheFolderNeedsTrust(_ config: String, _ reason: String) throws {
    let parent = try CLIRunner.temporaryDirectory()
    let folder = parent.appendingPathComponent("project")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("link"), withDestinationURL: URL(fileURLWithPath: "/etc"))
    _ = try Safety.article(in: folder, name: "a.txt")
    try Data(config.utf8).write(to: folder.appendingPathComponent("config.yaml"))
    let run = try Safety.shell("exec \"$JIEDU\" annotate a.txt --format json", in: folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains(reason), "\(run.stderr)")
    // `segment` reads the same config: the same rule.
    let segment = try Safety.shell("echo 你好 | \"$JIEDU\" segment", in: folder)
    #expect(segment.status == 1 && segment.stderr.contains("jiedu config trust"))
  }

  @Test func filesInsideTheFolderNeedNoTrust() throws {
    let folder = try CLIRunner.temporaryDirectory()
    _ = try Safety.article(in: folder, name: "a.txt")
    try Data("共产党\n".utf8).write(to: folder.appendingPathComponent("known.txt"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("output:\n  known-words: ./sub/../known.txt\n  pinyin-over: unknown\n".utf8).write(
      to: folder.appendingPathComponent("config.yaml"))
    let run = try Safety.shell("exec \"$JIEDU\" annotate a.txt --format html", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
  }

  /// `make handout` runs in the project folder with the project's config.yaml: no trust needed.
  @Test func theProjectsOwnConfigNeedsNoTrust() throws {
    let run = try Safety.shell(
      "exec \"$JIEDU\" annotate seeds/000_cadf6caf5feb9c49.txt --format html", in: CLIRunner.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText.contains("<html"))
  }

  @Test func trustingSomethingThatIsNotAConfigFails() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let missing = try Safety.shell("exec \"$JIEDU\" config trust", in: folder)
    #expect(Safety.isOneLineError(missing), "\(missing.stderr)")
    #expect(missing.stderr.contains("no such config file"))
    let directory = try Safety.shell("exec \"$JIEDU\" config trust .", in: folder)
    #expect(Safety.isOneLineError(directory), "\(directory.stderr)")
    #expect(directory.stderr.contains("is a folder, not a config file"))
  }

  @Test func theHTMLForbidsLoadingAnything() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "html"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdoutText.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:; frame-src 'none'"
      ))
  }

  static var canPrint: Bool {
    ["/usr/bin/chromium", "/usr/bin/pdftotext"].allSatisfy {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// A template's `<iframe src=file:///…>` is not printed into the PDF: the browser loads nothing
  /// from disk or network while it prints.
  @Test(.enabled(if: canPrint, "needs chromium and pdftotext"))
  func thePrintedPageLoadsNoFiles() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let secret = folder.appendingPathComponent("secret.txt")
    try Data("TOPSECRETMARKER".utf8).write(to: secret)
    let template = folder.appendingPathComponent("t.mustache")
    try Data(
      """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{titleText}}</title></head>
      <body><p>VISIBLEMARKER</p><iframe src="\(secret.absoluteString)" width="600" height="200"></iframe>
      <object data="\(secret.absoluteString)" type="text/plain" width="600" height="200"></object>
      {{{bodyHTML}}}</body></html>
      """.utf8
    ).write(to: template)
    let article = try Safety.article(in: folder)
    let run = try CLIRunner.run(
      ["annotate", article.path, "--format", "pdf", "--template", template.path, "-o", "out.pdf"],
      in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try CLIRunner.runProgram([
      "/usr/bin/pdftotext", folder.appendingPathComponent("out.pdf").path, "-",
    ])
    #expect(text.stdoutText.contains("VISIBLEMARKER"))
    #expect(!text.stdoutText.contains("TOPSECRETMARKER"))
  }
}
