import JieduCore

/// The `levels` stage's token field, stored flat in `Token.extra`.
extension Token {
  /// HSK 3.0 level (`level`): 1–6, or 7 for the 7–9 band; nil when no list has the word.
  public var level: Int? {
    get { extra?["level"]?.intValue }
    set {
      if let newValue {
        if extra == nil { extra = [:] }
        extra?["level"] = .number(Double(newValue))
      } else {
        extra?["level"] = nil
        if extra?.isEmpty == true { extra = nil }
      }
    }
  }
}

extension Token {
  /// For a word no list has that splits into listed words (这种 = 这 + 种, 看到 = 看 + 到): the
  /// highest level of its parts (`parts-level`); nil otherwise.
  public var partsLevel: Int? {
    get { extra?["parts-level"]?.intValue }
    set {
      if let newValue {
        if extra == nil { extra = [:] }
        extra?["parts-level"] = .number(Double(newValue))
      } else {
        extra?["parts-level"] = nil
        if extra?.isEmpty == true { extra = nil }
      }
    }
  }
}

extension Token {
  /// Whether `level` comes from the character list, for a one-character token the word list lacks
  /// (`"level-from": "character"`): a bound morpheme such as 促 or 型 more often than a word.
  public var levelFromCharacter: Bool {
    get { extra?["level-from"]?.stringValue == "character" }
    set {
      if newValue {
        if extra == nil { extra = [:] }
        extra?["level-from"] = .string("character")
      } else {
        extra?["level-from"] = nil
        if extra?.isEmpty == true { extra = nil }
      }
    }
  }
}

extension Token {
  /// For a one-character word the word list grades above its character (建: word 5, character 4):
  /// the character's level (`char-level`). The character is then taught first inside compounds
  /// (建设, 如果), and the word standing alone is mostly a literary or bound use of it.
  public var characterLevel: Int? {
    get { extra?["char-level"]?.intValue }
    set {
      if let newValue {
        if extra == nil { extra = [:] }
        extra?["char-level"] = .number(Double(newValue))
      } else {
        extra?["char-level"] = nil
        if extra?.isEmpty == true { extra = nil }
      }
    }
  }
}

extension Capability {
  /// HSK levels on tokens, produced by the `levels` stage.
  public static let levels = Capability("levels")
}

/// HSK levels as the handout writes them.
public enum HSKLevelLabel {
  /// "HSK 4", "HSK 7–9".
  public static func label(_ level: Int) -> String { level >= 7 ? "HSK 7–9" : "HSK \(level)" }
  /// "4", "7–9".
  public static func short(_ level: Int) -> String { level >= 7 ? "7–9" : "\(level)" }
}
