import Foundation
import JieduCore

/// One sentence pair of a memory.
struct MemoryUnit: Sendable, Equatable {
  /// The Chinese sentence as written in the memory.
  var source: String
  /// Its English.
  var target: String
}

/// What a memory knows of one sentence.
enum MemoryMatch: Equatable {
  /// The same sentence after normalising width, spaces and punctuation.
  case exact(MemoryUnit)
  /// The most similar sentence, with its score.
  case fuzzy(MemoryUnit, score: Double)
}

/// Translation memories (TSV and TMX), loaded in order: an exact match from an earlier file wins; a
/// fuzzy match is the best-scoring unit of all files (the earlier file on a tie).
struct TranslationMemory: Sendable {
  private var exact: [MemoryKey: MemoryUnit] = [:]
  private var units: [(key: [Unicode.Scalar], unit: MemoryUnit)] = []

  /// The number of units.
  var count: Int { units.count }
  /// Whether there is no unit.
  var isEmpty: Bool { units.isEmpty }

  /// A memory from units, earlier units first.
  init(_ units: [MemoryUnit] = []) { add(units) }

  /// Adds units; an exact key already present keeps its first unit.
  mutating func add(_ more: [MemoryUnit]) {
    for unit in more {
      let key = MemoryKey(unit.source)
      guard !key.isEmpty else { continue }
      if exact[key] == nil { exact[key] = unit }
      units.append((key.scalars, unit))
    }
  }

  /// Loads the files in order; the format follows the extension (`.tmx`, else TSV).
  static func load(_ files: [(url: URL, name: String)]) throws -> TranslationMemory {
    var memory = TranslationMemory()
    for file in files {
      let bytes: [UInt8]
      do {
        bytes = [UInt8](try Data(contentsOf: file.url))
      } catch {
        throw JieduError(
          "\(file.name): cannot read the translation memory (\(error.localizedDescription))")
      }
      if file.url.pathExtension.lowercased() == "tmx" {
        memory.add(try TMXReader.units(bytes, name: file.name))
      } else {
        memory.add(try TSVMemoryReader.units(bytes, name: file.name))
      }
    }
    return memory
  }

  /// The exact match, else the best fuzzy match at or above `threshold`, else nil.
  func match(_ sentence: String, threshold: Double) -> MemoryMatch? {
    let key = MemoryKey(sentence)
    guard !key.isEmpty else { return nil }
    if let unit = exact[key] { return .exact(unit) }
    var best: (unit: MemoryUnit, score: Double)?
    for candidate in units {
      let bound = EditSimilarity.bound(key.scalars.count, candidate.key.count)
      guard bound >= threshold, bound > (best?.score ?? 0) else { continue }
      let score = EditSimilarity.score(key.scalars, candidate.key)
      if score >= threshold, score > (best?.score ?? 0) { best = (candidate.unit, score) }
    }
    return best.map { .fuzzy($0.unit, score: $0.score) }
  }
}

/// Reads `zh<TAB>en` lines. Blank lines and lines starting with `#` are skipped; a line without a tab
/// or with an empty side is an error naming the file and line.
enum TSVMemoryReader {
  /// The units of a TSV file.
  static func units(_ bytes: [UInt8], name: String) throws -> [MemoryUnit] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw JieduError("\(name): not UTF-8 text (a TSV memory must be UTF-8)")
    }
    var units: [MemoryUnit] = []
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var row = Substring(line)
      if row.hasSuffix("\r") { row = row.dropLast() }
      if number == 1, row.hasPrefix("\u{FEFF}") { row = row.dropFirst() }
      let trimmed = row.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else {
        throw JieduError("\(name):\(number): expected Chinese<TAB>English, found no tab")
      }
      let source = fields[0].trimmingCharacters(in: .whitespaces)
      let target = fields[1].trimmingCharacters(in: .whitespaces)
      guard !source.isEmpty, !target.isEmpty else {
        throw JieduError(
          "\(name):\(number): \(source.isEmpty ? "the Chinese" : "the English") side is empty")
      }
      if number == 1, source.lowercased() == "zh" || source.lowercased() == "source" { continue }
      units.append(MemoryUnit(source: source, target: target))
    }
    return units
  }
}
