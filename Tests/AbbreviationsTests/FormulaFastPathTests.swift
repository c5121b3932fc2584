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

  /// The entries kept in a cache folder read as the YAML does, the second time without the YAML.
  @Test(arguments: FormulaList.builtinFiles)
  func theKeptEntriesReadAsTheYAMLDoes(_ url: URL) throws {
    let cache = try folder()
    let first = try #require(FormulaListFastPath.entries(url, cache: cache))
    let kept = FormulaListFastPath.cachedFile(
      for: url, bytes: try Data(contentsOf: url), in: cache)
    #expect(FileManager.default.fileExists(atPath: kept.path))
    let second = try #require(FormulaListFastPath.entries(url, cache: cache))
    #expect(first == (try FormulaList.load(url)))
    #expect(second == first)
  }

  /// A kept file cut short or overwritten is refused (and made again), never read as entries.
  @Test(arguments: ["truncated", "overwritten"])
  func aDamagedKeptFileIsMadeAgain(_ damage: String) throws {
    let url = try file("- {term: 三会一课, en: x, category: organisation, items: [a, b, c, d]}")
    let cache = try folder()
    let expected = try #require(FormulaListFastPath.entries(url, cache: cache))
    let kept = FormulaListFastPath.cachedFile(for: url, bytes: try Data(contentsOf: url), in: cache)
    var bytes = try Data(contentsOf: kept)
    if damage == "truncated" {
      bytes = bytes.prefix(bytes.count / 2)
    } else {
      bytes.replaceSubrange(2..<12, with: Data("[{\"term\":1".utf8))
    }
    try bytes.write(to: kept)
    #expect(FormulaListFastPath.entries(url, cache: cache) == expected)
    #expect(FormulaListFastPath.entries(url, cache: cache) == expected)
  }

  /// An edited list is read anew into a file of its own; the old version's file goes, another
  /// list's stays.
  @Test func anEditedListGetsAFileOfItsOwn() throws {
    let url = try file("- {term: 三会一课, en: x, category: organisation, items: [a, b, c, d]}")
    let cache = try folder()
    _ = FormulaListFastPath.entries(url, cache: cache)
    let other = cache.appendingPathComponent("formulas-x-party-1f-v1.json")
    try Data("{}".utf8).write(to: other)
    let old = FormulaListFastPath.cachedFile(for: url, bytes: try Data(contentsOf: url), in: cache)
    try "- {term: 两个覆盖, en: y, category: organisation, items: [a, b]}".write(
      to: url, atomically: true, encoding: .utf8)
    let edited = try #require(FormulaListFastPath.entries(url, cache: cache))
    #expect(edited.map(\.term) == ["两个覆盖"])
    #expect(!FileManager.default.fileExists(atPath: old.path))
    #expect(FileManager.default.fileExists(atPath: other.path))
  }

  /// What the first version kept (the JSON) goes when the list is kept anew.
  @Test func theFirstVersionsJSONGoes() throws {
    let url = try file("- {term: 三会一课, en: x, category: organisation, items: [a, b, c, d]}")
    let cache = try folder()
    let checksum = try Data(contentsOf: url).withUnsafeBytes { CacheChecksum.of($0) }
    let json = cache.appendingPathComponent("formulas-x-\(String(checksum, radix: 16))-v1.json")
    try Data("[]".utf8).write(to: json)
    let entries = try #require(FormulaListFastPath.entries(url, cache: cache))
    #expect(entries.map(\.term) == ["三会一课"])
    #expect(!FileManager.default.fileExists(atPath: json.path))
    let kept = FormulaListFastPath.cachedFile(for: url, bytes: try Data(contentsOf: url), in: cache)
    #expect(kept.lastPathComponent.hasSuffix("-v2.bin"))
    #expect(FileManager.default.fileExists(atPath: kept.path))
  }

  @Test func keptFileNamesTellTheirList() {
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-1a2b-v1.json") == "formulas")
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-1a2b-v2.bin") == "formulas")
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-1a2b-v2.txt") == nil)
    #expect(
      VersionedCacheFile.listName(ofCacheFile: "formulas-party-ff-v12.json") == "formulas-party")
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-v1.json") == nil)
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-zz-v1.json") == nil)
    #expect(VersionedCacheFile.listName(ofCacheFile: "formulas-1a-v.json") == nil)
    #expect(VersionedCacheFile.listName(ofCacheFile: "notes.txt") == nil)
  }

  private func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-kept-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
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
