import Foundation
import JieduCore
import Testing

@testable import AbbreviationsStage

/// The built-in formula list read the quick way (YAML → JSON → `JSONDecoder`) gives the entries
/// Yams' own decoder gives, and what the quick way cannot carry is left to the ordinary one.
@Suite("Formula list, the quick way")
struct FormulaFastPathTests {
  @Test(arguments: FormulaList.builtinFiles)
  func theQuickWayReadsEveryBuiltInFileAsYamsDoes(_ url: URL) throws {
    let quick = try #require(FormulaListFastPath.entries(url), "\(url.lastPathComponent)")
    #expect(quick == (try FormulaList.load(url)))
  }

  @Test(arguments: [
    "- {term: 三会一课, en: x, pinyin: 1.5, items: [a, b, c, d]}",  // a number where text goes
    "- {term: 三会一课, en: x, pinyin: yes, items: [a, b, c, d]}",  // a YAML boolean
    "- {term: 三会一课, en: x, items: [a, b, c, d], nonsense: 1}",  // an unknown key
    "not: a list",
  ])
  func whatTheQuickWayCannotCarryIsLeftToYams(_ yaml: String) throws {
    #expect(FormulaListFastPath.entries(try file(yaml)) == nil)
  }

  /// Yams resolves an alias while it parses, so the quick way reads the copy as Yams' decoder does.
  @Test func anAliasReadsAsYamsReadsIt() throws {
    let url = try file(
      "- &a {term: 三会一课, en: x, category: organisation, items: [a, b, c, d]}\n- *a")
    let quick = try #require(FormulaListFastPath.entries(url))
    #expect(quick == (try FormulaList.load(url)))
    #expect(quick.count == 2)
  }

  private func file(_ yaml: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-fast-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("formulas-x.yaml")
    try yaml.write(to: url, atomically: true, encoding: .utf8)
    return url
  }
}
