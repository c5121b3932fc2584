import JieduCore
/// Rules for tokens the lexicon cannot list: numbers, dates, percentages, Latin and mixed runs.
enum TokenRules {
  /// Longest token a rule makes (longer runs are cut, which keeps memory bounded).
  static let maximumRuleLength = 1024
  /// Longest run of Chinese numerals a rule joins.
  static let maximumNumeralRun = 64

  /// End of the multi-scalar token that must start at `start` (a number with its unit, a Latin or mixed
  /// run, repeated dashes), or nil when rules make no token there.
  static func atomEnd(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, limit: Int, trie: LexiconTrie
  ) -> Int? {
    let limit = min(limit, start + maximumRuleLength)
    let first = text[start].value
    let folded = ScalarClass.folded(first)
    var end = start
    if ScalarClass.isAlphanumeric(folded) {
      end = alphanumericRunEnd(text, from: start, limit: limit)
      end = suffixEnd(text, after: end, limit: limit, trie: trie)
    } else if ScalarClass.isRepeatablePunctuation(first) {
      while end < limit, text[end].value == first { end += 1 }
    }
    return end - start > 1 ? end : nil
  }

  /// End of a run of letters and digits, with digit groups joined by . : / + (12.5, 6+5, 10:30).
  private static func alphanumericRunEnd(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int
  )
    -> Int
  {
    var end = start
    while end < limit {
      let value = ScalarClass.folded(text[end].value)
      if ScalarClass.isAlphanumeric(value) {
        end += 1
      } else if ScalarClass.isNumberJoiner(value), end > start, end + 1 < limit,
        ScalarClass.isDigit(ScalarClass.folded(text[end - 1].value)),
        ScalarClass.isDigit(ScalarClass.folded(text[end + 1].value))
      {
        end += 2
      } else {
        break
      }
    }
    return end
  }

  /// Extends a run that ends in a digit by a percent sign or a unit (年 月 日 号 always; 时 分 条 版 …
  /// unless they begin a longer word there, as 分钟 or 条件 do).
  private static func suffixEnd(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, after end: Int, limit: Int, trie: LexiconTrie
  ) -> Int {
    guard end < limit, ScalarClass.isDigit(ScalarClass.folded(text[end - 1].value)) else {
      return end
    }
    let next = text[end].value
    if ScalarClass.isNumberSuffix(ScalarClass.folded(next)) || ScalarClass.isDateUnit(next) {
      return end + 1
    }
    if ScalarClass.isCountUnit(next) {
      var startsLongerWord = false
      trie.forEachWord(in: text, from: end, limit: limit) { wordEnd, _ in
        if wordEnd > end + 1 { startsLongerWord = true }
      }
      return startsLongerWord ? end : end + 1
    }
    return end
  }

  /// Ends of the numeral words that may start at `start`: runs of two or more Chinese numerals
  /// (二○○○, 三十一), with a date unit (二○○○年, 十二月), and ordinals (第十二). Calls `body(end)`.
  static func forEachNumeralWord(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, limit: Int, _ body: (Int) -> Void
  ) {
    var runStart = start
    let first = text[start].value
    if first == 0x7B2C {  // 第
      runStart += 1
    } else if !ChineseNumerals.isNumberCharacter(first) {
      return
    }
    let runLimit = min(limit, runStart + maximumNumeralRun)
    var end = runStart
    while end < runLimit, ChineseNumerals.isNumberCharacter(text[end].value) { end += 1 }
    let minimum = runStart == start ? 2 : 1
    guard end - runStart >= minimum else { return }
    body(end)
    if runStart == start, end < limit, ScalarClass.isDateUnit(text[end].value) { body(end + 1) }
  }
}
