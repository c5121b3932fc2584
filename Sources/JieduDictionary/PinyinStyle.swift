/// How pinyin is written: tone marks (`zhòng`), tone numbers (`zhong4`, neutral `5`), or bare (`zhong`).
public enum PinyinStyle: String, Sendable, CaseIterable, Codable {
  /// Tone marks: `zhòng diǎn`.
  case marks
  /// Tone numbers with 5 for the neutral tone: `zhong4 dian3`.
  case numbers
  /// No tones: `zhong dian`.
  case none

  /// Writes one numbered syllable (`lu:4`, `shi5`, `shi`) in this style.
  public func render(_ numbered: String) -> String {
    switch self {
    case .marks: return PinyinFormat.marks(fromNumbered: numbered)
    case .numbers: return PinyinFormat.numbers(fromNumbered: numbered)
    case .none: return PinyinFormat.toneless(fromNumbered: numbered)
    }
  }
}
