import Foundation
import JieduCore

/// The one entry point the CLI calls: a finished document in, the bytes of one output format out.
public enum DocumentRendering {
  /// Renders the finished document; returns the bytes to write. Errors are `JieduError` with one line.
  public static func render(_ document: Document, as format: OutputFormat, options: RenderOptions)
    throws
    -> Data
  {
    switch format {
    case .json:
      return try DocumentJSON.encode(document)
    case .html:
      return Data(try HandoutHTML.render(document, options: options).utf8)
    case .pdf:
      let html = try HandoutHTML.render(document, options: options)
      return try ChromiumPrinter().printToPDF(html: html)
    case .md:
      return Data(MarkdownHandout.render(document, options: options).utf8)
    case .tsv:
      return Data(VocabularyTSV.render(document, options: options).utf8)
    case .tmx:
      return Data(BilingualExport.tmx(document).utf8)
    case .xliff:
      return Data(BilingualExport.xliff(document).utf8)
    case .apkg:
      return try AnkiPackage.render(document, options: options)
    }
  }

  /// Warnings about the options' own template (names the handout does not have); none for the
  /// built-in one or formats without a template.
  public static func warnings(for format: OutputFormat, options: RenderOptions) -> [String] {
    guard format == .html || format == .pdf, let url = options.templateURL else { return [] }
    return HandoutTemplate.warnings(url)
  }
}
