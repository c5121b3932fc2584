/// The form of a sentence that memory lookups compare: full-width letters, digits and spaces folded
/// to ASCII, then every space and punctuation mark dropped, so “党建” and 党建。 match 党建.
struct MemoryKey: Hashable, Sendable {
  /// The kept scalars.
  let scalars: [Unicode.Scalar]

  /// The key of a sentence.
  init(_ text: String) {
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let folded = MemoryKey.narrow(scalar)
      let properties = folded.properties
      if properties.isWhitespace { continue }
      switch properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation, .format, .control:
        continue
      default:
        kept.append(
          properties.lowercaseMapping.unicodeScalars.count == 1
            ? properties.lowercaseMapping.unicodeScalars.first! : folded)
      }
    }
    scalars = kept
  }

  /// Whether nothing is left (a sentence of punctuation only).
  var isEmpty: Bool { scalars.isEmpty }

  /// Full-width ASCII (U+FF01…U+FF5E) and the ideographic space to their narrow forms.
  private static func narrow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    case 0x3000: return " "
    default: return scalar
    }
  }
}

/// Character edit-distance similarity, as OmegaT shows fuzzy matches: 1 − distance / longer length.
enum EditSimilarity {
  /// The similarity of two keys, 0…1; 0 when either is empty.
  static func score(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let longer = max(a.count, b.count)
    return 1 - Double(distance(a, b)) / Double(longer)
  }

  /// The highest score two keys of these lengths can reach.
  static func bound(_ a: Int, _ b: Int) -> Double {
    guard a > 0, b > 0 else { return 0 }
    return Double(min(a, b)) / Double(max(a, b))
  }

  /// Levenshtein distance over two rows.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
