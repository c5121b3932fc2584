/// A set of scalar ranges, merged and sorted once, that answers "does this range overlap any of them"
/// by binary search: checking every token of a long block against every key term in it was
/// quadratic (a 3 MB line with 250,000 terms).
struct SpanIndex {
  /// Disjoint, non-empty, in ascending order.
  private let spans: [Range<Int>]

  init(_ ranges: [Range<Int>]) {
    var merged: [Range<Int>] = []
    for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    spans = merged
  }

  /// Whether `range` shares a position with one of the spans (an empty range shares none).
  func overlaps(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    // The first span that ends after the range starts; it overlaps when it starts before the end.
    var low = 0
    var high = spans.count
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < spans.count && spans[low].lowerBound < range.upperBound
  }
}
