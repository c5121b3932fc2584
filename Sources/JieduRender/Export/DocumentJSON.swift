import Foundation
import JieduCore

/// The annotated document as the JSON contract: sorted keys, UTF-8 (no `\u` escapes), unescaped
/// slashes, no `null` fields.
enum DocumentJSON {
  /// Encodes the document, ending with a newline.
  static func encode(_ document: Document) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      var data = try encoder.encode(document)
      data.append(0x0A)
      return data
    } catch {
      throw JieduError("cannot encode the document as JSON: \(error)")
    }
  }
}
