import JieduCore

/// How a token's pinyin was found (`reading` in JSON).
public enum ReadingSource: String, Sendable, CaseIterable {
  /// From a dictionary entry for the whole word.
  case word
  /// Character by character, in context.
  case composed
}

/// The gloss stage's token fields, stored flat in `Token.extra` under their JSON keys.
extension Token {
  /// The traditional form where it differs (`traditional`).
  public var traditional: String? {
    get { extra?["traditional"]?.stringValue }
    set { setExtra("traditional", newValue.map(JSONValue.string)) }
  }

  /// Classifiers from the dictionary, such as `个[ge4]` (`classifiers`).
  public var classifiers: [String]? {
    get { extra?["classifiers"]?.strings }
    set { setExtra("classifiers", newValue.map { .array($0.map(JSONValue.string)) }) }
  }

  /// How the pinyin was found (`reading`).
  public var reading: ReadingSource? {
    get { extra?["reading"]?.stringValue.flatMap(ReadingSource.init(rawValue:)) }
    set { setExtra("reading", newValue.map { .string($0.rawValue) }) }
  }

  /// Whether the glosses were composed from the word's parts ("new + century"), as `composed: true`.
  public var composedGloss: Bool {
    get { extra?["composed"] == .bool(true) }
    set { setExtra("composed", newValue ? .bool(true) : nil) }
  }

  /// The kind of name the token is (`name`: `person` or `place`), or nil for an ordinary word.
  public var nameKind: String? {
    get { extra?["name"]?.stringValue }
    set { setExtra("name", newValue.map(JSONValue.string)) }
  }

  private mutating func setExtra(_ key: String, _ value: JSONValue?) {
    if let value {
      // Room for the few fields a token gets (the table grew at every one of them).
      if extra == nil { extra = Dictionary(minimumCapacity: 4) }
      extra?[key] = value
    } else {
      extra?[key] = nil
      if extra?.isEmpty == true { extra = nil }
    }
  }
}
