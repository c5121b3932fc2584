import Foundation
import JieduCore
import JieduRender

/// A document's JSON written into a file as it is encoded (atomically, never over an input): no
/// whole rendering held in memory and copied. `annotate -o` and every file of a batch go this way.
enum StreamedJSONFile {
  /// Writes `document` as JSON to `url`, its blocks encoded on `threads` threads.
  static func write(
    _ document: Document, options: RenderOptions, threads: Int = 1, to url: URL,
    inputs: [AtomicFileWriter.FileID]
  ) throws {
    try AtomicFileWriter.write(to: url, inputs: inputs) {
      descriptor throws(DescriptorWriteError) in
      var failure: DescriptorWriteError?
      DocumentRendering.streamJSON(document, options: options, threads: threads) { chunk in
        guard failure == nil else { return }
        do {
          try chunk.withUnsafeBytes { try DescriptorWrite.all($0, to: descriptor) }
        } catch let error as DescriptorWriteError {
          failure = error
        } catch {}
      }
      if let failure { throw failure }
    }
  }
}
