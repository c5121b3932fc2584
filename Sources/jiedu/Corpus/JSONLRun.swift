import Foundation
import JieduCore
import JieduPipeline
import JieduRender

/// `jiedu annotate - --input jsonl`: one `{"id", "text"}` document per stdin line, annotated on
/// `--jobs` tasks and written one per line in the same order with the same ids. A bad line gives a
/// row with an `error` field in its place: no line is dropped.
enum JSONLRun {
  /// Runs every line; returns whether every line was annotated.
  static func run(pipeline: Pipeline, options: RenderOptions, jobs: Int) async -> Bool {
    let lines = StdinLines()
    var failed = 0
    var out = OutputBuffer()
    await OrderedParallel.run(
      lines, jobs: jobs,
      work: { line in await annotate(line, pipeline: pipeline, options: options) },
      emit: { (row: Row) in
        if row.failed { failed += 1 }
        out.append(row.bytes)
      })
    out.flush()
    if let failure = lines.failure {
      Console.error("jiedu: error: \(failure)")
      return false
    }
    if failed > 0 {
      Console.error(
        "jiedu: \(failed) line\(failed == 1 ? "" : "s") failed (see their \"error\" fields)")
    }
    return failed == 0
  }

  /// One output line.
  struct Row: Sendable {
    var bytes: Data
    var failed: Bool
  }

  private static func annotate(_ line: JSONLLine, pipeline: Pipeline, options: RenderOptions) async
    -> Row
  {
    var message = line.error
    if let text = line.text {
      do {
        let document = try await pipeline.run(bytes: Array(text.utf8), name: line.name)
        Console.report(document.diagnostics, file: line.name)
        return Row(
          bytes: DocumentRendering.jsonLine(document, id: line.id, options: options), failed: false)
      } catch let error as JieduError {
        message = error.message
      } catch let error as StageError {
        message = error.description
      } catch {
        message = "\(error)"
      }
    }
    let reason = message ?? "line \(line.number): failed"
    // A line without an id is named "line N", as its reason may already begin.
    let said = reason.hasPrefix(line.name + ":") ? reason : "\(line.name): \(reason)"
    Console.error("jiedu: error: \(said)")
    return Row(
      bytes: DocumentRendering.errorLine(id: line.id, line: line.number, message: reason),
      failed: true)
  }
}
