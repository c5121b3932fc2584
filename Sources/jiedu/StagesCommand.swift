import ArgumentParser
import JieduBuiltins
import JieduCore

/// `jiedu stages`: the registered stages with their options.
struct StagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stages", abstract: "List the registered stages, their options and what they need."
  )

  func run() throws {
    var lines: [String] = []
    for factory in BuiltinStages.registry.factories {
      lines.append("\(factory.id) — \(factory.summary)")
      let needs = factory.requires.sorted().map(\.rawValue).joined(separator: ", ")
      let gives = factory.produces.sorted().map(\.rawValue).joined(separator: ", ")
      lines.append(
        "  requires: \(needs.isEmpty ? "-" : needs); produces: \(gives.isEmpty ? "-" : gives)")
      for option in factory.options {
        lines.append("  \(option.name): \(option.type) = \(option.defaultValue)  \(option.summary)")
      }
      lines.append("")
    }
    print(lines.joined(separator: "\n"), terminator: "")
  }
}
