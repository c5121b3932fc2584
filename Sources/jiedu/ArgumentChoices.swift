import ArgumentParser
import JieduCore
import JieduDictionary

extension OutputFormat: ExpressibleByArgument {}
extension PinyinOver: ExpressibleByArgument {}
extension HandoutLayout: ExpressibleByArgument {}

/// `jiedu pinyin --style`: tone marks or tone numbers.
enum PinyinCommandStyle: String, CaseIterable, ExpressibleByArgument {
  /// Tone marks (zhòng).
  case marks
  /// Tone numbers, neutral tone as 5 (zhong4).
  case numbers

  /// The dictionary's style.
  var style: PinyinStyle { self == .marks ? .marks : .numbers }
}
