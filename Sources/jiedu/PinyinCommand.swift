import ArgumentParser
import Foundation
import JieduCore
import JieduDictionary
import JieduPipeline

/// `jiedu pinyin [FILE…]`: the lines of the files (or stdin) with every Han character as its
/// syllable, everything else in place.
struct PinyinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pinyin",
    abstract:
      "Write pinyin for files or stdin, line for line: a syllable per Han character, Latin letters, digits and punctuation kept in place."
  )

  @Option(name: .long, help: "marks (tone marks) or numbers (tone numbers, neutral tone as 5).")
  var style: PinyinCommandStyle = .marks

  @Option(
    name: .long,
    help: "keep (digits stay as written) or read (2021年 → èr líng èr yī nián, 35 → sān shí wǔ).")
  var numbers: NumberMode = .keep

  @Flag(name: .long, help: "show the tone sandhi of 一 and 不 (yí gè, bú shì).")
  var sandhi = false

  @OptionGroup var input: LineFiles

  @OptionGroup var shared: SharedOptions

  func run() throws {
    try Console.guarded {
      let dictionary = try DictionaryLoading.load(shared)
      let reader = PinyinReader(dictionary: dictionary, sandhi: sandhi)
      let read = numbers == .read
      var out = OutputBuffer()
      try LineStream.forEachLine(in: input.files) { line in
        out.line(reader.line(read ? NumberReading.spellOut(line) : line, style: style.style))
      }
      out.flush()
    }
  }
}

/// How `jiedu pinyin` treats Arabic numbers.
enum NumberMode: String, ExpressibleByArgument, CaseIterable {
  /// Digits stay as written.
  case keep
  /// Digits are read out as Chinese numerals.
  case read
}

/// Finds and loads CC-CEDICT for the dictionary commands.
enum DictionaryLoading {
  /// The dictionary from the data folder, or a one-line error naming the fetch command.
  static func load(_ shared: SharedOptions) throws -> ChineseDictionary {
    let setup = try PipelineSetup(shared.settings())
    return try setup.context.shared(ChineseDictionary.self)
  }
}
