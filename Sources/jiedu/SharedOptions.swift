import ArgumentParser
import JieduBuiltins
import JieduPipeline

/// Flags every command that reads the dictionaries shares.
struct SharedOptions: ParsableArguments {
  @Option(
    name: .long, help: "Folder with the downloaded dictionaries (default: $JIEDU_DATA, ./data).")
  var data: String?

  @Flag(name: .shortAndLong, help: "Report progress and per-stage timings on stderr.")
  var verbose = false

  /// Settings for the pipeline library from these flags.
  func settings(config: String? = nil, glossaries: [String] = []) -> PipelineSettings {
    PipelineSettings(
      configPath: config, dataPath: data, glossaries: glossaries,
      defaultConfig: BuiltinStages.defaultConfig,
      progress: PipelineSettings.progressLog(verbose: verbose), registry: BuiltinStages.registry)
  }
}
