import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17, items 6 and 7: timeouts hold against programs that leave helpers behind (even in a
/// session of their own), and an interrupt kills the children and removes the temporaries.
@Suite("Timeouts and interrupts, end to end")
struct ProcessControlTests {
  /// A config running `script` (written into the folder) as an external stage.
  func externalStage(_ script: String, timeout: Int = 3, in folder: URL) throws -> URL {
    try Safety.script(script, at: folder.appendingPathComponent("stage.sh"))
    let config = folder.appendingPathComponent("stage.yaml")
    try Data(
      "stages:\n  - id: external\n    options:\n      command: [./stage.sh]\n      timeout: \(timeout)\n"
        .utf8
    ).write(to: config)
    return config
  }

  @Test func aGrandchildInItsOwnSessionCannotHoldTheRun() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let pidFile = folder.appendingPathComponent("daemon.pid")
    let config = try externalStage(
      """
      #!/bin/sh
      (setsid sh -c 'echo $$ > "\(pidFile.path)"; exec sleep 60' &)
      while [ ! -s "\(pidFile.path)" ]; do sleep 0.05; done
      cat >/dev/null
      echo '{"annotations": []}'
      """, in: folder)
    let article = try Safety.article(in: folder)
    let start = Date()
    let run = try CLIRunner.run(
      ["annotate", article.path, "--config", config.path, "--format", "json"], in: folder)
    let seconds = Date().timeIntervalSince(start)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(seconds < 3 + 2 + 3, "took \(seconds) s")
    let daemon = try #require(Safety.pid(in: pidFile))
    #expect(Safety.waitGone(daemon), "the setsid grandchild holding stdout is still running")
  }

  @Test func theTimeoutHoldsWhenTheProgramHangsWithAnEscapedHelper() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let pidFile = folder.appendingPathComponent("daemon.pid")
    let config = try externalStage(
      """
      #!/bin/sh
      (setsid sh -c 'echo $$ > "\(pidFile.path)"; exec sleep 60' &)
      exec sleep 60
      """, timeout: 2, in: folder)
    let article = try Safety.article(in: folder)
    let start = Date()
    let run = try CLIRunner.run(
      ["annotate", article.path, "--config", config.path, "--format", "json"], in: folder)
    let seconds = Date().timeIntervalSince(start)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("timed out after 2 s"), "\(run.stderr)")
    #expect(seconds < 2 + 2 + 4, "took \(seconds) s")
    let daemon = try #require(Safety.pid(in: pidFile))
    #expect(Safety.waitGone(daemon))
  }

  /// A stand-in browser that writes the PDF, then leaves a helper in its own session holding the
  /// pipes — as Chromium's zygote can — and exits (once the helper has written its pid: the run
  /// could end it before it did).
  @Test func aBrowserHelperHoldingThePipeDoesNotHoldThePDF() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let pidFile = folder.appendingPathComponent("helper.pid")
    let browser = folder.appendingPathComponent("browser.sh")
    try Safety.script(
      """
      #!/bin/sh
      for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
      printf '%%PDF-1.4\\n%%%%EOF\\n' > "$out"
      (setsid sh -c 'echo $$ > "\(pidFile.path)"; exec sleep 60' &)
      while [ ! -s "\(pidFile.path)" ]; do sleep 0.05; done
      exit 0
      """, at: browser)
    let article = try Safety.article(in: folder)
    let start = Date()
    let run = try Safety.shell(
      "exec \"$JIEDU\" annotate \(Safety.quoted(article.path)) --format pdf -o out.pdf", in: folder,
      environment: ["JIEDU_CHROMIUM": browser.path])
    let seconds = Date().timeIntervalSince(start)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(seconds < 15, "took \(seconds) s")
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("out.pdf")).starts(
        with: Array("%PDF".utf8)))
    let helper = try #require(Safety.pid(in: pidFile))
    #expect(Safety.waitGone(helper))
  }

  /// The browser's PDF is taken with a limit, not whole into memory.
  @Test func aRunawayPDFIsRefused() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let browser = folder.appendingPathComponent("browser.sh")
    try Safety.script(
      """
      #!/bin/sh
      for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
      printf '%%PDF-1.4\\n' > "$out"
      truncate -s 400M "$out"
      """, at: browser)
    let article = try Safety.article(in: folder)
    let run = try Safety.shell(
      "exec \"$JIEDU\" annotate \(Safety.quoted(article.path)) --format pdf -o out.pdf", in: folder,
      environment: ["JIEDU_CHROMIUM": browser.path])
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("larger than the limit of 256 MiB"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path))
  }

  /// SIGINT or SIGTERM while a child runs: the child (and a helper it left in its own session) is
  /// killed, the PDF folder is removed, jiedu exits with 128 + the signal.
  @Test(arguments: [SIGINT, SIGTERM])
  func anInterruptKillsChildrenAndRemovesTemporaries(_ signal: Int32) throws {
    let folder = try CLIRunner.temporaryDirectory()
    let pidFile = folder.appendingPathComponent("browser.pid")
    let helperFile = folder.appendingPathComponent("helper.pid")
    let browser = folder.appendingPathComponent("browser.sh")
    try Safety.script(
      """
      #!/bin/sh
      (setsid sh -c 'echo $$ > "\(helperFile.path)"; exec sleep 60' &)
      echo $$ > "\(pidFile.path)"
      exec sleep 60
      """, at: browser)
    let article = try Safety.article(in: folder)
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["annotate", article.path, "--format", "pdf", "-o", "out.pdf"]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["JIEDU_DATA"] = CLIRunner.root.appendingPathComponent("data").path
    environment["JIEDU_CHROMIUM"] = browser.path
    environment["TMPDIR"] = folder.path
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let child = try #require(Safety.pid(in: pidFile, waiting: 120))
    let helper = try #require(Safety.pid(in: helperFile))
    let temporaries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(temporaries.contains { $0.hasPrefix("jiedu-pdf-") })
    kill(process.processIdentifier, signal)
    let deadline = Date().addingTimeInterval(20)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    #expect(!process.isRunning)
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + signal)
    #expect(Safety.waitGone(child), "the browser outlived the interrupt")
    #expect(Safety.waitGone(helper), "the browser's helper outlived the interrupt")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!left.contains { $0.hasPrefix("jiedu-pdf-") || $0.hasPrefix(".jiedu-") }, "\(left)")
  }
}
