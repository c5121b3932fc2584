import JieduCore

/// How pinyin is written: tone marks (`zhòng`), tone numbers (`zhong4`, neutral `5`), or bare (`zhong`).
public enum PinyinStyle: String, Sendable, CaseIterable, Codable {
  /// Tone marks: `zhòng diǎn`.
  case marks
  /// Tone numbers with 5 for the neutral tone: `zhong4 dian3`.
  case numbers
  /// No tones: `zhong dian`.
  case none

  /// Writes one numbered syllable (`lu:4`, `shi5`, `shi`) in this style: once per syllable and
  /// style in a run (a language has about 1,300), then from the memo.
  public func render(_ numbered: String) -> String {
    rendered.value(for: WordKey(numbered)) { renderAnew(numbered) }
  }

  /// Syllables written so far in this style.
  private var rendered: LockedMemo<WordKey, String> {
    switch self {
    case .marks: PinyinStyle.renderedMarks
    case .numbers: PinyinStyle.renderedNumbers
    case .none: PinyinStyle.renderedBare
    }
  }

  private static let renderedMarks = LockedMemo<WordKey, String>(limit: 20_000)
  private static let renderedNumbers = LockedMemo<WordKey, String>(limit: 20_000)
  private static let renderedBare = LockedMemo<WordKey, String>(limit: 20_000)

  /// `render` without the memo.
  func renderAnew(_ numbered: String) -> String {
    switch self {
    case .marks: return PinyinFormat.marks(fromNumbered: numbered)
    case .numbers: return PinyinFormat.numbers(fromNumbered: numbered)
    case .none: return PinyinFormat.toneless(fromNumbered: numbered)
    }
  }
}
