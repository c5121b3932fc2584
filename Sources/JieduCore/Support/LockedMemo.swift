import Foundation
import Synchronization

/// A small thread-safe table shared by the documents and tasks of a run: a value per key, computed
/// once (`value(for:make:)`) or remembered as found (`remember`). Bounded: past `limit` keys it starts
/// again, so a long corpus cannot grow it without end. Inlinable: unspecialised, every lookup went
/// through value witnesses (a tenth of a batch run).
///
/// The lock is the standard library's `Mutex`, not Foundation's `NSLock`: a batch's two tasks ask
/// these tables at once, each for a moment, and with `NSLock` the one that found it held went to
/// sleep in the kernel (10,500 `futex` calls in the 400-file batch; 130 with `Mutex`, `strace -c`).
public final class LockedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  @usableFromInline let state = Mutex<[Key: Value]>([:])
  /// Most keys kept; past it the memo starts again.
  public let limit: Int

  @inlinable public init(limit: Int = 200_000) { self.limit = limit }

  /// The value for `key`, computed with `make` the first time.
  @inlinable public func value(for key: Key, make: () -> Value) -> Value {
    if let known = value(for: key) { return known }
    let made = make()
    remember(made, for: key)
    return made
  }

  /// The value remembered for `key`, or nil.
  @inlinable public func value(for key: Key) -> Value? {
    state.withLock { $0[key] }
  }

  /// Remembers `value` for `key`.
  @inlinable public func remember(_ value: Value, for key: Key) {
    state.withLock { table in
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[key] = value
    }
  }
}
