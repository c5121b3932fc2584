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
    abstract:
      "Annotate articles and write handouts (html, pdf, md), JSON, JSONL or TSV vocabularies.",
    discussion: """
      One article: `annotate FILE|- [-o OUT]`. A corpus: `annotate FILES…|DIR --out DIR` (a folder's \
      *.txt, recursively, or --glob) on --jobs tasks, or `--format jsonl` to stdout. JSONL in: \
      `annotate - --input jsonl` reads {"id", "text"} per line and writes one document per line.
      """)

  @Argument(
    help: "Articles: text files (UTF-8, UTF-16 with BOM, GB18030), folders, or - for stdin.")
  var files: [String] = []

  @Option(
    name: .long, help: "Pipeline config (default: ./config.yaml, else the built-in pipeline).")
  var config: String?

  @Option(
    name: .long,
    help: "Output format (default: the -o file's extension, else output.format, else html).")
  var format: OutputFormat?

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
  var output: String?

  @Option(name: .long, help: "A user glossary on top of the configured ones (repeatable).")
  var glossary: [String] = []

  @OptionGroup(title: "Corpus") var corpus: CorpusOptions

  @OptionGroup var shared: SharedOptions

  @OptionGroup(title: "Output (overrides the config's output: section)")
  var overrides: OutputOverrides

  func validate() throws {
    if files.isEmpty { throw ValidationError("Missing expected argument '<files> ...'") }
    if corpus.input == .jsonl {
      guard files == ["-"] else {
        throw ValidationError("--input jsonl reads standard input: give - as the only file")
      }
      if output != nil || corpus.out != nil {
        throw ValidationError("--input jsonl writes to stdout: leave out -o and --out")
      }
    }
    if output != nil && corpus.out != nil {
      throw ValidationError("give -o FILE for one article or --out DIR for many, not both")
    }
    if files.count > 1 && output != nil {
      throw ValidationError("-o takes one article; for \(files.count) give --out DIR")
    }
    if files.count > 1 && files.contains("-") {
      throw ValidationError("- (stdin) cannot be mixed with files")
    }
    if let jobs = corpus.jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
  }

  func run() async throws {
    try await Console.guarded {
      let pipeline = try await Pipeline(
        shared.settings(config: config, glossaries: glossary), registry: BuiltinStages.registry)
      let section = overrides.applied(to: pipeline.config.output)
      var options = try RenderSettings.options(from: section, context: pipeline.setup.context)
      options.tokens = corpus.tokens
      let jobs = corpus.jobs ?? ProcessInfo.processInfo.activeProcessorCount
      if corpus.input == .jsonl {
        let chosen = format ?? .jsonl
        guard chosen == .json || chosen == .jsonl else {
          throw JieduError(
            "--input jsonl writes JSONL: use --format jsonl (not \(chosen.rawValue))")
        }
        let ok = await JSONLRun.run(pipeline: pipeline, options: options, jobs: jobs)
        // Every line written: end here, without freeing the run's memos table by table.
        Foundation.exit(ok ? 0 : ExitStatus.failure)
      }
      // One article's format: --format, else what the -o file's extension names (handout.pdf is a
      // PDF, not HTML under a .pdf name), else the config's.
      let named = isBatch ? nil : output.flatMap(OutputFormat.init(naming:))
      let chosen = format ?? named ?? section.format
      if isBatch {
        try await runBatch(pipeline: pipeline, format: chosen, options: options, jobs: jobs)
        // Every output written and the summary said: end here rather than free the run's memos
        // (a batch's words, their readings and templates) object by object.
        Foundation.exit(0)
      }
      try await runOne(pipeline: pipeline, format: chosen, options: options, threads: jobs)
      // Written in full (straight to the descriptor, nothing buffered): the process ends here
      // rather than free a long document and the run's tables object by object (a quarter of a
      // second on 0.7M characters).
      Foundation.exit(0)
    }
  }

  /// A batch: more than one article, a folder, or `--out`.
  private var isBatch: Bool {
    if corpus.out != nil || files.count > 1 { return true }
    var isDirectory: ObjCBool = false
    return files[0] != "-"
      && FileManager.default.fileExists(atPath: files[0], isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  private func runBatch(
    pipeline: Pipeline, format: OutputFormat, options: RenderOptions, jobs: Int
  ) async throws {
    if files.contains("-") { throw JieduError("- (stdin) is one article: leave out --out") }
    if corpus.out == nil && format != .jsonl {
      throw JieduError(
        "many articles need --out DIR (or --format jsonl for one document per line on stdout)")
    }
    if format == .pdf && corpus.out == nil {
      throw JieduError("PDFs of a batch go to files: give --out DIR")
    }
    let inputs = try BatchInputs.collect(files, glob: corpus.glob)
    if let out = corpus.out {
      try BatchJob.refuseSharedOutputs(inputs, folder: out, format: format)
    }
    let job = BatchJob(
      pipeline: pipeline, format: format, options: options, outputFolder: corpus.out,
      force: corpus.force, settingsTime: settingsTime())
    let ok = await BatchRun.run(inputs, job: job, jobs: jobs)
    if !ok { Foundation.exit(ExitStatus.failure) }
  }

  /// The newest modification time of the config and `--glossary` files the run reads.
  private func settingsTime() -> Date? {
    var paths = glossary
    if let config {
      paths.append(config)
    } else if FileManager.default.fileExists(atPath: "config.yaml") {
      paths.append("config.yaml")
    }
    return paths.compactMap(BatchJob.modificationTime).max()
  }

  /// One article, spread over `threads` threads where its stages and JSON allow.
  private func runOne(
    pipeline: Pipeline, format chosen: OutputFormat, options: RenderOptions, threads: Int
  ) async throws {
    let file = files[0]
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
    let document = try await pipeline.run(bytes: bytes, name: file, threads: threads)
    Console.report(document.diagnostics, file: document.source.name)
    for warning in DocumentRendering.warnings(for: chosen, options: options) {
      Console.error("jiedu: warning: \(warning)")
    }
    if let output, output != "-", DocumentRendering.streams(chosen) {
      // JSON goes to the file as it is encoded: a large document is never held twice in memory.
      try StreamedJSONFile.write(
        document, options: options, threads: threads, to: URL(fileURLWithPath: output),
        inputs: inputIDs)
    } else if let output, output != "-" {
      let rendered = try DocumentRendering.render(document, as: chosen, options: options)
      try AtomicFileWriter.write(rendered, to: URL(fileURLWithPath: output), inputs: inputIDs)
    } else {
      try DocumentRendering.stream(document, as: chosen, options: options, threads: threads) {
        chunk in
        Console.output(chunk)
      }
    }
  }
}

/// `annotate`'s corpus flags.
struct CorpusOptions: ParsableArguments {
  @Option(name: .long, help: "Write each article's output under this folder, mirroring the names.")
  var out: String?

  @Option(
    name: .long,
    help: "Articles annotated at once, or threads one article is spread over (default: the cores).")
  var jobs: Int?

  @Flag(name: .long, help: "Redo outputs that are newer than their article and the config.")
  var force = false

  @Option(name: .long, help: "Which files of a folder are articles (default: *.txt).")
  var glob: String?

  @Option(
    name: .long,
    help: "What stdin holds: text (one article) or jsonl ({\"id\", \"text\"} per line).")
  var input: InputKind = .text

  @Option(
    name: .long,
    help: "Tokens in the JSON: full, compact (text, offsets, pinyin, first gloss) or none.")
  var tokens: TokenDetail = .full
}

/// What `annotate -` reads from stdin.
enum InputKind: String, CaseIterable, ExpressibleByArgument {
  /// One article.
  case text
  /// One `{"id", "text"}` document per line.
  case jsonl
}

extension TokenDetail: ExpressibleByArgument {}

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

  @Flag(
    inversion: .prefixedNo,
    help: "Exercises after the handout (key-term cloze, formula matching, polyphones) and a key.")
  var exercises: Bool?

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
    if let exercises { out.exercises = exercises }
    return out
  }

  private func absolute(_ path: String) -> String {
    path.hasPrefix("/")
      ? path
      : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        .path
  }
}
