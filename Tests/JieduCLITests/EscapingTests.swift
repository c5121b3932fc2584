import Foundation
import Testing

/// Issue 17, item 5: every user-controlled string is escaped for where it lands — Markdown, HTML,
/// the terminal — so a file name or a plugin cannot inject markup or terminal sequences.
@Suite("Escaping user-controlled text, end to end")
struct EscapingTests {
  static let hostileName = "x\n\n<img src=x onerror=alert(1)>\n\n`code` *b* [l](javascript:x).txt"

  @Test func aFileNameCannotInjectMarkdown() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let file = try Safety.article(in: folder, name: Self.hostileName)
    let run = try CLIRunner.run(["annotate", file.path, "--format", "md"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
    let source = try #require(lines.first { $0.hasPrefix("Source: ") })
    // The whole name on the one source line, its markup escaped.
    #expect(source.contains("\\<img src=x onerror=alert\\(1\\)\\>"), "\(source)")
    #expect(source.contains("\\[l\\]\\(javascript:x\\)"))
    #expect(!lines.contains { $0.hasPrefix("<img") })
    #expect(!run.stdoutText.replacingOccurrences(of: "\\<", with: "").contains("<img"))
  }

  @Test func aFileNameIsTextInTheHTML() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let name = "a\"><script>alert(1)<b x='.txt"
    let file = try Safety.article(in: folder, name: name)
    let run = try CLIRunner.run(["annotate", file.path, "--format", "html"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdoutText.contains("<script>alert(1)"))
    #expect(!run.stdoutText.contains("\"><script"))
    #expect(run.stdoutText.contains("&lt;script&gt;alert(1)&lt;b x="))
  }

  @Test func aFileNameWithANewlineKeepsTheErrorOnOneLine() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let run = try CLIRunner.run(["annotate", "no\nsuch\u{1B}[2J.txt"], in: folder)
    #expect(Safety.isOneLineError(run), "\(run.stderr)")
    #expect(run.stderr.contains("no\\nsuch\\u{1B}[2J.txt: no such file"), "\(run.stderr)")
    #expect(!run.stderr.contains("\u{1B}"))
  }

  /// A plugin's stderr, diagnostics and failure message reach the terminal without ESC sequences.
  @Test func pluginTextCannotDriveTheTerminal() throws {
    let folder = try CLIRunner.temporaryDirectory()
    try Safety.script(
      """
      #!/bin/sh
      cat >/dev/null
      printf 'plain \\033[31mred\\033[0m \\033]0;title\\007 bell\\n' >&2
      printf '{"annotations": [], "diagnostics": [{"level": "warning", "message": "warn \\\\u001b[2J cleared"}]}'
      """, at: folder.appendingPathComponent("colours.sh"))
    let config = folder.appendingPathComponent("c.yaml")
    try Data("stages:\n  - id: external\n    options:\n      command: [./colours.sh]\n".utf8)
      .write(to: config)
    let article = try Safety.article(in: folder)
    let run = try CLIRunner.run(
      ["annotate", article.path, "--config", config.path, "--format", "json"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("[colours.sh] plain \\u{1B}[31mred"), "\(run.stderr)")
    #expect(run.stderr.contains("warn \\u{1B}[2J cleared"), "\(run.stderr)")
    #expect(!run.stderr.contains("\u{1B}"))
    #expect(!run.stderr.contains("\u{07}"))
  }
}
