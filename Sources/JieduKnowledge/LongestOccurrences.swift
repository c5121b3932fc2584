extension TermMatcher {
  /// For each offset of the scalars, the longest occurrence that starts there, or nil.
  public func longestOccurrences(startingIn scalars: [Unicode.Scalar]) -> [Occurrence?] {
    var longest = [Occurrence?](repeating: nil, count: scalars.count)
    for occurrence in occurrences(in: scalars) {
      if let kept = longest[occurrence.start], kept.end >= occurrence.end { continue }
      longest[occurrence.start] = occurrence
    }
    return longest
  }

  /// Occurrences that do not overlap, found left to right: at each offset where `mayStart` allows
  /// one, the longest occurrence that starts there, and the search goes on after its end.
  public func leftmostLongest(
    in scalars: [Unicode.Scalar], mayStart: (Int) -> Bool = { _ in true }
  ) -> [Occurrence] {
    let longest = longestOccurrences(startingIn: scalars)
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
