/// Runs work items on up to `jobs` tasks at once and hands the results back in input order, holding
/// at most a few results that finished early (so memory stays bounded however long the input is).
enum OrderedParallel {
  /// Pulls items from `items` as room frees up, runs `work` on each in a child task, and calls `emit`
  /// with each result in the order the items came.
  static func run<Items: Sequence, Result: Sendable>(
    _ items: Items, jobs: Int,
    work: @escaping @Sendable (Items.Element) async -> Result,
    emit: (Result) -> Void
  ) async where Items.Element: Sendable {
    let jobs = max(1, jobs)
    let window = jobs * 4
    await withTaskGroup(of: (Int, Result).self) { group in
      var iterator = items.makeIterator()
      var started = 0
      var running = 0
      var emitted = 0
      var early: [Int: Result] = [:]
      var exhausted = false
      func fill() {
        while !exhausted, running < jobs, started - emitted < window {
          guard let item = iterator.next() else {
            exhausted = true
            return
          }
          let index = started
          group.addTask { (index, await work(item)) }
          started += 1
          running += 1
        }
      }
      fill()
      while let (index, result) = await group.next() {
        running -= 1
        early[index] = result
        while let ready = early.removeValue(forKey: emitted) {
          emit(ready)
          emitted += 1
        }
        fill()
      }
    }
  }
}
