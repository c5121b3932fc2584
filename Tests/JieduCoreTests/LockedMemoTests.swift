import Dispatch
import JieduCore
import Testing

/// The run-wide memos are asked from several threads at once: every answer is the value made for
/// its key, and the limit starts the table again instead of letting it grow.
@Suite struct LockedMemoTests {
  @Test func threadsAskingAtOnceGetEachKeysOwnValue() {
    let memo = LockedMemo<Int, String>()
    let wrong = LockedMemo<Int, Int>()
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      for round in 0..<20_000 {
        let key = (round * 7 + thread) % 1_000
        if memo.value(for: key, make: { "v\(key)" }) != "v\(key)" {
          wrong.remember(key, for: thread)
        }
      }
    }
    #expect((0..<8).allSatisfy { wrong.value(for: $0) == nil })
    #expect((0..<1_000).allSatisfy { memo.value(for: $0) == "v\($0)" })
  }

  @Test func pastItsLimitTheTableStartsAgain() {
    let memo = LockedMemo<Int, Int>(limit: 10)
    for key in 0..<10 { memo.remember(key, for: key) }
    #expect(memo.value(for: 0) == 0)
    memo.remember(10, for: 10)
    #expect(memo.value(for: 0) == nil)
    #expect(memo.value(for: 10) == 10)
  }
}
