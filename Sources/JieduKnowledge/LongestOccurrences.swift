extension TermMatcher {
  /// For each offset of the scalars, the longest occurrence that starts there, or nil.
  public func longestOccurrences(startingIn scalars: [Unicode.Scalar]) -> [Occurrence?] {
    longestOccurrences(startingIn: scalars, with: nil)
  }

  /// `longestOccurrences(startingIn:)` of this matcher's keys and `other`'s together, as one
  /// matcher over both key lists (these first, then `other`'s) would find them: an occurrence of
  /// `other`'s key `k` has key `keyCount + k`. The two must share no key. So a large fixed list and
  /// a few keys of one document's are matched without building a matcher over all of them.
  public func longestOccurrences(startingIn scalars: [Unicode.Scalar], with other: TermMatcher?)
    -> [Occurrence?]
  {
    var longest = [Occurrence?](repeating: nil, count: scalars.count)
    for occurrence in occurrences(in: scalars) {
      if let kept = longest[occurrence.start], kept.end >= occurrence.end { continue }
      longest[occurrence.start] = occurrence
    }
    guard let other else { return longest }
    for var occurrence in other.occurrences(in: scalars) {
      occurrence.key += keyCount
      if let kept = longest[occurrence.start], kept.end >= occurrence.end { continue }
      longest[occurrence.start] = occurrence
    }
    return longest
  }

  /// Occurrences that do not overlap, found left to right: at each offset where `mayStart` allows
  /// one, the longest occurrence that starts there, and the search goes on after its end. With
  /// `other`, its keys are matched too, as in `longestOccurrences(startingIn:with:)`.
  public func leftmostLongest(
    in scalars: [Unicode.Scalar], with other: TermMatcher? = nil,
    mayStart: (Int) -> Bool = { _ in true }
  ) -> [Occurrence] {
    let longest = longestOccurrences(startingIn: scalars, with: other)
    var kept: [Occurrence] = []
    var offset = 0
    while offset < scalars.count {
      if let occurrence = longest[offset], mayStart(offset) {
        kept.append(occurrence)
        offset = occurrence.end
      } else {
        offset += 1
      }
    }
    return kept
  }
}
