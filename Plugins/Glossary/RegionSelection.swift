/// Which regional entries (`region: shanghai`) the glossary stage uses: all of them (the default),
/// none (`regions: none`, national vocabulary only) or the listed regions (`regions: [shanghai]`).
/// Entries without a region are always used.
public enum RegionSelection: Decodable, Sendable, Equatable {
  /// Every region.
  case all
  /// National vocabulary only.
  case none
  /// These regions.
  case only([String])

  /// Reads `all`, `none` or a list of region names.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let list = try? c.decode([String].self) {
      self = .only(list)
      return
    }
    switch try c.decode(String.self) {
    case "all": self = .all
    case "none": self = .none
    case let other:
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "expected all, none or a list of regions, found '\(other)'")
    }
  }

  /// Whether an entry of this region (nil: national) is used.
  public func includes(_ region: String?) -> Bool {
    guard let region else { return true }
    switch self {
    case .all: return true
    case .none: return false
    case .only(let list): return list.contains(region)
    }
  }
}
