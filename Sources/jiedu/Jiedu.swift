import ArgumentParser
import Foundation
import JieduCore

/// The `jiedu` command: Chinese articles into annotated, bilingual study handouts.
@main
struct Jiedu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jiedu",
    abstract: "Decode a Chinese article into an annotated, bilingual study handout.",
    version: "jiedu \(jieduVersion)",
    subcommands: [
      AnnotateCommand.self, SegmentCommand.self, PinyinCommand.self, LookupCommand.self,
      StagesCommand.self,
      GlossaryCommand.self,
    ]
  )
}

/// The program version.
let jieduVersion = "0.1.0"
