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
        "template '\(file.path)': "
          + (exists
            ? "cannot read it as UTF-8 text (\(FileReadError.reason(error)))" : "no such file"))
    }
    do {
      return try MustacheTemplate(string: text)
    } catch let error as MustacheTemplate.ParserError {
      throw JieduError(
        "template '\(file.path)':\(error.context.lineNumber):\(error.context.columnNumber): "
          + TemplateCheck.describe(problem(error.error)))
    } catch {
      throw JieduError("template '\(file.path)': \(error)")
    }
  }

  /// Warnings about a user's template: tags naming what the handout does not have.
  static func warnings(_ url: URL) -> [String] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return TemplateCheck.warnings(text, file: url.path)
  }

  private static func problem(_ error: any Error) -> MustacheParseProblem {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect?: return .sectionCloseNameIncorrect
    case .unfinishedName?: return .unfinishedName
    case .expectedSectionEnd?: return .expectedSectionEnd
    case .invalidSetDelimiter?: return .invalidSetDelimiter
    case .transformAppliedToInheritanceSection?: return .transformAppliedToInheritanceSection
    case .illegalTokenInsideInheritSection?: return .illegalTokenInsideInheritSection
    case .textInsideInheritSection?: return .textInsideInheritSection
    case .invalidConfigVariableSyntax?: return .invalidConfigVariableSyntax
    case .unrecognisedConfigVariable?: return .unrecognisedConfigVariable
    case nil: return .other("\(error)")
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
