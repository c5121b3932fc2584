import ArgumentParser
import Foundation
import JieduCore
import JieduDictionary

/// `jiedu pinyin`: one syllable per Han character for every stdin line.
struct PinyinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pinyin",
    abstract: "Write pinyin for stdin, line for line: one syllable per Han character.")

  @Option(name: .long, help: "marks (tone marks) or numbers (tone numbers, neutral tone as 5).")
  var style: String = "marks"

  @Option(
    name: .long, help: "Folder with the downloaded dictionaries (default: $JIEDU_DATA, ./data).")
  var data: String?

  func validate() throws {
    guard ["marks", "numbers"].contains(style) else {
      throw ValidationError("unknown style '\(style)'; valid: marks, numbers")
    }
  }

  func run() throws {
    try Console.guarded {
      let dictionary = try DictionaryLoading.load(dataPath: data)
      let reader = PinyinReader(dictionary: dictionary)
      let chosen = PinyinStyle(rawValue: style) ?? .marks
      var out = OutputBuffer()
      LineStream.forEachLine { line in
        out.line(reader.syllables(forLine: line, style: chosen).joined(separator: " "))
      }
      out.flush()
    }
  }
}

/// Finds and loads CC-CEDICT for the dictionary commands.
enum DictionaryLoading {
  /// The dictionary from the data folder, or a one-line error naming the fetch command.
  static func load(dataPath: String?) throws -> ChineseDictionary {
    let setup = try RunSetup(configPath: nil, dataPath: dataPath)
    guard let dir = setup.dataDirectory else { throw DataLocation.missingError("CC-CEDICT") }
    return try ChineseDictionary.load(cedict: dir.appendingPathComponent(DataLocation.cedictFile))
  }
}
