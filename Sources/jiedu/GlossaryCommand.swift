import ArgumentParser
import Foundation
import GlossaryStage
import JieduCore

/// `jiedu glossary`: check glossary files and import other formats.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Check glossary files, or convert TBX/CSV/TSV glossaries to YAML.",
    subcommands: [Check.self, Import.self])
}

extension GlossaryCommand {
  /// `jiedu glossary check FILE…`: problems as `file:line` messages; exit 1 when there are any.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract:
        "Report duplicates, conflicting renderings, missing or unknown fields and unknown categories."
    )

    @Argument(help: "Glossary files (YAML, CSV, TSV, TBX), highest priority first.")
    var files: [String] = []

    @Flag(name: .long, help: "Also check the built-in glossary (after the files).")
    var builtin = false

    func validate() throws {
      if files.isEmpty && !builtin {
        throw ValidationError("give at least one glossary file, or --builtin")
      }
    }

    func run() throws {
      var parses = files.map { GlossaryLoader.parse(url: URL(fileURLWithPath: $0), name: $0) }
      if builtin {
        parses += BuiltinGlossary.files.map {
          GlossaryLoader.parse(url: $0, name: BuiltinGlossary.displayName($0))
        }
      }
      let messages = GlossaryChecker.check(parses)
      for message in messages { Console.error(message) }
      let entries = parses.reduce(0) { $0 + $1.entries.count }
      if messages.isEmpty {
        Console.error("jiedu: \(entries) entries in \(parses.count) files, no problems")
        return
      }
      Console.error("jiedu: \(messages.count) problems in \(parses.count) files")
      throw ExitCode.failure
    }
  }

  /// `jiedu glossary import FILE`: the glossary as Jiedu YAML on stdout.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Convert a TBX, CSV or TSV glossary to Jiedu's YAML format (stdout).")

    @Argument(help: "The glossary to convert (.tbx, .csv, .tsv, or .yaml to normalise).")
    var file: String

    func run() throws {
      try Console.guarded {
        let yaml = try TermImporter.yaml(from: URL(fileURLWithPath: file), name: file)
        Console.output(Data(yaml.utf8))
      }
    }
  }
}
