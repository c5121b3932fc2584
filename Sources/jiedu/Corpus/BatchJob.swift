import Foundation
import JieduCore
import JieduPipeline
import JieduRender

/// What annotating one article of a batch came to.
struct BatchFileResult: Sendable {
  /// The article's name (relative path).
  var name: String
  /// Characters of text annotated (0 when skipped or failed).
  var characters: Int = 0
  /// Warnings by stage (`abbreviations`, `ingest`…).
  var warnings: [String: Int] = [:]
  /// Why the article failed, or nil.
  var failure: String?
  /// Whether its output was up to date and left alone.
  var skipped = false
  /// The rendered document, when it goes to stdout rather than a file.
  var rendered: Data?
}

/// Annotates one article of a batch: reads it, runs the shared pipeline, renders it and writes the
/// output atomically (or hands it back for stdout). Never throws: a failure is in the result.
struct BatchJob: Sendable {
  /// The loaded pipeline, shared by every task.
  var pipeline: Pipeline
  /// The output format.
  var format: OutputFormat
  /// Renderer options.
  var options: RenderOptions
  /// `--out`, or nil for stdout.
  var outputFolder: String?
  /// `--force`: redo outputs that are up to date.
  var force: Bool
  /// The newest modification time of the config and glossaries: an output older than this is stale.
  var settingsTime: Date?

  /// The output path of an article under `--out`: its relative name with the format's extension.
  static func outputPath(for input: BatchInput, in folder: String, format: OutputFormat) -> String {
    let base = (input.relative as NSString).deletingPathExtension
    return (folder as NSString).appendingPathComponent(base + "." + format.fileExtension)
  }

  /// Refuses a batch in which two articles would be written to one output (`a/x.txt` and
  /// `b/x.txt` given as two folders, `x.txt` and `x.utf8`): the second would overwrite the first,
  /// or be skipped as up to date because the first was just written.
  static func refuseSharedOutputs(
    _ inputs: [BatchInput], folder: String, format: OutputFormat
  ) throws {
    var writer: [String: String] = [:]
    for input in inputs {
      let output = outputPath(for: input, in: folder, format: format)
      if let earlier = writer[output] {
        throw JieduError(
          "\(earlier) and \(input.path) would both be written to \(output); "
            + "annotate them into different --out folders")
      }
      writer[output] = input.path
    }
  }

  /// Runs a few articles through the pipeline together (each stage over all of them before the
  /// next); one result per article, in order.
  func run(_ inputs: [BatchInput]) async -> [BatchFileResult] {
    var results = inputs.map { BatchFileResult(name: $0.relative) }
    var read: [(index: Int, inputIDs: [AtomicFileWriter.FileID], bytes: [UInt8])] = []
    for (index, input) in inputs.enumerated() {
      if let output = outputPath(for: input), !force, isFresh(output: output, input: input.path) {
        results[index].skipped = true
        continue
      }
      do {
        let inputIDs = InputReader.identities(input.path)
        read.append((index, inputIDs, try InputReader.read(input.path)))
      } catch {
        results[index].failure = BatchJob.message(error)
      }
    }
    let documents = await pipeline.run(read.map { ($0.bytes, inputs[$0.index].relative) })
    for (article, outcome) in zip(read, documents) {
      do {
        try finish(
          try outcome.get(), of: inputs[article.index], inputIDs: article.inputIDs,
          into: &results[article.index])
      } catch {
        results[article.index].failure = BatchJob.message(error)
      }
    }
    for (input, result) in zip(inputs, results) {
      guard let failure = result.failure else { continue }
      let message =
        failure.hasPrefix(input.relative) || failure.hasPrefix(input.path)
        ? failure : "\(input.relative): \(failure)"
      Console.error("jiedu: error: \(message)")
    }
    return results
  }

  /// Where an article's output goes under `--out`, or nil for stdout.
  private func outputPath(for input: BatchInput) -> String? {
    outputFolder.map { BatchJob.outputPath(for: input, in: $0, format: format) }
  }

  /// Reports an annotated article's diagnostics, counts its warnings and characters, and writes its
  /// output (or keeps it for stdout).
  private func finish(
    _ document: Document, of input: BatchInput, inputIDs: [AtomicFileWriter.FileID],
    into result: inout BatchFileResult
  ) throws {
    Console.report(document.diagnostics, file: input.relative)
    for d in document.diagnostics where d.level == .warning {
      result.warnings[d.stage.isEmpty ? "other" : d.stage, default: 0] += 1
    }
    result.characters = document.blocks.reduce(0) { $0 + $1.text.scalarCount }
    guard let output = outputPath(for: input) else {
      result.rendered = try DocumentRendering.render(document, as: format, options: options)
      return
    }
    let url = URL(fileURLWithPath: output)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    if DocumentRendering.streams(format) {
      try StreamedJSONFile.write(document, options: options, to: url, inputs: inputIDs)
    } else {
      let rendered = try DocumentRendering.render(document, as: format, options: options)
      try AtomicFileWriter.write(rendered, to: url, inputs: inputIDs)
    }
  }

  /// An error as one line for the summary.
  private static func message(_ error: any Error) -> String {
    switch error {
    case let error as JieduError: error.message
    case let error as StageError: error.description
    default: "\(error)"
    }
  }

  /// Whether the output exists and is newer than the input and the settings.
  private func isFresh(output: String, input: String) -> Bool {
    guard let out = modified(output), let source = modified(input), out > source else {
      return false
    }
    if let settingsTime, out <= settingsTime { return false }
    return true
  }

  private func modified(_ path: String) -> Date? { BatchJob.modificationTime(path) }

  /// A file's modification time by `stat` (following links), or nil; not through Foundation's
  /// attributes, which look up the owner's and group's names (two files read) per call.
  static func modificationTime(_ path: String) -> Date? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    let time = status.st_mtim
    return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
  }
}

extension OutputFormat {
  /// The extension of a file in this format.
  var fileExtension: String {
    switch self {
    case .xliff: "xlf"
    default: rawValue
    }
  }

  /// The format a file's extension names (`handout.pdf` → pdf, `a.xlf` → xliff), or nil.
  init?(naming path: String) {
    let named = (path as NSString).pathExtension.lowercased()
    guard let format = OutputFormat.allCases.first(where: { $0.fileExtension == named }) else {
      return nil
    }
    self = format
  }
}
