import ArgumentParser
import Foundation
import JieduCore

/// `jiedu config trust [PATH]`: the trust rule's one command.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Manage configs: trust a config.yaml found in the working folder.",
    subcommands: [Trust.self])

  /// `jiedu config trust [PATH]`.
  struct Trust: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "trust",
      abstract:
        "Trust a config that runs a program or reads files outside its folder, as it is now (its SHA-256 is recorded; a changed file must be trusted again).",
      discussion:
        "A config.yaml jiedu finds in the working folder (not given with --config) is refused when it runs a program (an external stage) or reads files outside its own folder, until it is trusted. Records are kept in $XDG_CONFIG_HOME/jiedu/trusted-configs (default ~/.config/jiedu)."
    )

    @Argument(help: "The config to trust (default: ./config.yaml).")
    var path = "config.yaml"

    func run() throws {
      try Console.guarded {
        let url = URL(
          fileURLWithPath: path,
          relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let store = ConfigTrust.store()
        try ConfigTrust.trust(url.absoluteURL, store: store)
        Console.error(
          "jiedu: trusted \(url.standardizedFileURL.path) as it is now (recorded in \(store.path))")
      }
    }
  }
}
