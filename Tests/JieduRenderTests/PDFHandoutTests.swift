import Foundation
import JieduCore
import Testing

@testable import JieduRender

/// Prints the sample handout with headless Chromium and checks the PDF with poppler-utils.
/// Runs when Chromium and poppler-utils are installed (`scripts/install-pdf-deps.sh`); CI sets
/// `JIEDU_REQUIRE_PDF=1` so that missing tools fail the run instead of skipping it.
@Suite(.enabled(if: PDFTools.available || PDFTools.required, "needs chromium and poppler-utils"))
struct PDFHandoutTests {
  private static let rendered: Result<URL, any Error> = Result {
    let data = try DocumentRendering.render(
      SampleDocument.make(), as: .pdf, options: RenderOptions())
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-render-test-\(UUID().uuidString).pdf")
    try data.write(to: url)
    return url
  }

  private var pdf: URL {
    get throws { try Self.rendered.get() }
  }

  @Test func isAnA4PDFWithASaneNumberOfPages() throws {
    let info = try PDFTools.run("pdfinfo", [try pdf.path])
    #expect(info.contains("(A4)"), "\(info)")
    let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    let count = try #require(pages)
    #expect((1...4).contains(count))
  }

  @Test func embedsTheCJKFont() throws {
    let fonts = try PDFTools.run("pdffonts", [try pdf.path])
    let embedded = fonts.split(separator: "\n").dropFirst(2).filter { $0.contains(" yes ") }
    #expect(!embedded.isEmpty, "\(fonts)")
    // Chromium embeds OpenType CJK fonts as Type 3; their descriptor keeps the font's name.
    let raw = String(decoding: try Data(contentsOf: try pdf), as: UTF8.self)
    #expect(
      raw.range(of: #"/FontName /[A-Z]{6}\+Noto(Serif|Sans)CJK"#, options: .regularExpression)
        != nil)
  }

  @Test func textIsExtractableWithRubyTablesAndCredit() throws {
    let text = try PDFTools.run("pdftotext", [try pdf.path, "-"])
    #expect(text.contains("强区同频共振"))
    #expect(text.contains("宝山区坚持"))
    #expect(text.contains("tuīdòng"))  // the ruby
    #expect(text.contains("Key terms"))
    #expect(text.contains("Formulas decoded"))
    #expect(text.contains("Vocabulary"))
    #expect(text.contains("支部党员大会"))
    #expect(text.contains("CC BY-SA 4.0"))
  }

  @Test func pinyinOverUnknownWordsHidesThePinyinOfKnownWords() throws {
    let options = RenderOptions(pinyinOver: .unknown, knownWords: ["推动", "宝山区"])
    let data = try DocumentRendering.render(SampleDocument.make(), as: .pdf, options: options)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-render-test-\(UUID().uuidString).pdf")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let text = try PDFTools.run("pdftotext", [url.path, "-"])
    #expect(!text.contains("tuīdòng"))
    #expect(!text.contains("Bǎoshānqū"))
    #expect(text.contains("jīcéng"))
    #expect(text.contains("jiānchí"))
  }

  @Test func hostileGlossaryTextShowsAsText() throws {
    // The key terms are set in two columns: a note may break across lines.
    let text = try PDFTools.run("pdftotext", [try pdf.path, "-"]).filter { !$0.isWhitespace }
    #expect(text.contains("<imgsrc=xonerror=alert(2)>"))
    #expect(text.contains("<script>alert(\"x\")</script>&more"))
  }

  @Test func nothingRunsOverThePageWidth() throws {
    let boxes = try PDFTools.run("pdftotext", ["-bbox", try pdf.path, "-"])
    let width = try #require(
      boxes.firstMatch(of: /<page width="([0-9.]+)"/).flatMap { Double($0.1) })
    let rightEdges = boxes.matches(of: /xMax="([0-9.]+)"/).compactMap { Double($0.1) }
    #expect(rightEdges.count > 100)
    let margin = 13 / 25.4 * 72  // the 13 mm side margin of @page, in points
    #expect(
      rightEdges.allSatisfy { $0 <= width - margin + 1 },
      "a word ends at \(rightEdges.max() ?? 0) of \(width)")
  }
}

@Suite struct ChromiumPrinterTests {
  @Test func aMissingBrowserNamesThePackagesToInstall() {
    let printer = ChromiumPrinter(environment: ["PATH": "/nonexistent"])
    let error = #expect(throws: JieduError.self) { try printer.printToPDF(html: "<p>x</p>") }
    #expect(error?.message.contains("apt-get install chromium fonts-noto-cjk") == true)
  }

  @Test func anOverrideThatIsNotAProgramIsAnError() {
    let printer = ChromiumPrinter(environment: ["JIEDU_CHROMIUM": "/nonexistent/chromium"])
    #expect(throws: JieduError("JIEDU_CHROMIUM='/nonexistent/chromium' is not an executable file"))
    {
      try printer.browser()
    }
  }
}
