import ArgumentParser
import JieduCore
import JieduPipeline
import JieduSegmenter

/// `jiedu segment [FILE…]`: the lines of the files (or stdin) to words separated by single spaces,
/// line for line.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract:
      "Segment files or stdin into words: one output line per input line, words separated by spaces."
  )

  @Option(
    name: .long,
    help: "Config whose segmentation.lexicons are used (default: ./config.yaml if present).")
  var config: String?

  @OptionGroup var input: LineFiles

  @OptionGroup var shared: SharedOptions

  func run() throws {
    try Console.guarded {
      let segmenter = try PipelineSetup(shared.settings(config: config)).segmenter()
      var out = OutputBuffer()
      try LineStream.forEachLine(in: input.files) { line in
        out.line(segmenter.segmentedLine(line))
      }
      out.flush()
    }
  }
}
