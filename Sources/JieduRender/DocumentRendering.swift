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
    case .json, .jsonl:
      return DocumentJSON.encode(document, tokens: options.tokens)
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

  /// The document as one JSONL line carrying the input line's `id`.
  public static func jsonLine(_ document: Document, id: JSONValue, options: RenderOptions) -> Data {
    DocumentJSON.encode(document, tokens: options.tokens, id: id)
  }

  /// The JSONL row standing in for a line that could not be annotated: its id, line number and why.
  public static func errorLine(id: JSONValue, line: Int, message: String) -> Data {
    var w = JSONWriter()
    w.beginObject()
    w.key("error")
    w.string(message)
    w.key("id")
    w.value(id)
    w.key("jiedu")
    w.string(jieduDocumentVersion)
    w.key("line")
    w.int(line)
    w.endObject()
    w.newline()
    return Data(w.buffer)
  }

  /// Writes the document as JSON to `sink` in chunks as it is encoded (stdout without holding the
  /// whole text); other formats are rendered whole and handed over at once.
  public static func stream(
    _ document: Document, as format: OutputFormat, options: RenderOptions,
    threads: Int = 1, to sink: @escaping (borrowing [UInt8]) -> Void
  ) throws {
    switch format {
    case .json, .jsonl:
      streamJSON(document, options: options, threads: threads, to: sink)
    default:
      sink([UInt8](try render(document, as: format, options: options)))
    }
  }

  /// Whether `stream` writes the format as it is encoded (JSON, JSONL) rather than rendered whole.
  public static func streams(_ format: OutputFormat) -> Bool {
    format == .json || format == .jsonl
  }

  /// Writes the document as JSON to `sink` in chunks of about a megabyte as it is encoded, a long
  /// document's blocks encoded on `threads` threads at once.
  public static func streamJSON(
    _ document: Document, options: RenderOptions, threads: Int = 1,
    to sink: @escaping (borrowing [UInt8]) -> Void
  ) {
    DocumentJSON.stream(document, tokens: options.tokens, threads: threads, to: sink)
  }

  /// Warnings about the options' own template (names the handout does not have); none for the
  /// built-in one or formats without a template.
  public static func warnings(for format: OutputFormat, options: RenderOptions) -> [String] {
    guard format == .html || format == .pdf, let url = options.templateURL else { return [] }
    return HandoutTemplate.warnings(url)
  }
}
