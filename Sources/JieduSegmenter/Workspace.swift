/// Receives tokens in text order.
protocol TokenSink {
  /// Takes the next token's range.
  mutating func add(_ range: Range<Int>)
}

extension Array: TokenSink where Element == Range<Int> {
  /// Appends the range.
  @inline(__always)
  mutating func add(_ range: Range<Int>) { append(range) }
}

/// Scratch memory for one window, reused across windows (unmanaged, so the DP runs without checks).
final class Workspace {
  /// Positions the buffers hold.
  private(set) var capacity = 0
  /// Best log probability of a path to each position.
  private(set) var best: UnsafeMutablePointer<Double>
  /// The start of the last token on that best path.
  private(set) var back: UnsafeMutablePointer<Int32>
  /// Per position: -1 inside a rule token, 0 at an ordinary boundary, else the (window-relative) end of
  /// the rule token starting there.
  private(set) var atomEnd: UnsafeMutablePointer<Int32>
  /// Token ends of the best path, last first.
  var ends: [Int32] = []

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    best = .allocate(capacity: self.capacity)
    back = .allocate(capacity: self.capacity)
    atomEnd = .allocate(capacity: self.capacity)
    ends.reserveCapacity(self.capacity + 1)
  }

  deinit {
    best.deallocate()
    back.deallocate()
    atomEnd.deallocate()
  }

  /// Makes room for `needed` positions.
  private func reserve(_ needed: Int) {
    guard needed > capacity else { return }
    best.deallocate()
    back.deallocate()
    atomEnd.deallocate()
    capacity = needed
    best = .allocate(capacity: needed)
    back = .allocate(capacity: needed)
    atomEnd = .allocate(capacity: needed)
  }

  /// Marks the rule tokens of `text[range]`; a token crossing the window's end extends the window
  /// (never beyond `limit`). Returns the window's end.
  func markAtoms(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, limit: Int, trie: LexiconTrie
  ) -> Int {
    var end = range.upperBound
    var position = range.lowerBound
    reserve(range.count + TokenRules.maximumRuleLength + 2)
    while position < end {
      let local = position - range.lowerBound
      if let atom = TokenRules.atomEnd(text, at: position, limit: limit, trie: trie) {
        atomEnd[local] = Int32(atom - range.lowerBound)
        for inside in (position + 1)..<atom { atomEnd[inside - range.lowerBound] = -1 }
        position = atom
        end = max(end, atom)
      } else {
        atomEnd[local] = 0
        position += 1
      }
    }
    atomEnd[end - range.lowerBound] = 0
    return end
  }
}
