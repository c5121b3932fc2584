/// Any JSON value, for fields Jiedu does not know in advance.
public enum JSONValue: Codable, Sendable, Equatable {
  /// `null`
  case null
  /// `true` or `false`
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  /// Encodes the value.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// The string inside, if this is a string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The strings inside, if this is an array of strings only.
  public var strings: [String]? {
    guard case .array(let items) = self else { return nil }
    var result: [String] = []
    result.reserveCapacity(items.count)
    for item in items {
      guard case .string(let s) = item else { return nil }
      result.append(s)
    }
    return result
  }

  /// The whole number inside, if this is a number without a fraction.
  public var intValue: Int? {
    guard case .number(let n) = self, n == n.rounded(), abs(n) < 1e15 else { return nil }
    return Int(n)
  }

  /// The number inside, if this is a number.
  public var doubleValue: Double? {
    if case .number(let n) = self { return n }
    return nil
  }
}
