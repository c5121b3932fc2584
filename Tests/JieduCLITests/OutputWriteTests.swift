import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17, items 2 and 7: `-o` on a FIFO writes into it (a reader gets the document), and a
/// replaced output leaves no temporary file beside it.
@Suite("Writing outputs, end to end")
struct OutputWriteTests {
  @Test func aFIFOIsWrittenToItsReader() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let fifo = folder.appendingPathComponent("pipe.json")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    // A real reader on the FIFO: cat copies what jiedu writes into a file.
    let copy = folder.appendingPathComponent("copy.json")
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "exec cat \"$0\" > \"$1\"", fifo.path, copy.path]
    try reader.run()
    let run = try CLIRunner.run(
      ["annotate", CLIRunner.seed.path, "--format", "json", "-o", fifo.path], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let deadline = Date().addingTimeInterval(20)
    while reader.isRunning && Date() < deadline { usleep(20_000) }
    if reader.isRunning { kill(reader.processIdentifier, SIGKILL) }
    reader.waitUntilExit()
    var info = stat()
    #expect(lstat(fifo.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    let document = try JSONSerialization.jsonObject(with: Data(contentsOf: copy)) as? [String: Any]
    #expect(document?["blocks"] != nil)
  }

  @Test func replacingAnOutputLeavesNothingBeside() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let article = try Safety.article(in: folder)
    let out = folder.appendingPathComponent("out.html")
    try Data("old".utf8).write(to: out)
    for format in ["html", "json", "md"] {
      let run = try CLIRunner.run(
        ["annotate", article.path, "--format", format, "-o", out.path], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(listed == ["article.txt", "out.html"])
    #expect(try String(contentsOf: out, encoding: .utf8).contains("\nSource: "))
  }
}
