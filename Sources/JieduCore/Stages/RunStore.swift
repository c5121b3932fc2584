import Foundation

/// Heavy data that several stages of one run read (CC-CEDICT, the traditional→simplified table):
/// loaded once, on first use, however many stages ask for it.
public protocol SharedResource: Sendable {
  /// Loads the resource; `context` gives the data folder.
  static func load(in context: StageContext) throws -> Self
}

/// The typed per-run store behind `StageContext.shared(_:)`. Safe to use from several tasks: a second
/// caller waits for the first one's load instead of loading again.
public final class RunStore: @unchecked Sendable {
  private let lock = NSRecursiveLock()
  private var values: [ObjectIdentifier: any Sendable] = [:]

  /// An empty store.
  public init() {}

  /// The stored resource of this type, loading it first if needed.
  public func value<R: SharedResource>(_ type: R.Type, context: StageContext) throws -> R {
    lock.lock()
    defer { lock.unlock() }
    if let value = values[ObjectIdentifier(type)] as? R { return value }
    let loaded = try R.load(in: context)
    values[ObjectIdentifier(type)] = loaded
    return loaded
  }

  /// Puts a ready value in the store (tests, library users holding a loaded dictionary).
  public func put<R: SharedResource>(_ value: R) {
    lock.lock()
    defer { lock.unlock() }
    values[ObjectIdentifier(R.self)] = value
  }
}
