import Foundation

/// The glossary shipped with Jiedu: every `*.yaml` file in the `glossary` resource folder.
public enum BuiltinGlossary {
  /// The resource folder, if the bundle has it.
  public static var directory: URL? {
    Bundle.module.url(forResource: "glossary", withExtension: nil)
  }

  /// The built-in glossary files, sorted by name.
  public static var files: [URL] {
    guard let directory,
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [] }
    return names.filter { GlossaryFormat(pathExtension: ($0 as NSString).pathExtension) == .yaml }
      .sorted().map { directory.appendingPathComponent($0) }
  }

  /// The name a built-in file has in messages: `built-in glossary/party.yaml`.
  public static func displayName(_ url: URL) -> String {
    "built-in glossary/\(url.lastPathComponent)"
  }

  /// Every built-in entry, file by file in name order; throws on a broken file.
  public static func entries() throws -> [GlossaryEntry] {
    try cached.get()
  }

  private static let cached: Result<[GlossaryEntry], GlossaryLoadError> = {
    var all: [GlossaryEntry] = []
    for url in files {
      do {
        all += try GlossaryLoader.load(url: url, name: displayName(url))
      } catch {
        return .failure(GlossaryLoadError(message: "\(error)"))
      }
    }
    return .success(all)
  }()
}

/// A glossary that could not be loaded, with a one-line positioned message.
struct GlossaryLoadError: Error, Sendable, CustomStringConvertible {
  var message: String
  var description: String { message }
}
