import ArgumentParser
import Foundation
import JieduCore
import JieduRender

/// `jiedu annotate FILE|-`: run the configured pipeline and render the handout or JSON.
struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Annotate an article and write a handout (html, pdf, md), JSON or a TSV vocabulary.")

  @Argument(help: "The article: a text file (UTF-8, UTF-16 with BOM, GB18030), or - for stdin.")
  var file: String

  @Option(
    name: .long, help: "Pipeline config (default: ./config.yaml, else the built-in pipeline).")
  var config: String?

  @Option(
    name: .long,
    help: "Output format: html, json, md, tsv or pdf (default: output.format, else html).")
  var format: String?

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
  var output: String?

  @Option(name: .long, help: "A user glossary on top of the configured ones (repeatable).")
  var glossary: [String] = []

  @Option(
    name: .long, help: "Folder with the downloaded dictionaries (default: $JIEDU_DATA, ./data).")
  var data: String?

  @Flag(name: .shortAndLong, help: "Report progress and per-stage timings on stderr.")
  var verbose = false

  func validate() throws {
    if let format, OutputFormat(rawValue: format) == nil {
      throw ValidationError(
        "unknown format '\(format)'\(NameSuggestion.didYouMean(format, in: JieduConfig.formats)); "
          + "valid: \(JieduConfig.formats.joined(separator: ", "))")
    }
    if format == "pdf" && output == nil {
      throw ValidationError("--format pdf needs -o FILE.pdf (a PDF is not written to a terminal)")
    }
  }

  func run() throws {
    try Console.guarded {
      let setup = try RunSetup(
        configPath: config, dataPath: data, glossaries: glossary, verbose: verbose)
      let chosen = OutputFormat(rawValue: format ?? setup.config.output.format) ?? .html
      if chosen == .pdf && output == nil {
        throw JieduError("format pdf (from output.format) needs -o FILE.pdf")
      }
      let stages = try BuiltinStages.registry.build(setup.config, context: setup.context)
      let clock = ContinuousClock()
      let start = clock.now
      let provider = try setup.segmenterProvider()
      setup.context.progress("lexicon loaded in \(PipelineHost.milliseconds(clock.now - start)) ms")
      let host = try PipelineHost(
        stages: stages, segmenterProvider: provider, progress: setup.context.progress)
      let bytes = try InputReader.read(file)
      let document = try host.run(bytes: bytes, name: file, context: setup.context)
      Console.report(document.diagnostics)
      let options = try RenderSettings.options(from: setup.config.output, context: setup.context)
      let rendered = try DocumentRendering.render(document, as: chosen, options: options)
      if let output {
        try AtomicFileWriter.write(rendered, to: URL(fileURLWithPath: output))
      } else {
        Console.output(rendered)
      }
    }
  }
}
