import ArgumentParser
import Foundation
import JieduBuiltins
import JieduCore
import JieduPipeline
import JieduRender

/// `jiedu annotate FILE|-`: run the configured pipeline and render the handout or JSON.
struct AnnotateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Annotate an article and write a handout (html, pdf, md), JSON or a TSV vocabulary.")

  @Argument(help: "The article: a text file (UTF-8, UTF-16 with BOM, GB18030), or - for stdin.")
  var file: String

  @Option(
    name: .long, help: "Pipeline config (default: ./config.yaml, else the built-in pipeline).")
  var config: String?

  @Option(name: .long, help: "Output format (default: output.format, else html).")
  var format: OutputFormat?

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
  var output: String?

  @Option(name: .long, help: "A user glossary on top of the configured ones (repeatable).")
  var glossary: [String] = []

  @OptionGroup var shared: SharedOptions

  @OptionGroup(title: "Output (overrides the config's output: section)")
  var overrides: OutputOverrides

  func run() async throws {
    try await Console.guarded {
      let pipeline = try await Pipeline(
        shared.settings(config: config, glossaries: glossary), registry: BuiltinStages.registry)
      let section = overrides.applied(to: pipeline.config.output)
      let chosen = format ?? section.format
      if chosen == .pdf && output == nil && Console.stdoutIsTerminal {
        throw JieduError(
          "a PDF is not written to a terminal: give -o FILE.pdf or redirect stdout to a file")
      }
      if chosen == .apkg && output == nil && Console.stdoutIsTerminal {
        throw JieduError(
          "an Anki package is not written to a terminal: give -o FILE.apkg or redirect stdout")
      }
      // Taken before anything is written: the files this run reads, which -o must not replace.
      let inputIDs = InputReader.identities(file)
      let bytes = try InputReader.read(file)
      let document = try await pipeline.run(bytes: bytes, name: file)
      Console.report(document.diagnostics, file: document.source.name)
      let options = try RenderSettings.options(from: section, context: pipeline.setup.context)
      for warning in DocumentRendering.warnings(for: chosen, options: options) {
        Console.error("jiedu: warning: \(warning)")
      }
      let rendered = try DocumentRendering.render(document, as: chosen, options: options)
      if let output, output != "-" {
        try AtomicFileWriter.write(rendered, to: URL(fileURLWithPath: output), inputs: inputIDs)
      } else {
        Console.output(rendered)
      }
    }
  }
}

/// The `output:` keys as `annotate` flags; each one given overrides the config.
struct OutputOverrides: ParsableArguments {
  @Option(name: .long, help: "Which words get pinyin over them: all, unknown or none.")
  var pinyinOver: PinyinOver?

  @Option(name: .long, help: "Words the reader knows, one per line (no pinyin with unknown).")
  var knownWords: String?

  @Option(name: .long, help: "Longest vocabulary list.")
  var maxVocabulary: Int?

  @Option(name: .long, help: "A Mustache template replacing the built-in HTML layout.")
  var template: String?

  @Option(
    name: .long, help: "The reader's HSK level (hsk1 … hsk6, hsk7 for 7–9): vocabulary above it.")
  var readerLevel: String?

  @Option(name: .long, help: "Which column of the known-words file holds the word (from 1).")
  var knownWordsColumn: Int?

  @Option(name: .long, help: "Layout: standard (two columns) or compact (one column).")
  var layout: HandoutLayout?

  @Option(name: .long, help: "An English title for the handout header.")
  var titleEn: String?

  func validate() throws {
    if let maxVocabulary, maxVocabulary < 0 {
      throw ValidationError("--max-vocabulary must be 0 or more")
    }
    if let readerLevel, ReaderLevelName.parse(readerLevel) == nil {
      throw ValidationError(
        "--reader-level: expected hsk1 … hsk6 or hsk7 (7–9), got '\(readerLevel)'")
    }
    if let knownWordsColumn, knownWordsColumn < 1 {
      throw ValidationError("--known-words-column must be 1 or more")
    }
  }

  /// The config's section with the given flags applied. Paths given as flags are resolved against
  /// the current folder, not the config's.
  func applied(to section: JieduConfig.OutputSection) -> JieduConfig.OutputSection {
    var out = section
    if let pinyinOver { out.pinyinOver = pinyinOver }
    if let knownWords { out.knownWords = absolute(knownWords) }
    if let maxVocabulary { out.maxVocabulary = maxVocabulary }
    if let template { out.template = absolute(template) }
    if let titleEn { out.titleEnglish = titleEn }
    if let readerLevel { out.readerLevel = readerLevel }
    if let knownWordsColumn { out.knownWordsColumn = knownWordsColumn }
    if let layout { out.layout = layout }
    return out
  }

  private func absolute(_ path: String) -> String {
    path.hasPrefix("/")
      ? path
      : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        .path
  }
}
