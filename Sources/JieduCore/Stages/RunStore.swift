import Foundation

/// Heavy data that several stages of one run read (CC-CEDICT, the traditional→simplified table):
/// loaded once, on first use, however many stages ask for it.
public protocol SharedResource: Sendable {
  /// Loads the resource; `context` gives the data folder.
  static func load(in context: StageContext) throws -> Self
}

/// The typed per-run store behind `StageContext.shared(_:)`. Safe to use from several tasks: a second
/// caller of the same resource waits for the first one's load instead of loading again, and
/// different resources load at the same time (the glossary's traditional table is not kept waiting
/// while another stage loads CC-CEDICT). A load that fails is not kept: the next caller tries again.
public final class RunStore: @unchecked Sendable {
  /// One resource's place: its own lock, held while it loads.
  private final class Slot: @unchecked Sendable {
    let lock = NSLock()
    var value: (any Sendable)?
  }

  private let lock = NSLock()
  private var slots: [ObjectIdentifier: Slot] = [:]

  /// An empty store.
  public init() {}

  private func slot<R: SharedResource>(_ type: R.Type) -> Slot {
    lock.withLock {
      if let slot = slots[ObjectIdentifier(type)] { return slot }
      let slot = Slot()
      slots[ObjectIdentifier(type)] = slot
      return slot
    }
  }

  /// The stored resource of this type, loading it first if needed.
  public func value<R: SharedResource>(_ type: R.Type, context: StageContext) throws -> R {
    let slot = slot(type)
    slot.lock.lock()
    defer { slot.lock.unlock() }
    if let value = slot.value as? R { return value }
    let loaded = try R.load(in: context)
    slot.value = loaded
    return loaded
  }

  /// Puts a ready value in the store (tests, library users holding a loaded dictionary).
  public func put<R: SharedResource>(_ value: R) {
    let slot = slot(R.self)
    slot.lock.withLock { slot.value = value }
  }
}
