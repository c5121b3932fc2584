import ArgumentParser
import Foundation
import JieduCore
import JieduDictionary
import JieduPipeline

/// `jiedu pinyin`: stdin lines with every Han character as its syllable, everything else in place.
struct PinyinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pinyin",
    abstract:
      "Write pinyin for stdin, line for line: a syllable per Han character, Latin letters, digits and punctuation kept in place."
  )

  @Option(name: .long, help: "marks (tone marks) or numbers (tone numbers, neutral tone as 5).")
  var style: PinyinCommandStyle = .marks

  @OptionGroup var shared: SharedOptions

  func run() throws {
    try Console.guarded {
      let dictionary = try DictionaryLoading.load(shared)
      let reader = PinyinReader(dictionary: dictionary)
      var out = OutputBuffer()
      try LineStream.forEachLine { line in out.line(reader.line(line, style: style.style)) }
      out.flush()
    }
  }
}

/// Finds and loads CC-CEDICT for the dictionary commands.
enum DictionaryLoading {
  /// The dictionary from the data folder, or a one-line error naming the fetch command.
  static func load(_ shared: SharedOptions) throws -> ChineseDictionary {
    let setup = try PipelineSetup(shared.settings())
    return try setup.context.shared(ChineseDictionary.self)
  }
}
