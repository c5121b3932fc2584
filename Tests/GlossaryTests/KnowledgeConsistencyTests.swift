import Foundation
import JieduKnowledge
import Testing

@testable import GlossaryStage

/// The shipped knowledge base keeps the schema's conventions (GLOSSARY-SCHEMA, issue 15): every entry
/// has a status, official and established ones a source; one rendering per Chinese term across glossary
/// terms, formula names and formula items (or an explicit `also`); American spelling; official
/// capitalisation for official formula names; each term in exactly one file.
///
/// Reads the files of this checkout, or of `$JIEDU_KNOWLEDGE_ROOT` (a folder laid out like the
/// repository) to try other data before it is merged.
@Suite struct KnowledgeConsistencyTests {
  static let root: URL = {
    if let path = ProcessInfo.processInfo.environment["JIEDU_KNOWLEDGE_ROOT"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return Fixture.repository
  }()

  /// A term or formula as the data files give it, with where it is.
  struct Item {
    var file: String
    var line: Int
    var term: String
    var en: String
    var also: [String] = []
    var status: String?
    var source: String?
    var note: String?
    var aliases: [String] = []
    var items: [String]? = nil
    var itemsEn: [String]? = nil
    var place: String { "\(file):\(line)" }
  }

  static let glossaryFolder = "Plugins/Glossary/Resources/glossary"
  static let formulaFolder = "Plugins/Abbreviations/Resources"

  static func glossary() throws -> [Item] {
    let folder = root.appendingPathComponent(glossaryFolder)
    var result: [Item] = []
    for path in BuiltinGlossary.relativePaths(in: folder) {
      let parsed = GlossaryLoader.parse(url: folder.appendingPathComponent(path), name: path)
      #expect(parsed.problems.isEmpty, "\(parsed.problems.map(\.description))")
      for e in parsed.entries {
        result.append(
          Item(
            file: path, line: e.location?.line ?? 0, term: e.term, en: e.en, also: e.also,
            status: e.status?.rawValue, source: e.source, note: e.note, aliases: e.aliases))
      }
    }
    return result
  }

  /// Formula files read through the glossary's raw reader (the same flat shape, more keys).
  static func formulas() throws -> [Item] {
    let folder = root.appendingPathComponent(formulaFolder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("formulas") && $0.hasSuffix(".yaml") }.sorted()
    var result: [Item] = []
    for name in names {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      let raw = try #require(
        FastYAMLGlossaryParser.parse(bytes, name: name), "\(name): not flat YAML")
      for entry in raw {
        var item = Item(file: name, line: entry.location.line, term: "", en: "")
        for field in entry.fields {
          switch (field.key, field.value) {
          case ("term", .scalar(let s)): item.term = s ?? ""
          case ("en", .scalar(let s)): item.en = s ?? ""
          case ("status", .scalar(let s)): item.status = s
          case ("source", .scalar(let s)): item.source = s
          case ("note", .scalar(let s)): item.note = s
          case ("also", .list(let l)): item.also = l.compactMap { $0 }
          case ("aliases", .list(let l)): item.aliases = l.compactMap { $0 }
          case ("items", .list(let l)): item.items = l.compactMap { $0 }
          case ("items-en", .list(let l)): item.itemsEn = l.compactMap { $0 }
          default: break
          }
        }
        result.append(item)
      }
    }
    return result
  }

  @Test func everyEntryHasAStatusAndOfficialOnesASource() throws {
    let statuses = Set(KnowledgeStatus.names)
    var problems: [String] = []
    for item in try Self.glossary() + Self.formulas() {
      if !(item.status.map(statuses.contains) ?? false) {
        problems.append("\(item.place) \(item.term): status \(item.status ?? "missing")")
      }
      if item.status == "official" || item.status == "established",
        (item.source ?? "").trimmingCharacters(in: .whitespaces).isEmpty
      {
        problems.append("\(item.place) \(item.term): \(item.status ?? "") without a source")
      }
    }
    #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(30))")
  }

