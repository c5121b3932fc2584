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
      groups(of: inputs, jobs: jobs), jobs: jobs, work: { await job.run($0) },
      emit: { results in
        for result in results {
          if let rendered = result.rendered { Console.output(rendered) }
          summary.add(result)
        }
        progress.update(summary)
      })
    progress.finish()
    Console.error(summary.line(seconds: progress.elapsed))
    return summary.failures.isEmpty
  }

  /// The most articles a task annotates together.
  static let largestGroup = 64
  /// Input bytes after which a group takes no more articles (~43k characters of UTF-8 Chinese):
  /// past a few thousand characters a group gains little, and its documents are all held at once.
  static let groupBytes = 128 * 1024

  /// Consecutive articles in groups a task annotates together (`Pipeline.run(_:)`, each stage over
  /// the whole group): up to `largestGroup` articles or `groupBytes` of input, and no more than a
  /// quarter of each task's share of what is left, so that groups shrink towards the end and the
  /// tasks finish close together.
  static func groups(of inputs: [BatchInput], jobs: Int) -> [[BatchInput]] {
    var groups: [[BatchInput]] = []
    var group: [BatchInput] = []
    var bytes = 0
    var most = 1
    for (index, input) in inputs.enumerated() {
      if group.isEmpty {
        most = max(1, min(largestGroup, (inputs.count - index) / (max(1, jobs) * 4)))
      }
      group.append(input)
      bytes += fileSize(input.path)
      if group.count >= most || bytes >= groupBytes {
        groups.append(group)
        group = []
        bytes = 0
      }
    }
    if !group.isEmpty { groups.append(group) }
    return groups
  }

  /// A file's size by `stat`, or 0 when it cannot be read (reading it will say why).
  static func fileSize(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
  }
}
