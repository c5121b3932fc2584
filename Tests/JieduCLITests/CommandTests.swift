import Foundation
import Testing

@Suite("Other jiedu commands, end to end")
struct CommandTests {
  @Test func segmentKeepsLinesOneForOne() throws {
    let input = try Data(contentsOf: CLIRunner.fixture("segment-input.txt"))
    let run = try CLIRunner.run(["segment"], stdin: input)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 5)  // four input lines and the final newline
    #expect(lines[1] == "")
    #expect(!run.stdoutText.contains("\r"))
    #expect(lines[0].split(separator: " ").joined() == "推动基层党建与科创强区同频共振")
    #expect(lines[3].split(separator: " ").contains("5G"))
  }

  @Test func stagesListsEveryBuiltinStageWithOptions() throws {
    let run = try CLIRunner.run(["stages"])
    #expect(run.status == 0)
    for id in ["glossary", "abbreviations", "gloss", "external"] {
      #expect(run.stdoutText.contains("\n\(id) — ") || run.stdoutText.hasPrefix("\(id) — "))
    }
    #expect(run.stdoutText.contains("  command: [string] = (required)"))
  }

  @Test func lookupPrintsEveryEntry() throws {
    let run = try CLIRunner.run(["lookup", "行"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText.contains("[xíng]") && run.stdoutText.contains("[háng]"))
  }

  @Test func pinyinGivesOneSyllablePerHanCharacter() throws {
    let run = try CLIRunner.run(["pinyin"], stdin: Data("重点调研银行\n\n行业\n".utf8))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText == "zhòng diǎn diào yán yín háng\n\nháng yè\n")
  }

  /// Files are read line for line one after another (`-` is stdin), as from stdin: a file's last
  /// line without a line break is still a line of its own.
  @Test(arguments: ["pinyin", "segment"])
  func filesAreReadLikeStandardInput(command: String) throws {
    let folder = try CLIRunner.temporaryDirectory()
    let first = folder.appendingPathComponent("a.txt")
    let second = folder.appendingPathComponent("b.txt")
    try Data("重点调研银行\n\n行业".utf8).write(to: first)
    try Data("推动基层党建\r\n".utf8).write(to: second)
    let piped = try CLIRunner.run(
      [command], stdin: Data("重点调研银行\n\n行业\n推动基层党建\n中国\n".utf8))
    let read = try CLIRunner.run(
      [command, first.path, second.path, "-"], stdin: Data("中国\n".utf8))
    #expect(read.status == 0 && piped.status == 0, "\(read.stderr)")
    #expect(read.stdoutText == piped.stdoutText)
    #expect(read.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
  }

  /// A missing file or a folder among the files is one line naming it, before anything is
  /// written.
  @Test(arguments: ["pinyin", "segment"])
  func aMissingFileOrAFolderIsOneLineBeforeAnyOutput(command: String) throws {
    let folder = try CLIRunner.temporaryDirectory()
    let file = folder.appendingPathComponent("a.txt")
    try Data("银行\n".utf8).write(to: file)
    let missing = folder.appendingPathComponent("missing.txt").path
    let gone = try CLIRunner.run([command, file.path, missing])
    #expect(gone.status == 1 && gone.stdout.isEmpty)
    #expect(gone.stderr == "jiedu: error: \(missing): no such file\n")
    let directory = try CLIRunner.run([command, file.path, folder.path])
    #expect(directory.status == 1 && directory.stdout.isEmpty)
    #expect(directory.stderr == "jiedu: error: \(folder.path): is a directory, not a file\n")
  }

  @Test func unknownFormatSuggestsTheNearest() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "htm"])
    #expect(run.status != 0)
    #expect(run.status == 64 && run.stderr.contains("'htm'") && run.stderr.contains("'html'"))
  }

  @Test func aDataFolderWithoutTheDictionariesIsNamed() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--data", "/nonexistent/data"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "jiedu: error: --data /nonexistent/data: no cedict_1_0_ts_utf-8_mdbg.txt there; fetch the data with: make data (scripts/fetch-data.sh)\n"
    )
  }
}
