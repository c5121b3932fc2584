import Foundation
import JieduCore
import JieduDictionary

/// The real CC-CEDICT (and jieba's dictionary beside it) from the repository's git-ignored data folder;
/// tests that need it are skipped when it has not been fetched (`make data`).
enum GlossTestData {
  /// `<repository>/data`.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

  /// Whether CC-CEDICT is there.
  static let available = FileManager.default.fileExists(
    atPath: directory.appendingPathComponent(DataLocation.cedictFile).path)

  /// The dictionary, loaded once for all tests.
  static let dictionary: ChineseDictionary? = {
    guard available else { return nil }
    return try? ChineseDictionary.load(
      cedict: directory.appendingPathComponent(DataLocation.cedictFile))
  }()

  /// The repository's seed article.
  static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds/000_cadf6caf5feb9c49.txt")

  /// A temporary folder with the given files written into it.
  static func folder(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-gloss-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
  }
}
