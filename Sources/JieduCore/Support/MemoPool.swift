import Foundation

/// Per-task memos lent to one task at a time and handed back when it is done: each document of a
/// batch (or slice of a long one) starts from the memo an earlier one left, warm with the run's
/// words, instead of an empty one it fills again through the run-wide locked memos. Holds at most
/// `limit` memos (one per task that ever ran at once); a memo past `maximumKeys` is dropped by its
/// owner's `resetIfLarge` (the caller's), so the pool cannot grow without end.
public final class MemoPool<Memo>: @unchecked Sendable {
  @usableFromInline let lock = NSLock()
  @usableFromInline var free: [Memo] = []
  /// Most memos kept.
  public let limit: Int

  @inlinable public init(limit: Int = 64) { self.limit = limit }

  /// A memo handed back earlier, or nil (the caller makes a new one).
  @inlinable public func take() -> Memo? { lock.withLock { free.popLast() } }

  /// Hands `memo` back for the next task.
  @inlinable public func give(_ memo: Memo) {
    lock.withLock { if free.count < limit { free.append(memo) } }
  }

  /// Runs `body` with a memo from the pool (or `make()`'s), handing it back afterwards.
  @inlinable public func with<Result>(
    make: () -> Memo, _ body: (inout Memo) throws -> Result
  ) rethrows -> Result {
    var memo = take() ?? make()
    defer { give(memo) }
    return try body(&memo)
  }
}
