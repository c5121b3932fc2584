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
