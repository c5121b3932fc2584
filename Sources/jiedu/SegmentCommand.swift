import ArgumentParser
import JieduCore
import JieduSegmenter

/// `jiedu segment`: stdin lines to words separated by single spaces, line for line.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Segment stdin into words: one output line per input line, words separated by spaces."
  )

  @Option(
    name: .long,
    help: "Config whose segmentation.lexicons are used (default: ./config.yaml if present).")
  var config: String?

  @Option(
    name: .long, help: "Folder with the downloaded dictionaries (default: $JIEDU_DATA, ./data).")
  var data: String?

  func run() throws {
    try Console.guarded {
      let setup = try RunSetup(configPath: config, dataPath: data)
      guard let segmenter = try setup.segmenterProvider() as? LexiconSegmenter else { return }
      var out = OutputBuffer()
      LineStream.forEachLine { line in
        out.line(segmenter.segmentedLine(line))
      }
      out.flush()
    }
  }
}
