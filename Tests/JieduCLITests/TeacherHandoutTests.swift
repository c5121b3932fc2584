import Foundation
import Testing

/// The handout a teacher prints: page counts measured with pdfinfo on real Chromium PDFs, the Anki
/// deck imported by Anki's own library, and the interactive page clicked in a real browser.
/// `make test` installs the tools (scripts/install-pdf-deps.sh, scripts/install-py-tools.sh) and
/// sets JIEDU_REQUIRE_PDF=1, so that a missing tool fails instead of skipping.
@Suite(
  .enabled(
    if: TeacherTools.available || TeacherTools.required, "needs chromium, pdfinfo, the py venv"))
struct TeacherHandoutTests {
  static let letter = CLIRunner.fixture("articles/letter-1500.txt")
  static let editorial = CLIRunner.fixture("articles/editorial-4000.txt")

  @Test(arguments: [
    ("seed", CLIRunner.seed, 12), ("letter-1500", letter, 6), ("editorial-4000", editorial, 10),
  ])
  func theDefaultPDFFitsItsPageBudgetAndKeepsEveryTermAndFormula(
    name: String, article: URL, pages: Int
  ) throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("\(name).pdf")
    let run = try CLIRunner.run(["annotate", article.path, "--format", "pdf", "-o", pdf.path])
    #expect(run.status == 0, "\(run.stderr)")
    let info = try TeacherTools.output("pdfinfo", [pdf.path])
    let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    let measured = try #require(count)
    #expect(measured <= pages, "\(name): \(measured) pages, budget \(pages)")
    // Every key term and formula of the document is in the printed text.
    let text = try TeacherTools.output("pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
    let json = try CLIRunner.run(["annotate", article.path, "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let annotations = document["annotations"] as? [[String: Any]] ?? []
    let texts = Set(
      annotations.filter { ["term", "abbreviation"].contains($0["type"] as? String) }
        .compactMap { $0["text"] as? String })
    for term in texts {
      #expect(text.contains(term), "\(name): \(term) is missing from the PDF")
    }
  }

  @Test func theSalutationOfALetterIsNotItsTitleAndTheDateLineIsNotANote() throws {
    let run = try CLIRunner.run(["annotate", Self.letter.path, "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let blocks = document["blocks"] as? [[String: Any]] ?? []
    let kind = { (prefix: String) in
      blocks.first { ($0["text"] as? String)?.hasPrefix(prefix) == true }?["kind"] as? String
    }
    #expect(kind("写给返乡创业青年") == "title")
    #expect(kind("陈耀朋友") != "title")
    #expect(kind("2024年5月12日") != "note")
  }

  @Test func theAnkiPackageImportsIntoAnkiWithSentencesLevelsAndTerms() throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let deck = folder.appendingPathComponent("deck.apkg")
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--format", "apkg", "--reader-level", "hsk4", "-o",
      deck.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let python = try TeacherTools.python()
    let imported = try TeacherTools.output(
      python, [CLIRunner.fixture("scripts/anki_import.py").path, deck.path])
    let notes = try #require(
      try JSONSerialization.jsonObject(with: Data(imported.utf8)) as? [[String: Any]])
    #expect(notes.count >= 20)
    let fields = notes.compactMap { $0["fields"] as? [String: String] }
    #expect(
      notes.allSatisfy { $0["type"] as? String == "Jiedu Chinese" && $0["cards"] as? Int == 2 })
    let term = try #require(fields.first { $0["Word"] == "砥砺前行" })
    #expect(term["Glossary"]?.isEmpty == false)
    #expect(term["Sentence"]?.contains("<b>砥砺前行</b>") == true)
    #expect(term["Cloze"]?.contains("砥砺前行") == false)
    let word = try #require(fields.first { $0["Level"] == "HSK 6" })
    #expect(word["Sentence"]?.contains("<b>\(word["Word"] ?? "")</b>") == true)
    #expect(word["Pinyin"]?.isEmpty == false && word["English"]?.isEmpty == false)
    #expect(fields.allSatisfy { $0["Source"]?.isEmpty == false })
  }

  @Test func theInteractivePageShowsAPopupAndTogglesPinyinAndEnglish() throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("handout.html")
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--format", "html", "-o", page.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let python = try TeacherTools.python()
    let output = try TeacherTools.output(
      python, [CLIRunner.fixture("scripts/browser_popup.py").path, page.path, "机遇"])
    let seen = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
    #expect(seen["popup_visible"] as? Bool == true)
    let popup = seen["popup"] as? String ?? ""
    #expect(popup.contains("机遇") && popup.contains("jīyù") && popup.contains("HSK 6"), "\(popup)")
    #expect(popup.contains("opportunity"), "\(popup)")
    #expect(seen["rt_visible_before"] as? Bool == true)
    #expect(seen["rt_visible_after_none"] as? Bool == false)
    #expect(seen["rt_visible_after_all"] as? Bool == true)
    #expect(seen["en_visible_before"] as? Bool == true)
    #expect(seen["en_visible_after_toggle"] as? Bool == false)
    #expect((seen["tone_spans"] as? Int ?? 0) > 100)
    #expect((seen["remote"] as? [String])?.isEmpty == true)
  }
}

/// Chromium, poppler, chromedriver and the Python venv of scripts/install-py-tools.sh.
enum TeacherTools {
  static let required = ProcessInfo.processInfo.environment["JIEDU_REQUIRE_PDF"] == "1"

  static var venvPython: URL {
    let cache =
      ProcessInfo.processInfo.environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
    return cache.appendingPathComponent("jiedu/pyvenv/bin/python")
  }

  static var available: Bool {
    ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/pdfinfo"].allSatisfy {
      FileManager.default.isExecutableFile(atPath: $0)
    } && FileManager.default.isExecutableFile(atPath: venvPython.path)
  }

  /// The venv's python, or an error naming the script that installs it.
  static func python() throws -> String {
    guard FileManager.default.isExecutableFile(atPath: venvPython.path) else {
      throw ToolError(message: "no \(venvPython.path): run scripts/install-py-tools.sh")
    }
    return venvPython.path
  }

  /// Runs a tool (a name on /usr/bin or a path) and returns its stdout; a failure carries stderr.
  static func output(_ tool: String, _ arguments: [String]) throws -> String {
    let path = tool.hasPrefix("/") ? tool : "/usr/bin/\(tool)"
    let run = try CLIRunner.run(arguments, timeout: 240, executable: URL(fileURLWithPath: path))
    guard run.status == 0 else {
      throw ToolError(message: "\(tool) exited \(run.status): \(run.stderr.suffix(600))")
    }
    return run.stdoutText
  }

  struct ToolError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
