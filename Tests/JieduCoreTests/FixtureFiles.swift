import Foundation

/// Fixture files beside the tests, and the repository's seed article.
enum FixtureFiles {
  /// The bytes of a file in Fixtures/.
  static func bytes(_ name: String) throws -> [UInt8] {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else {
      throw CocoaError(.fileNoSuchFile)
    }
    return [UInt8](try Data(contentsOf: url))
  }

  /// The text of a file in Fixtures/.
  static func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  /// The repository root (three levels above this file).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The seed article's bytes.
  static func seed() throws -> [UInt8] {
    [UInt8](
      try Data(contentsOf: repositoryRoot.appendingPathComponent("seeds/000_cadf6caf5feb9c49.txt")))
  }
}
