import AbbreviationsStage
import ArgumentParser
import Foundation
import GlossaryStage
import JieduCore
import JieduDictionary
import JieduPipeline

/// `jiedu lookup QUERY`: a word in the formula list, the glossary and CC-CEDICT — by its characters,
/// its pinyin (`sanhuiyike`, `san1 hui4`, `sān huì`) or an English word.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract:
      "Look a word up in the formula list, the glossary and CC-CEDICT, by characters, pinyin or English.")

  @Argument(help: "Chinese characters, pinyin (with or without tones) or an English word.")
  var query: String

  @Option(name: .long, help: "A user glossary searched before the built-in one (repeatable).")
  var glossary: [String] = []

  @Option(name: .long, help: "Most CC-CEDICT entries shown for a pinyin or English query.")
  var limit = 20

  @OptionGroup var shared: SharedOptions

  func run() throws {
    try Console.guarded {
      let setup = try PipelineSetup(shared.settings(glossaries: glossary))
      let dictionary = try setup.context.shared(ChineseDictionary.self)
      let reader = PinyinReader(dictionary: dictionary)
      let matcher = LookupQuery(query, reader: reader)
      var lines: [String] = []
      let formulas = try AbbreviationsStage(options: .init(), context: setup.context).list.entries
      for entry in formulas where matcher.matches(entry.term, aliases: entry.aliases, english: entry.en, pinyin: entry.pinyin) {
        lines.append("\(entry.term) [\(matcher.pinyin(of: entry.term, given: entry.pinyin))] — formula: \(entry.en)")
        for (i, item) in (entry.items ?? []).enumerated() { lines.append("  \(i + 1). \(item)") }
        if let note = entry.note { lines.append("  note: \(note)") }
      }
      let terms = try GlossaryStage(options: .init(), context: setup.context).glossary.entries
      for entry in terms where matcher.matches(entry.term, aliases: entry.aliases, english: entry.en, pinyin: entry.pinyin) {
        let category = entry.category.map { " (\($0))" } ?? ""
        lines.append("\(entry.term) [\(matcher.pinyin(of: entry.term, given: entry.pinyin))] — glossary\(category): \(entry.en)")
        if let note = entry.note { lines.append("  note: \(note)") }
        if let source = entry.source { lines.append("  source: \(source)") }
      }
      var entries = dictionary.entries(for: query)
      if entries.isEmpty && !matcher.isChinese {
        entries = try matcher.scan(dictionary: setup.dataDirectory, limit: limit)
      }
      for entry in entries {
        let trad = entry.traditional == entry.simplified ? "" : " (\(entry.traditional))"
        lines.append(
          "\(entry.simplified)\(trad) [\(PinyinFormat.marks(fromNumbered: entry.pinyinNumbered))] — CC-CEDICT")
        for (i, sense) in entry.senses.enumerated() { lines.append("  \(i + 1). \(sense)") }
      }
      guard !lines.isEmpty else {
        throw JieduError("'\(query)': not in the formula list, the glossary or CC-CEDICT")
      }
      print(lines.joined(separator: "\n"))
    }
  }
}

/// What a lookup query matches: characters (simplified or traditional), pinyin or an English word.
struct LookupQuery {
  let raw: String
  let reader: PinyinReader
  /// Whether the query is written in Chinese characters.
  let isChinese: Bool
  /// The query as pinyin letters, tones kept as digits when given (`san1hui4`), else bare.
  let pinyinKey: String
  let hasTones: Bool

  init(_ raw: String, reader: PinyinReader) {
    self.raw = raw.trimmingCharacters(in: .whitespaces)
    self.reader = reader
    isChinese = raw.unicodeScalars.contains { $0.isHan }
    let numbered = LookupQuery.numbered(raw)
    hasTones = numbered.contains { $0.isNumber }
    pinyinKey = hasTones ? numbered : numbered.filter { !$0.isNumber }
  }

  /// Pinyin in any spelling (marks, numbers, spaces, ü/v) as lower-case letters and tone digits.
  static func numbered(_ text: String) -> String {
    var out = ""
    for syllable in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "-" }) {
      let marks = String(syllable)
      let numberedSyllable = PinyinFormat.numbered(fromMarks: marks)
      out += numberedSyllable.replacingOccurrences(of: "ü", with: "v").replacingOccurrences(
        of: "u:", with: "v")
    }
    return out.filter { $0.isLetter || $0.isNumber }.replacingOccurrences(of: "5", with: "")
  }

  /// Whether an entry matches: its characters, its pinyin, or a whole English word of its rendering.
  func matches(_ term: String, aliases: [String], english: String, pinyin: String?) -> Bool {
    if isChinese { return term == raw || aliases.contains(raw) }
    if pinyinMatches(LookupQuery.numbered(pinyin ?? self.pinyin(numbered: term))) { return true }
    return englishMatches(english)
  }

  /// Pinyin of a term: as given, else read from the dictionary.
  func pinyin(of term: String, given: String?) -> String {
    given ?? reader.syllables(forLine: term, style: .marks).joined(separator: " ")
  }

  private func pinyin(numbered term: String) -> String {
    reader.syllables(forLine: term, style: .numbers).joined(separator: " ")
  }

  func pinyinMatches(_ numbered: String) -> Bool {
    guard !pinyinKey.isEmpty else { return false }
    let candidate = hasTones ? numbered : numbered.filter { !$0.isNumber }
    return candidate == pinyinKey || (pinyinKey.count >= 6 && candidate.hasPrefix(pinyinKey))
  }

  func englishMatches(_ text: String) -> Bool {
    let word = raw.lowercased()
    guard word.count >= 3, word.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else {
      return false
    }
    let lowered = text.lowercased()
    guard let range = lowered.range(of: word) else { return false }
    let before = range.lowerBound == lowered.startIndex ? " " : lowered[lowered.index(before: range.lowerBound)]
    let after = range.upperBound == lowered.endIndex ? " " : lowered[range.upperBound]
    return !before.isLetter && !after.isLetter
  }

  /// CC-CEDICT entries whose pinyin or senses match, read once from the file (a pinyin or English
  /// query cannot use the headword index).
  func scan(dictionary data: URL?, limit: Int) throws -> [CedictEntry] {
    guard let data else { return [] }
    let all = try CedictParser.parse(contentsOf: data.appendingPathComponent(DataLocation.cedictFile))
    var found: [CedictEntry] = []
    for entry in all where found.count < limit {
      let numbered = LookupQuery.numbered(entry.pinyinNumbered)
      if pinyinMatches(numbered) || entry.senses.contains(where: englishMatches) {
        found.append(entry)
      }
    }
    return found
  }
}
