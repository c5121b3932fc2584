import Foundation

/// A small thread-safe table shared by the documents and tasks of a run: a value per key, computed
/// once (`value(for:make:)`) or remembered as found (`remember`). Bounded: past `limit` keys it starts
/// again, so a long corpus cannot grow it without end. Inlinable: unspecialised, every lookup went
/// through value witnesses (a tenth of a batch run).
public final class LockedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  @usableFromInline let lock = NSLock()
  @usableFromInline var table: [Key: Value] = [:]
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
    lock.withLock { table[key] }
  }

  /// Remembers `value` for `key`.
  @inlinable public func remember(_ value: Value, for key: Key) {
    lock.withLock {
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[key] = value
    }
  }
}
