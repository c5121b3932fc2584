import Dispatch
import Foundation
import JieduCore
import Testing

/// Gates the test resources' loads: the slow one holds its load open until the quick one has loaded.
private enum Gates {
  static let slowStarted = DispatchSemaphore(value: 0)
  static let quickLoaded = DispatchSemaphore(value: 0)
  static let countLock = NSLock()
  nonisolated(unsafe) static var counted = 0
}

/// A resource whose load waits (up to 10 s) for `QuickResource` to be loaded by another caller.
private struct SlowResource: SharedResource {
  var sawQuickLoad: Bool
  static func load(in context: StageContext) throws -> SlowResource {
    Gates.slowStarted.signal()
    return SlowResource(sawQuickLoad: Gates.quickLoaded.wait(timeout: .now() + 10) == .success)
  }
}

private struct QuickResource: SharedResource {
  static func load(in context: StageContext) throws -> QuickResource {
    Gates.quickLoaded.signal()
    return QuickResource()
  }
}

/// Counts its loads.
private struct CountedResource: SharedResource {
  static func load(in context: StageContext) throws -> CountedResource {
    Thread.sleep(forTimeInterval: 0.05)
    Gates.countLock.withLock { Gates.counted += 1 }
    return CountedResource()
  }
}

@Suite struct RunStoreTests {
  let context = StageContext(baseDirectory: URL(fileURLWithPath: "/"), dataDirectory: nil)

  /// While one resource loads, another loads beside it, not after it.
  @Test func differentResourcesLoadAtTheSameTime() throws {
    let store = RunStore()
    let context = context
    let slow = DispatchGroup()
    nonisolated(unsafe) var result: SlowResource?
    DispatchQueue.global().async(group: slow) {
      result = try? store.value(SlowResource.self, context: context)
    }
    #expect(Gates.slowStarted.wait(timeout: .now() + 10) == .success)
    let began = Date()
    _ = try store.value(QuickResource.self, context: context)
    #expect(Date().timeIntervalSince(began) < 5)
    slow.wait()
    #expect(result?.sawQuickLoad == true)
  }

  /// Callers of one resource at once get one load between them.
  @Test func oneResourceLoadsOnceForEveryCaller() {
    let store = RunStore()
    let context = context
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      _ = try? store.value(CountedResource.self, context: context)
    }
    #expect(Gates.countLock.withLock { Gates.counted } == 1)
  }
}
