import JieduCore
import JieduDictionary
import JieduKnowledge

/// A block's text as scalars, folded to simplified characters, with its quotation marks paired.
///
/// Every analysis of the stage (definitions, enumerations, candidates, mentions) reads this view;
/// offsets are the block's scalar offsets.
struct ScannedBlock {
  /// The block's id.
  let id: Int
  /// The block's text as scalars.
  let scalars: [Unicode.Scalar]
  /// The same scalars with traditional characters folded to simplified ones.
  let folded: [Unicode.Scalar]
  /// Closing quotation mark → its opening one.
  let closeToOpen: [Int: Int]
  /// Opening quotation mark → its closing one.
  let openToClose: [Int: Int]
  /// Where the segmenter's tokens end, ascending (asked rarely; built for every block, so no set).
  let tokenEnds: SortedOffsets
  /// Scalars inside a name built from ordinals (十九大, 十九届四中全会, 十四五, 建党百年): their numerals
  /// count nothing, so no formula starts there.
  let inOrdinalName: [Bool]

  /// Opening quotation marks and the closing mark each expects.
  static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = [
    "“": "”", "‘": "’", "「": "」", "『": "』", "\"": "\"", "﹁": "﹂", "﹃": "﹄",
  ]
  private static let closers = Set(quotePairs.values)

  init(_ block: Block, folding: TraditionalFolding) {
    self.init(
      id: block.id, text: block.text,
      tokenEnds: SortedOffsets(block.sentences.flatMap { $0.tokens.map(\.end) }), folding: folding)
  }

  init(
    id: Int, text: String, tokenEnds: SortedOffsets = SortedOffsets([]),
    folding: TraditionalFolding = .identity
  ) {
    self.id = id
    self.tokenEnds = tokenEnds
    scalars = text.scalarArray
    folded = folding.fold(scalars)
    inOrdinalName = OrdinalNames.coverage(in: folded)
    var stack: [(index: Int, closer: Unicode.Scalar)] = []
    var closeToOpen: [Int: Int] = [:]
    var openToClose: [Int: Int] = [:]
    for (i, s) in scalars.enumerated() {
      // No quotation mark is a letter or an ideograph: most characters are passed at once.
      if s.value >= 0x3400 && s.value <= 0x9FFF || s.isASCII && s != "\"" { continue }
      if ScannedBlock.closers.contains(s), let depth = stack.lastIndex(where: { $0.closer == s }) {
        let open = stack[depth].index
        stack.removeSubrange(depth...)
        closeToOpen[i] = open
        openToClose[open] = i
      } else if let closer = ScannedBlock.quotePairs[s] {
        stack.append((i, closer))
      }
    }
    self.closeToOpen = closeToOpen
    self.openToClose = openToClose
  }

  /// The end of the numeral run that starts at `i` when a formula may start there (a leading
  /// numeral not inside a longer word), else nil.
  func numeralRunEnd(startingAt i: Int) -> Int? {
    guard i < folded.count, ChineseNumerals.isLeading(folded[i]), allowsFormulaStart(at: i),
      !inOrdinalName[i]
    else {
      return nil
    }
    var m = i + 1
    while m < folded.count, ChineseNumerals.isNumeral(folded[m]) { m += 1 }
    return m
  }

  /// The original text of a range.
  func text(_ range: Range<Int>) -> String { ScalarString.make(scalars[range]) }

  /// The folded text of a range.
  func foldedText(_ range: Range<Int>) -> String { ScalarString.make(folded[range]) }

  /// The range without surrounding spaces, and without quotation marks that wrap all of it.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while true {
      while lower < upper, scalars[lower].isSpaceLike { lower += 1 }
      while upper > lower, scalars[upper - 1].isSpaceLike { upper -= 1 }
      if upper - lower >= 2, openToClose[lower] == upper - 1 {
        lower += 1
        upper -= 1
      } else {
        return lower..<upper
      }
    }
  }

  /// Splits a range on separators outside quotation marks; the pieces are trimmed, empty ones kept.
  func split(_ range: Range<Int>, on separators: Set<Unicode.Scalar>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    while i < range.upperBound {
      if let close = openToClose[i], close < range.upperBound {
        i = close + 1
        continue
      }
      if separators.contains(scalars[i]) {
        pieces.append(trimmed(start..<i))
        start = i + 1
      }
      i += 1
    }
    pieces.append(trimmed(start..<range.upperBound))
    return pieces
  }

  /// Whether a mention of a known formula may start at `index`: one that starts with a numeral does
  /// not match right after a numeral, a digit or 第 (二十三会 is not 三会…).
  func allowsMention(at index: Int) -> Bool {
    allowsFormulaStart(at: index) || !ChineseNumerals.isNumeral(folded[index])
  }

  /// Whether the scalar at `index` may precede the start of a formula: not a numeral, a digit,
  /// a Latin letter or 第 (so 第十四个五年 and 28条 are not formulas).
  func allowsFormulaStart(at index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = folded[index - 1]
    if ChineseNumerals.isNumeral(previous) || ChineseNumerals.isArabicDigit(previous)
      || previous == "第"
    {
      return false
    }
    return !previous.properties.isAlphabetic || previous.isHan
  }
}

/// Offsets in ascending order, asked whether they hold one by binary search.
struct SortedOffsets {
  private let offsets: [Int]

  /// The offsets, sorted unless they already are (a block's token ends are).
  init(_ offsets: [Int]) {
    self.offsets =
      zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 } ? offsets : offsets.sorted()
  }

  /// Whether `offset` is one of them.
  func contains(_ offset: Int) -> Bool {
    var low = 0
    var high = offsets.count
    while low < high {
      let mid = (low + high) / 2
      if offsets[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return low < offsets.count && offsets[low] == offset
  }
}
