import JieduCore
import JieduDictionary

/// Options of the `gloss` stage.
public struct GlossStageOptions: StageOptions, Equatable {
  /// How token pinyin is written, as configured: `marks`, `numbers` or `none`.
  @StageOption(
    "pinyin", type: "marks|numbers|none", help: "how token pinyin is written; none leaves it out",
    validate: {
      PinyinStyle(rawValue: $0) == nil ? "expected marks, numbers or none, got '\($0)'" : nil
    })
  public var pinyinStyle = "marks"
  /// Extra dictionaries (CC-CEDICT format, or `.yaml`/`.yml`) over the built-in CC-CEDICT; a word they
  /// define replaces its built-in entries, and a later file replaces an earlier one.
  @StageOption(
    "dictionaries", type: "[path]",
    help: "extra CC-CEDICT-format or YAML dictionaries; their words replace the built-in entries")
  public var dictionaries: [String] = []
  /// Most English senses kept per token.
  @StageOption(
    "max-glosses", help: "most English senses kept per token",
    validate: { $0 < 0 ? "expected a number of senses (0 or more), got \($0)" : nil })
  public var maxGlosses = 5
  /// Whether to show the tone sandhi of 一 and 不.
  @StageOption("sandhi", help: "show the tone sandhi of 一 and 不 (yí gè, bú shì)")
  public var sandhi = false

  /// All defaults.
  public init() {}

  /// How token pinyin is written: `marks` (default), `numbers`, or `none` (no pinyin field at all).
  public var pinyin: PinyinStyle {
    get { PinyinStyle(rawValue: pinyinStyle) ?? .marks }
    set { pinyinStyle = newValue.rawValue }
  }

  /// Options are equal when every value is.
  public static func == (a: Self, b: Self) -> Bool {
    a.pinyinStyle == b.pinyinStyle && a.dictionaries == b.dictionaries
      && a.maxGlosses == b.maxGlosses && a.sandhi == b.sandhi
  }
}
