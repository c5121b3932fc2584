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
    let shares = ThreadSlots<[T]>(count: parts, initial: [])
    let size = (count + parts - 1) / parts
    self.withUnsafeBufferPointer { elements in
      let source = UnsafeSendable(elements)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let range = (part * size)..<Swift.min(count, (part + 1) * size)
        shares.store(range.map { transform(source.value[$0]) }, at: part)
      }
    }
    return shares.all.flatMap { $0 }
  }
}

/// A read-only buffer handed to the threads of one `concurrentMap` (alive for the whole call).
private struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Results of work done on several threads at once: slot `k` is written by the thread that does
/// part `k` (each slot its own memory, so no two threads write the same thing), and read after all
/// of them have finished.
package final class ThreadSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T>

  /// `count` slots, each holding `initial` until written.
  package init(count: Int, initial: T) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: initial)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Writes slot `k`.
  package func store(_ value: T, at k: Int) { slots[k] = value }

  /// Slot `k`.
  package func value(at k: Int) -> T { slots[k] }

  /// Every slot, in order.
  package var all: [T] { Array(slots) }
}
