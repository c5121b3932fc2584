import AbbreviationsStage
import ArgumentParser
import Foundation
import GlossaryStage
import JieduBuiltins
import JieduCore
import JieduPipeline
import JieduRender

/// `jiedu glossary`: check glossary files and import other formats.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract:
      "Check glossary files, convert TBX/CSV/TSV glossaries to YAML, or export a document's terms.",
    subcommands: [Check.self, Import.self, Export.self])
}

extension GlossaryCommand {
  /// `jiedu glossary check FILE…`: problems as `file:line` messages; exit 1 when there are any.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract:
        "Report duplicates, conflicting renderings, missing or unknown fields and unknown categories."
    )

    @Argument(
      help:
        "Glossary files (YAML, CSV, TSV, TBX), highest priority first; files named formulas*.yaml are checked as formula lists."
    )
    var files: [String] = []

    @Flag(name: .long, help: "Also check the built-in glossary (after the files).")
    var builtin = false

    @Flag(
      name: .long,
      help: "Report entries without a status as problems (the built-in glossary's rule).")
    var requireStatus = false

    func validate() throws {
      if files.isEmpty && !builtin {
        throw ValidationError("give at least one glossary file, or --builtin")
      }
    }

    func run() throws {
      let isFormulaList = { (path: String) in
        FormulaList.isFormulaFileName((path as NSString).lastPathComponent)
      }
      var parses = files.filter { !isFormulaList($0) }.map {
        GlossaryLoader.parse(url: URL(fileURLWithPath: $0), name: $0)
      }
      var formulaFiles = files.filter(isFormulaList).map { (URL(fileURLWithPath: $0), $0) }
      if builtin {
        parses += BuiltinGlossary.files.map {
          GlossaryLoader.parse(url: $0, name: BuiltinGlossary.displayName($0))
        }
        formulaFiles += FormulaList.builtinFiles.map { ($0, "built-in \($0.lastPathComponent)") }
      }
      var messages = GlossaryChecker.check(parses, requireStatus: requireStatus)
      for (url, name) in formulaFiles {
        messages += FormulaChecker.check(url: url, name: name)
        if requireStatus {
          messages += FormulaChecker.notes(url: url, name: name).filter { $0.contains("no status") }
        }
      }
      for message in messages { Console.error(message) }
      if !requireStatus {
        for note in GlossaryChecker.statusNotes(parses) { Console.error(note) }
        for (url, name) in formulaFiles {
          for note in FormulaChecker.notes(url: url, name: name) { Console.error(note) }
        }
      }
      let entries = parses.reduce(0) { $0 + $1.entries.count }
      if messages.isEmpty {
        Console.error("jiedu: \(entries) entries in \(parses.count) files, no problems")
        return
      }
      Console.error(
        "jiedu: \(messages.count) problems in \(parses.count + formulaFiles.count) files")
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

  /// `jiedu glossary export --format tbx|csv ARTICLE`: the terms and formulas the pipeline finds in an
  /// article, for a translator's termbase.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the glossary terms and formulas found in an article as TBX or CSV (stdout)."
    )

    @Argument(help: "The article (a text file, or - for stdin).")
    var file: String

    @Option(name: .long, help: "tbx (TBX 2, for CAT tools and 'jiedu glossary import') or csv.")
    var format: TermExport.Format = .tbx

    @Option(
      name: .long, help: "Pipeline config (default: ./config.yaml, else the built-in pipeline).")
    var config: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @OptionGroup var shared: SharedOptions

    func run() async throws {
      try await Console.guarded {
        let pipeline = try await Pipeline(
          shared.settings(config: config), registry: BuiltinStages.registry)
        let document = try await pipeline.run(bytes: try InputReader.read(file), name: file)
        Console.report(document.diagnostics, file: document.source.name)
        let data = Data(TermExport.render(document, as: format).utf8)
        if let output, output != "-" {
          try AtomicFileWriter.write(
            data, to: URL(fileURLWithPath: output), inputs: InputReader.identities(file))
        } else {
          Console.output(data)
        }
      }
    }
  }
}

extension TermExport.Format: ExpressibleByArgument {}
