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
    ("seed", CLIRunner.seed, 11), ("letter-1500", letter, 6), ("editorial-4000", editorial, 10),
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

  /// The text of each page of a PDF (pdftotext's form feeds).
  static func pages(_ pdf: URL) throws -> [String] {
    try TeacherTools.output("pdftotext", ["-layout", pdf.path, "-"]).components(
      separatedBy: "\u{0C}"
    )
    .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }

  @Test func theExercisesFollowTheHandoutAndTheAnswerKeyHasAPageOfItsOwn() throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("exercises.pdf")
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--format", "pdf", "--exercises", "-o", pdf.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let pages = try Self.pages(pdf)
    let exercises = try #require(pages.firstIndex { $0.contains("Exercises") && $0.contains("练习") })
    let key = try #require(pages.firstIndex { $0.contains("Answer key") })
    // Each starts a page: its heading is the page's first line.
    for index in [exercises, key] {
      let first = pages[index].split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
      #expect(
        first?.contains("Exercises") == true || first?.contains("Answer key") == true,
        "page \(index + 1) starts with \(first ?? "")")
    }
    #expect(exercises < key)
    // No handout text shares the exercise pages: the Names table and footer end before them.
    #expect(!pages[exercises].contains("Made with Jiedu"))
    let sheet = pages[exercises..<key].joined()
    #expect(sheet.contains("Fill in the key term") && sheet.contains("(Party building"))
    #expect(sheet.contains("Match each formula") && sheet.contains("Write the pinyin"))
    let answers = pages[key...].joined()
    #expect(answers.contains("砥砺前行"))
  }

  @Test func theMarkdownCarriesTheExercisesAndAPageBreakBeforeTheKey() throws {
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--format", "md", "--exercises",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let md = run.stdoutText
    let sheet = try #require(md.components(separatedBy: "## Exercises").last)
    #expect(sheet.contains("### Fill in the key term"))
    #expect(sheet.contains("### Match each formula to its items"))
    #expect(sheet.contains("### Write the pinyin of the character in bold"))
    #expect(sheet.contains("<div style=\"break-before: page\"></div>"))
    let key = try #require(md.components(separatedBy: "## Answer key").last)
    // A polyphone the seed reads two ways (行: 银行 háng / 进行 xíng… or another): two answers.
    #expect(key.contains("(also "))
    let plain = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "md"])
    #expect(!plain.stdoutText.contains("## Exercises"), "exercises are off by default")
  }

  @Test func theCompactLayoutOfTheDefaultPipelineHasEnglishUnderEachParagraph() throws {
    let run = try CLIRunner.run([
      "annotate", Self.letter.path, "--format", "html", "--layout", "compact",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let html = run.stdoutText
    #expect(html.contains("No translation stage ran"))
    // Every paragraph of the letter but its salutation and date line (陈耀朋友：, 2024年5月12日:
    // words every reader knows) has its English line.
    let paragraphs = html.components(separatedBy: "<section class=\"blk paragraph\"").dropFirst()
      .map { $0.components(separatedBy: "</section>")[0] }
    let long = paragraphs.filter { $0.components(separatedBy: "<ruby").count > 8 }
    #expect(long.count >= 5)
    #expect(long.allSatisfy { $0.contains("<div class=\"en wbw\" lang=\"en\">") })
  }

  @Test func withToneColoursTheMarkdownPinyinIsColouredAndPlainWithout() throws {
    let folder = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("config.yaml"), encoding: .utf8)
    let config = folder.appendingPathComponent("tones.yaml")
    try base.replacingOccurrences(of: "\noutput:\n", with: "\noutput:\n  tone-colours: hanping\n")
      .write(to: config, atomically: true, encoding: .utf8)
    let run = try CLIRunner.run([
      "annotate", Self.letter.path, "--format", "md", "--config", config.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText.contains("<span style=\"color:#64b4ff\">"))
    let plain = try CLIRunner.run(["annotate", Self.letter.path, "--format", "md"])
    #expect(!plain.stdoutText.contains("<span"))
  }

  @Test(arguments: ["seed", "letter-1500", "editorial-4000"])
  func theVocabularyHasEnglishForEveryWordAndNoBoundCharacters(_ name: String) throws {
    let article =
      name == "seed" ? CLIRunner.seed : name == "letter-1500" ? Self.letter : Self.editorial
    let run = try CLIRunner.run([
      "annotate", article.path, "--format", "tsv", "--max-vocabulary", "300",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdoutText.split(separator: "\n").filter { !$0.hasPrefix("#") }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.count >= 40)
    for row in rows {
      #expect(row.count >= 4 && !row[3].isEmpty, "\(name): no English for \(row.first ?? "")")
      #expect(!["建", "如", "重点项目"].contains(String(row[0])), "\(name): \(row[0])")
      #expect(
        Set(row[3].components(separatedBy: "; ")).count
          == row[3].components(separatedBy: "; ").count,
        "\(name): a sense repeated for \(row[0]): \(row[3])")
    }
  }

  @Test func theTitlePinyinIsSpacedByWordLikeTheBody() throws {
    let run = try CLIRunner.run(["annotate", CLIRunner.seed.path, "--format", "html"])
    #expect(run.status == 0, "\(run.stderr)")
    let header = try #require(run.stdoutText.components(separatedBy: "</h1>").first)
    #expect(header.contains("<rt>kēchuàng qiángqū</rt>"), "\(header.suffix(600))")
    #expect(header.contains("<rt>jīcéng dǎngjiàn</rt>"))
    // (Its capital S is the name-orthography rules' business, not the spacing's.)
    #expect(run.stdoutText.lowercased().contains("<rt>shànghǎi jiěfàng zhànyì</rt>"))
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
    // Each syllable of a word in its own tone's colour (jī tone 1, yù tone 4), the word unchanged.
    #expect(seen["word_tones"] as? [String] == ["t1", "t4"], "\(seen["word_tones"] ?? "")")
    #expect(Set(seen["word_colours"] as? [String] ?? []).count == 2)
    #expect(seen["word_pinyin"] as? String == "jīyù")
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