  @Test func everyFormulaItemHasItsEnglish() throws {
    let problems = try Self.formulas().filter { $0.itemsEn?.count != $0.items?.count }.map {
      "\($0.place) \($0.term)"
    }
    #expect(
      problems.isEmpty,
      "\(problems.count) formulas without matching items-en: \(problems.prefix(30))")
  }

  @Test func eachTermIsInExactlyOneFile() throws {
    var files: [String: Set<String>] = [:]
    for item in try Self.glossary() { files[item.term, default: []].insert(item.file) }
    let repeated = files.filter { $0.value.count > 1 }.map { "\($0.key): \($0.value.sorted())" }
    #expect(repeated.isEmpty, "\(repeated.sorted())")
  }

  /// The renderings a term may have: its `en` and `also`, compared without case and hyphen spacing.
  static func key(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "the ", with: "")
      .trimmingCharacters(in: .whitespaces)
  }

  @Test func oneRenderingPerChineseTerm() throws {
    let glossary = try Self.glossary()
    var renderings: [String: (Item, Set<String>)] = [:]
    for item in glossary {
      let allowed = Set(([item.en] + item.also).map(Self.key))
      if let (earlier, _) = renderings[item.term] {
        #expect(
          Self.key(earlier.en) == Self.key(item.en) || allowed.contains(Self.key(earlier.en)),
          "\(item.term): '\(item.en)' at \(item.place), '\(earlier.en)' at \(earlier.place)")
      } else {
        renderings[item.term] = (item, allowed)
      }
    }
    var problems: [String] = []
    for f in try Self.formulas() {
      if let (g, allowed) = renderings[f.term], !allowed.contains(Self.key(f.en)),
        !Set(f.also.map(Self.key)).contains(Self.key(g.en))
      {
        problems.append("\(f.place) \(f.term): formula '\(f.en)', glossary '\(g.en)' at \(g.place)")
      }
      for (item, english) in zip(f.items ?? [], f.itemsEn ?? []) {
        if let (g, allowed) = renderings[item], !allowed.contains(Self.key(english)) {
          problems.append(
            "\(f.place) \(f.term) item \(item): '\(english)', glossary '\(g.en)' at \(g.place)")
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.count) inconsistent renderings: \(problems.prefix(30))")
  }

  /// British spellings the schema rules out (words where -ise is American too are allowed).
  static let britishPattern = try! NSRegularExpression(
    pattern:
      "\\b(\\w+(is(e|es|ed|ing)|isations?)|centres?|defences?|programmes?|labour\\w*|behaviours?|honours?|favour\\w*|colours?|neighbour\\w*|licence|offences?)\\b",
    options: [.caseInsensitive])
  static let americanIse: Set<String> = [
    "advise", "advised", "advises", "advising", "exercise", "exercised", "exercises", "exercising",
    "otherwise", "enterprise", "enterprises", "comprise", "comprised", "comprises", "comprising",
    "compromise", "compromised", "compromises", "expertise", "premise", "premises", "promise",
    "promised", "promises", "promising", "rise", "rises", "rising", "arise", "arises", "arising",
    "raise", "raised", "raises", "raising", "praise", "praised", "praises", "precise", "concise",
    "surprise", "surprised", "surprises", "surprising", "franchise", "merchandise", "revise",
    "revised", "revises", "revising", "supervise", "supervised", "supervises", "supervising",
    "televise", "televised", "devise", "devised", "disguise", "improvise", "chastise", "despise",
    "noise", "poise", "cruise", "bruise", "likewise", "clockwise", "paradise", "treatise", "demise",
    "excise", "wise", "wisest", "disenfranchise", "enfranchise", "uprise", "uprising", "sunrise",
    "high-rise", "precisely", "concisely", "vise", "guise", "anticlockwise", "counterclockwise",
    "reprise", "incise", "circumcise", "mise", "louise", "denise", "elise", "valise", "cerise",
    "promisee", "franchised", "advertise", "advertised", "advertises", "advertising", "rised",
    "crises", "liaise", "liaised", "liaises", "liaising", "disguised", "disguises", "disguising",
    "poised", "cruised", "bruised", "raisin", "premised", "paradises", "treatises",
  ]

  @Test func americanSpelling() throws {
    var found: [String] = []
    for item in try Self.glossary() + Self.formulas() {
      let texts = [item.en] + item.also + (item.itemsEn ?? []) + [item.note ?? ""]
      for text in texts {
        let range = NSRange(text.startIndex..., in: text)
        for match in Self.britishPattern.matches(in: text, range: range) {
          guard let r = Range(match.range, in: text) else { continue }
          let word = text[r].lowercased()
          if !Self.americanIse.contains(word) {
            found.append("\(item.place) \(item.term): \(word)")
          }
        }
      }
    }
    #expect(found.isEmpty, "\(found.count) British spellings: \(found.prefix(30))")
  }

  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
  ]

  /// Formula names whose official English is capitalised (the schema's list).
  static let capitalisedOfficialNames: Set<String> = ["四个意识", "四个自信", "两个维护", "两个确立", "三个代表"]

  /// Whether every word but short function words starts in upper case ("Four-Sphere Confidence").
  static func isTitleCase(_ text: String) -> Bool {
    let minor: Set<String> = ["of", "the", "and", "for", "in", "on", "to", "a", "an"]
    return text.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy { word in
      minor.contains(String(word)) || word.first?.isUppercase == true
    }
  }

  @Test func officialFormulaNamesAreCapitalisedAndDescriptiveOnesAreNot() throws {
    var problems: [String] = []
    for f in try Self.formulas() {
      if Self.capitalisedOfficialNames.contains(f.term), !Self.isTitleCase(f.en) {
        problems.append(
          "\(f.place) \(f.term): '\(f.en)' is not capitalised as the official name is")
      }
      let first =
        f.en.split(whereSeparator: { $0 == " " || $0 == "-" }).first.map(String.init) ?? ""
      if f.status == "descriptive", Self.numberWords.contains(first.lowercased()),
        first.first?.isUppercase == true
      {
        problems.append(
          "\(f.place) \(f.term): descriptive name '\(f.en)' is capitalised like an official one")
      }
    }
    #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(30))")
  }
}
