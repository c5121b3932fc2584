import JieduCore
import JieduDictionary

/// Options of the `gloss` stage.
public struct GlossStageOptions: StageOptions, Equatable {
  /// How token pinyin is written: `marks` (default), `numbers`, or `none` (no pinyin field at all).
  public var pinyin: PinyinStyle = .marks
  /// Extra dictionaries (CC-CEDICT format, or `.yaml`/`.yml`) over the built-in CC-CEDICT; a word they
  /// define replaces its built-in entries, and a later file replaces an earlier one.
  public var dictionaries: [String] = []
  /// Most English senses kept per token.
  public var maxGlosses: Int = 5
  /// Whether to show the tone sandhi of 一 and 不.
  public var sandhi: Bool = false

  /// All defaults.
  public init() {}

  /// Every key the stage accepts.
  public static let specs: [OptionSpec] = [
    OptionSpec(
      "pinyin", type: "marks|numbers|none", default: "marks",
      "how token pinyin is written; none leaves it out"),
    OptionSpec(
      "dictionaries", type: "[path]", default: "[]",
      "extra CC-CEDICT-format or YAML dictionaries; their words replace the built-in entries"),
    OptionSpec("max-glosses", type: "int", default: "5", "most English senses kept per token"),
    OptionSpec(
      "sandhi", type: "bool", default: "false", "show the tone sandhi of 一 and 不 (yí gè, bú shì)"),
  ]

  private enum Key: String, CodingKey {
    case pinyin, dictionaries, sandhi
    case maxGlosses = "max-glosses"
  }

  /// Decodes the options; a bad `pinyin` value names the valid ones.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    if let style = try c.decodeIfPresent(String.self, forKey: .pinyin) {
      guard let parsed = PinyinStyle(rawValue: style) else {
        throw DecodingError.dataCorruptedError(
          forKey: .pinyin, in: c,
          debugDescription: "expected marks, numbers or none, got '\(style)'")
      }
      pinyin = parsed
    }
    dictionaries = try c.decodeIfPresent([String].self, forKey: .dictionaries) ?? []
    maxGlosses = try c.decodeIfPresent(Int.self, forKey: .maxGlosses) ?? 5
    if maxGlosses < 0 {
      throw DecodingError.dataCorruptedError(
        forKey: .maxGlosses, in: c,
        debugDescription: "expected a number of senses (0 or more), got \(maxGlosses)")
    }
    sandhi = try c.decodeIfPresent(Bool.self, forKey: .sandhi) ?? false
  }
}
