import ArgumentParser
import Foundation
import JieduCore

/// The `jiedu` command: Chinese articles into annotated, bilingual study handouts.
@main
struct Jiedu: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jiedu",
    abstract: "Decode a Chinese article into an annotated, bilingual study handout.",
    version: "jiedu \(jieduVersion)",
    subcommands: [
      AnnotateCommand.self, SegmentCommand.self, PinyinCommand.self, LookupCommand.self,
      StagesCommand.self, GlossaryCommand.self,
    ]
  )

  /// Parses and runs, with one rule for failures: a misspelt command gets a suggestion, a usage
  /// error is one line and exit 64, help and version exit 0.
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-"), first != "help",
      !commandNames.contains(first)
    {
      Console.error(
        "jiedu: error: unknown command '\(first)'\(NameSuggestion.didYouMean(first, in: commandNames)) "
          + "(commands: \(commandNames.joined(separator: ", ")); see 'jiedu --help')")
      Foundation.exit(ExitStatus.usage)
    }
    do {
      var command = try parseAsRoot(arguments)
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help, --version: the full text on stdout.
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
      Console.error("jiedu: error: \(trimmed) (see 'jiedu\(helpPath(arguments)) --help')")
      Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
    }
  }

  /// The subcommand names.
  static var commandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName }
  }

  private static func helpPath(_ arguments: [String]) -> String {
    guard let first = arguments.first, commandNames.contains(first) else { return "" }
    return " " + first
  }
}

/// The program version.
let jieduVersion = "0.2.0"
