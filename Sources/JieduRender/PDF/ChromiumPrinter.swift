import Foundation
import JieduCore

/// Prints the HTML handout to PDF with headless Chromium (Debian's `chromium`, found on `PATH`), which
/// lays out `<ruby>` and embeds the CJK font from `fonts-noto-cjk`.
struct ChromiumPrinter {
  /// The command that installs what PDF output needs, for error messages.
  static let installHint = "apt-get install chromium fonts-noto-cjk"
  /// Browser names tried on `PATH`, in order; `JIEDU_CHROMIUM` overrides them.
  static let browserNames = [
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
  ]

  /// Environment the browser and font lookups come from.
  var environment: [String: String] = ProcessInfo.processInfo.environment
  /// Longest time the browser may take.
  var timeout: TimeInterval = 120

  /// The browser to run, or an error naming the package to install.
  func browser() throws -> URL {
    if let given = environment["JIEDU_CHROMIUM"], !given.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: given) else {
        throw JieduError("JIEDU_CHROMIUM='\(given)' is not an executable file")
      }
      return URL(fileURLWithPath: given)
    }
    guard let found = ProcessRunner.find(Self.browserNames, environment: environment) else {
      throw JieduError(
        "PDF output needs headless Chromium, and no 'chromium' is on PATH; install it: \(Self.installHint)"
      )
    }
    return found
  }

  /// Fails with a hint when fontconfig knows no Chinese font (the PDF would show empty boxes).
  func checkChineseFont() throws {
    guard let fcList = ProcessRunner.find(["fc-list"], environment: environment) else { return }
    let result = try ProcessRunner.run([fcList.path, ":lang=zh", "family"], timeout: 30)
    let listed = String(decoding: result.stdout, as: UTF8.self)
    if result.exitStatus == 0, listed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw JieduError(
        "PDF output needs a Chinese font and fontconfig lists none; install it: \(Self.installHint)"
      )
    }
  }

  /// Prints the HTML to PDF and returns the PDF's bytes.
  func printToPDF(html: String) throws -> Data {
    let chromium = try browser()
    try checkChineseFont()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-pdf-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw JieduError(
        "PDF output: cannot create a temporary folder in '\(folder.deletingLastPathComponent().path)'"
      )
    }
    // Removed on SIGINT/SIGTERM too (with the browser killed), not only on the way out.
    let cleanup = RunCleanup.shared.removeOnInterrupt(folder.path)
    defer {
      RunCleanup.shared.forget(cleanup)
      try? FileManager.default.removeItem(at: folder)
    }
    let page = folder.appendingPathComponent("handout.html")
    let pdf = folder.appendingPathComponent("handout.pdf")
    let confined = PrintPolicy.confine(html)
    guard FileManager.default.createFile(atPath: page.path, contents: Data(confined.utf8)) else {
      throw JieduError("PDF output: cannot write '\(page.path)'")
    }
    let arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
      "--disable-background-networking",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
      "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
    ]
    let result = try ProcessRunner.run(
      [chromium.path] + arguments, timeout: timeout, maxOutput: Self.maximumConsoleOutput)
    let data: [UInt8]
    do {
      data = try BoundedRead.file(pdf.path, limit: Self.maximumPDFBytes)
    } catch let error as JieduError where FileManager.default.fileExists(atPath: pdf.path) {
      throw JieduError(
        "PDF output: \(chromium.lastPathComponent) wrote a PDF we cannot take: \(error.message)")
    } catch {
      data = []
    }
    guard data.starts(with: Array("%PDF".utf8)) else {
      if result.timedOut {
        throw JieduError(
          "PDF output: '\(chromium.lastPathComponent)' did not finish within \(Int(timeout)) s")
      }
      let reason = result.stderrTail.isEmpty ? "no output" : result.stderrTail
      throw JieduError(
        "PDF output: \(chromium.lastPathComponent) exited with status \(result.exitStatus) and wrote no PDF (\(reason))"
      )
    }
    return Data(data)
  }

  /// Largest PDF taken from the browser: a handout is a few megabytes; a runaway page is refused
  /// rather than held in memory.
  static let maximumPDFBytes = 256 << 20
  /// Most of the browser's stdout kept (it writes little; the rest is dropped with the browser).
  static let maximumConsoleOutput = 1 << 20
}
