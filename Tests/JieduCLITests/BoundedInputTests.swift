import Foundation
import Testing

/// Issue 17, items 3 and 4: input is read with bounded, throwing reads — never unbounded memory, never
/// Foundation's trap (exit 132) — for files and stdin, in every command that reads.
@Suite("Bounded and throwing reads, end to end")
struct BoundedInputTests {
  @Test(arguments: ["annotate /dev/zero", "annotate - < /dev/zero", "glossary export /dev/zero"])
  func anEndlessInputStopsAtTheLimit(_ command: String) throws {
    let start = Date()
    let run = try Safety.shell("exec \"$JIEDU\" \(command) -o out.html", timeout: 60)
    #expect(Safety.isOneLineError(run), "\(run.status) \(run.stderr)")
    #expect(run.stderr.contains("larger than the limit of 256 MiB"), "\(run.stderr)")
    #expect(Date().timeIntervalSince(start) < 30)
  }

  @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let big = folder.appendingPathComponent("big.txt")
    #expect(FileManager.default.createFile(atPath: big.path, contents: Data("党".utf8)))
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: 300 << 20)  // sparse: 300 MiB without the disk space
    try handle.close()
    let run = try CLIRunner.run(["annotate", big.path, "--format", "json"], in: folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("big.txt: input is larger than the limit of 256 MiB"))
  }

  /// Standard input that is a folder, closed, or failing: one line with the system's reason.
  @Test(arguments: [
    ("annotate - < \"$D\"", "standard input: is a directory"),
    ("annotate - <&-", "standard input is closed"),
    ("annotate /proc/self/mem", "/proc/self/mem: cannot read (input/output error)"),
    ("segment < \"$D\"", "standard input: is a directory"),
    ("segment <&-", "standard input is closed"),
    ("pinyin < \"$D\"", "standard input: is a directory"),
    ("pinyin <&-", "standard input is closed"),
    ("glossary export - <&-", "standard input is closed"),
    ("annotate \"$D\"", "many articles need --out DIR"),
  ])
  func unreadableInputIsOneLine(_ command: String, _ expected: String) throws {
    let folder = try CLIRunner.temporaryDirectory()
    let run = try Safety.shell(
      "D=\(Safety.quoted(folder.path)); exec \"$JIEDU\" \(command)", in: folder, timeout: 120)
    #expect(Safety.isOneLineError(run), "\(command): \(run.status) \(run.stderr)")
    #expect(run.stderr.contains(expected), "\(command): \(run.stderr)")
  }

  @Test func closedStandardOutputIsAnErrorNotATrap() throws {
    let run = try Safety.shell("echo 你好 | \"$JIEDU\" pinyin >&-")
    #expect(Safety.isOneLineError(run), "\(run.status) \(run.stderr)")
    #expect(run.stderr.contains("standard output is closed"))
  }

  @Test func linesAreStillReadLineForLineInPieces() throws {
    // More than one read's worth (64 KiB) with lines across the piece boundaries.
    let line = String(repeating: "你好", count: 5000)
    let input = Array(repeating: line, count: 20).joined(separator: "\r\n") + "\n\nend"
    let run = try CLIRunner.run(["pinyin"], stdin: Data(input.utf8))
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 23)
    #expect(lines[0] == Substring(String(repeating: "nǐ hǎo ", count: 5000).dropLast()))
    #expect(lines[20] == "" && lines[21] == "end")
  }
}
