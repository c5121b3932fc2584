import Foundation
import Testing

@Suite("Stages in Plugins/")
struct PluginTests {
  /// Every Swift stage in Plugins/ (a `static let id = "…"` in a type conforming to AnnotationStage) must be
  /// registered: listed by `jiedu stages`.
  @Test func everySwiftStageInPluginsIsRegistered() throws {
    let plugins = CLIRunner.root.appendingPathComponent("Plugins")
    let listed = try CLIRunner.run(["stages"]).stdoutText
    var found: [String] = []
    for folder in try FileManager.default.contentsOfDirectory(atPath: plugins.path).sorted() {
      let dir = plugins.appendingPathComponent(folder)
      for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      where file.hasSuffix(".swift") {
        let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
        guard source.contains(": AnnotationStage") else { continue }
        guard
          let range = source.range(
            of: #"static let id = "([a-z0-9-]+)""#, options: .regularExpression)
        else { continue }
        let id = source[range].split(separator: "\"")[1]
        found.append(String(id))
        #expect(
          listed.contains("\n\(id) — ") || listed.hasPrefix("\(id) — "),
          "Plugins/\(folder) holds stage '\(id)', which is not registered in BuiltinStages")
      }
    }
    #expect(Set(found).isSuperset(of: ["glossary", "abbreviations", "gloss", "external"]))
  }

  @Test func glossaryAndAnExternalPythonStageBothAnnotate() throws {
    // The program runs in the config's folder: place the config beside the plugin's folder with
    // relative paths, as a user of the repository's config.yaml would write them.
    let dir = try CLIRunner.temporaryDirectory()
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("Plugins"),
      withDestinationURL: CLIRunner.root.appendingPathComponent("Plugins"))
    let placed = dir.appendingPathComponent("external-config.yaml")
    try FileManager.default.copyItem(at: CLIRunner.fixture("external-config.yaml"), to: placed)
    let run = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--config", placed.path, "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("[place-names] marked "))
    let doc = try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let annotations = doc["annotations"] as? [[String: Any]] ?? []
    #expect(annotations.contains { $0["stage"] as? String == "glossary" })
    #expect(
      annotations.contains {
        $0["stage"] as? String == "place-names" && $0["text"] as? String == "宝山区"
          && $0["rendering"] as? String == "Baoshan District"
      })
    let html = try CLIRunner.run([
      "annotate", CLIRunner.seed.path, "--config", placed.path, "--format", "html",
    ])
    #expect(html.status == 0, "\(html.stderr)")
    #expect(html.stdoutText.contains("Baoshan District"))
  }
}
