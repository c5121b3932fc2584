import Foundation
import Testing

/// The stage contract and the CLI rules of issue 11, through the built binary.
@Suite("Stage contract and CLI rules, end to end")
struct ContractTests {
  @Test func aMisspeltCommandGetsASuggestionAndExit64() throws {
    let run = try CLIRunner.run(["anotate", "x.txt"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("unknown command 'anotate'; did you mean 'annotate'?"))
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
  }

  @Test func aUsageErrorIsOneLineAndExit64() throws {
    let run = try CLIRunner.run(["annotate"])
    #expect(run.status == 64)
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    #expect(run.stderr.contains("see 'jiedu annotate --help'"))
  }

  @Test func aRunFailureIsOneLineAndExit1() throws {
    let run = try CLIRunner.run(["annotate", "/nonexistent/article.txt"])
    #expect(run.status == 1)
    #expect(run.stderr == "jiedu: error: /nonexistent/article.txt: no such file\n")
  }

  @Test func aWrongStageOrderIsRefusedNamingTheStageThatMustComeFirst() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.fixture("empty.txt").path, "--config",
      CLIRunner.fixture("order-refused.yaml").path,
    ])
    #expect(run.status == 1)
    #expect(run.stderr.contains("stages[0] 'external' needs terms"), "\(run.stderr)")
    #expect(run.stderr.contains("'glossary' produces terms, so configure it before 'external'"))
  }

  @Test func onErrorWarnIsAppliedByTheHost() throws {
    let article = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-warn-\(UUID().uuidString).txt")
    try Data("抓党建工作。\n".utf8).write(to: article)
    defer { try? FileManager.default.removeItem(at: article) }
    let run = try CLIRunner.run([
      "annotate", article.path, "--format", "json", "--config",
      CLIRunner.fixture("warn-on-error.yaml").path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("\(article.path): [external] failed and was skipped (on-error: warn)"))
    #expect(run.stdoutText.contains("\"rendering\":\"Party-building work\""))
  }

  @Test func pdfGoesToARedirectedStdout() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "pdf"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.starts(with: Array("%PDF".utf8)))
  }

  @Test func lookupFindsAFormulaByCharactersPinyinAndEnglish() throws {
    for query in ["三会一课", "sanhuiyike", "san1 hui4 yi1 ke4", "sān huì yī kè"] {
      let run = try CLIRunner.run(["lookup", query])
      #expect(run.status == 0, "\(query): \(run.stderr)")
      #expect(run.stdoutText.contains("支部党员大会"), "\(query)")
    }
    let english = try CLIRunner.run(["lookup", "Party building"])
    #expect(english.stdoutText.contains("党建"), "\(english.stdoutText.prefix(300))")
  }

  @Test func pinyinKeepsLatinDigitsAndPunctuationInPlace() throws {
    let run = try CLIRunner.run(["pinyin"], stdin: Data("2021年，5G网络覆盖了98%的地区。\n".utf8))
    #expect(run.status == 0, "\(run.stderr)")
    let line = run.stdoutText.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix("2021 nián"))
    #expect(line.contains("5G wǎng luò") && line.contains("98% de"))
    #expect(line.contains("nián ， 5G"), "Chinese punctuation stands apart from Latin text: \(line)")
  }

  @Test func warningsNameTheirFile() throws {
    let article = FileManager.default.temporaryDirectory.appendingPathComponent(
      "warnme-\(UUID().uuidString).txt")
    try Data("会上提出要落实“三抓两促一提升”。\n".utf8).write(to: article)
    defer { try? FileManager.default.removeItem(at: article) }
    let run = try CLIRunner.run(["annotate", article.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let warnings = run.stderr.split(separator: "\n").filter { $0.contains("warning") }
    #expect(!warnings.isEmpty)
    for line in warnings { #expect(line.contains(article.path), "\(line)") }
  }

  @Test func outputFlagsOverrideTheConfig() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--pinyin-over", "none", "--title-en", "A Test Title",
      "--max-vocabulary", "5",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText.contains("A Test Title"))
    #expect(run.stdoutText.contains("<html") || run.stdoutText.contains("<!DOCTYPE"))
  }

  @Test func anUnknownPinyinOverValueNamesTheValidOnes() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--pinyin-over", "sometimes"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("sometimes"))
  }

  @Test func aBrokenTemplateIsOneLineWithFileLineAndColumnInWords() throws {
    let template = CLIRunner.fixture("broken-template.mustache").path
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--template", template])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "jiedu: error: template '\(template)':3:12: a closing tag {{/…}} does not match the section it closes\n")
  }

  @Test func aTemplateNamingAnUnknownKeyIsAWarning() throws {
    let template = CLIRunner.fixture("misspelt-key.mustache").path
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--template", template])
    #expect(run.status == 0)
    #expect(run.stderr.contains("jiedu: warning: template '\(template)':1: '{{titel}}' names 'titel'"))
    #expect(!run.stderr.contains("'number'"))
  }
}
