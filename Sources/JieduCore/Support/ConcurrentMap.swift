import Foundation

extension Array where Element: Sendable {
  /// `map(transform)` on up to `threads` threads, each over a contiguous share of the elements; the
  /// results are in the elements' order. On the calling thread when `threads` is 1 or there are
  /// fewer than `minimumCount` elements per thread.
  public func concurrentMap<T: Sendable>(
    threads: Int, minimumCount: Int = 256, _ transform: @Sendable (Element) -> T
  ) -> [T] {
    let parts = Swift.max(1, Swift.min(threads, count / Swift.max(1, minimumCount)))
    guard parts > 1 else { return map(transform) }
    let shares = MappedShares<T>(parts: parts)
    let size = (count + parts - 1) / parts
    self.withUnsafeBufferPointer { elements in
      let source = UnsafeSendable(elements)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let range = (part * size)..<Swift.min(count, (part + 1) * size)
        shares.store(range.map { transform(source.value[$0]) }, at: part)
      }
    }
    return shares.joined()
  }
}

/// A read-only buffer handed to the threads of one `concurrentMap` (alive for the whole call).
private struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// The results of each share of one `concurrentMap`: slot `k` is written by the thread that maps
/// share `k` (each its own memory), and read after all of them have finished.
private final class MappedShares<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<[T]>

  init(parts: Int) {
    slots = .allocate(capacity: parts)
    slots.initialize(repeating: [])
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ results: [T], at k: Int) { slots[k] = results }

  func joined() -> [T] { slots.flatMap { $0 } }
}
