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
      StagesCommand.self, GlossaryCommand.self, CacheCommand.self,
      ConfigCommand.self,
    ]
  )

  /// Parses and runs, with one rule for failures: a misspelt command gets a suggestion, a usage
  /// error is one line and exit 64, help and version exit 0.
  static func main() async {
    // A closed stdin/stdout/stderr is noted before any file can take its descriptor number.
    StandardStreams.secure()
    // SIGINT/SIGTERM/SIGHUP kill the children and remove the temporaries before exiting.
    RunCleanup.installSignalHandlers()
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
      let message = oneLine(message(for: error))
      let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
      Console.error("jiedu: error: \(trimmed) (see 'jiedu\(helpPath(arguments)) --help')")
      Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
    }
  }

  /// A parser message on one line: a list of valid values (one per line, `- value`) joined after
  /// the first line, with the nearest value suggested for a misspelt one.
  static func oneLine(_ message: String) -> String {
    let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let first = lines.first else { return message }
    let values = lines.dropFirst().filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    guard !values.isEmpty else { return first }
    var hint = ""
    if let open = first.range(of: "The value '"),
      let close = first[open.upperBound...].firstIndex(of: "'")
    {
      hint = NameSuggestion.didYouMean(String(first[open.upperBound..<close]), in: values)
    }
    return "\(first) \(values.joined(separator: ", "))\(hint)"
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
