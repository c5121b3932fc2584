import Foundation
import JieduCore
import JieduRender

/// Rendering helpers for tests.
enum Rendered {
  /// The sample document rendered as text in a format with default options.
  static func text(_ format: OutputFormat) throws -> String {
    try text(SampleDocument.make(), format)
  }

  /// The document rendered as text in a format.
  static func text(
    _ document: Document, _ format: OutputFormat, _ options: RenderOptions = RenderOptions()
  ) throws -> String {
    String(
      decoding: try DocumentRendering.render(document, as: format, options: options), as: UTF8.self)
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-render-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// How many times `needle` occurs in `haystack`.
  static func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }
}
