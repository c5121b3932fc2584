import Foundation
import JieduCore
import JieduPipeline
import JieduRender

/// `jiedu annotate FILES… | DIR`: many articles on `--jobs` tasks of one process sharing the loaded
/// dictionaries; outputs under `--out` (or, as JSONL, on stdout in input order); progress and one
/// summary line on stderr. A failed article never stops the batch: it is named in the summary and
/// the exit status is 1 at the end.
enum BatchRun {
  /// Runs the batch; returns whether every article succeeded.
  static func run(_ inputs: [BatchInput], job: BatchJob, jobs: Int) async -> Bool {
    var summary = BatchSummary(total: inputs.count)
    var progress = BatchProgress()
    progress.update(summary)
    await OrderedParallel.run(
      inputs, jobs: jobs, work: { await job.run($0) },
      emit: { result in
        if let rendered = result.rendered { Console.output(rendered) }
        summary.add(result)
        progress.update(summary)
      })
    progress.finish()
    Console.error(summary.line(seconds: progress.elapsed))
    return summary.failures.isEmpty
  }
}
