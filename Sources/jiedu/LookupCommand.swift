import ArgumentParser
import JieduCore
import JieduDictionary

/// `jiedu lookup WORD`: every CC-CEDICT entry for a word.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Print every CC-CEDICT entry for a word (simplified or traditional).")

  @Argument(help: "The word to look up.")
  var word: String

  @Option(
    name: .long, help: "Folder with the downloaded dictionaries (default: $JIEDU_DATA, ./data).")
  var data: String?

  func run() throws {
    try Console.guarded {
      let dictionary = try DictionaryLoading.load(dataPath: data)
      let entries = dictionary.entries(for: word)
      guard !entries.isEmpty else { throw JieduError("'\(word)': not in CC-CEDICT") }
      for entry in entries {
        let trad = entry.traditional == entry.simplified ? "" : " (\(entry.traditional))"
        print(
          "\(entry.simplified)\(trad) [\(PinyinFormat.marks(fromNumbered: entry.pinyinNumbered))]")
        for (i, sense) in entry.senses.enumerated() { print("  \(i + 1). \(sense)") }
      }
    }
  }
}
