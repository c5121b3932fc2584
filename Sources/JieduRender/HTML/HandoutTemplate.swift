import Foundation
import JieduCore
import Mustache

/// The Mustache template of the HTML handout: the built-in `Templates/handout.mustache` or a user's own.
enum HandoutTemplate {
  /// The name of the resource bundle SwiftPM builds for this target.
  static let bundleName = "jiedu_JieduRender.resources"

  /// Loads and parses the template; errors name the file and, for syntax errors, line and column.
  static func load(_ url: URL?) throws -> MustacheTemplate {
    let file = try url ?? builtInURL()
    let text: String
    do {
      text = try String(contentsOf: file, encoding: .utf8)
    } catch {
      let exists = FileManager.default.fileExists(atPath: file.path)
      throw JieduError(
        "template '\(file.path)': \(exists ? "cannot read it as UTF-8 text" : "no such file")")
    }
    do {
      return try MustacheTemplate(string: text)
    } catch let error as MustacheTemplate.ParserError {
      throw JieduError(
        "template '\(file.path)':\(error.context.lineNumber):\(error.context.columnNumber): \(error.error)"
      )
    } catch {
      throw JieduError("template '\(file.path)': \(error)")
    }
  }

  /// The built-in template: in the resource bundle beside the executable, else in the source tree.
  ///
  /// Looks the bundle up by hand instead of through `Bundle.module`, whose accessor stops the
  /// program when the bundle has moved.
  static func builtInURL() throws -> URL {
    var folders: [URL] = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL {
      folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    var candidates = folders.map {
      $0.appendingPathComponent(bundleName).appendingPathComponent("Templates/handout.mustache")
    }
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates/handout.mustache"))
    if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
      return found
    }
    throw JieduError(
      "built-in handout template not found (looked for \(bundleName) beside the executable); "
        + "reinstall jiedu or set output.template in config.yaml")
  }
}
