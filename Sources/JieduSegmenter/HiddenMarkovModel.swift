import Foundation
import JieduCore

/// jieba's B/M/E/S character-tagging HMM, used to split runs of characters the lexicon does not know.
struct HiddenMarkovModel: Sendable {
  /// Log probability used for impossible events (jieba's MIN_FLOAT).
  static let impossible = -3.14e100
  /// States in table order.
  static let stateNames = ["B", "M", "E", "S"]
  static let begin = 0, middle = 1, end = 2, single = 3

  /// Start log probabilities by state.
  let start: [Double]
  /// Transition log probabilities, `transitions[from * 4 + to]`.
  let transitions: [Double]
  /// Scalars with emission probabilities, sorted.
  let emissionScalars: [UInt32]
  /// Emission log probabilities, four per scalar in state order.
  let emissions: [Double]

  /// A model that knows no characters (every unknown run then stays one character per token).
  static let empty = HiddenMarkovModel(
    start: [Double](repeating: impossible, count: 4),
    transitions: [Double](repeating: impossible, count: 16),
    emissionScalars: [], emissions: [])

  /// Wraps tables.
  init(start: [Double], transitions: [Double], emissionScalars: [UInt32], emissions: [Double]) {
    self.start = start
    self.transitions = transitions
    self.emissionScalars = emissionScalars
    self.emissions = emissions
  }

  /// Reads `{"start": {...}, "trans": {...}, "emit": {state: {char: logp}}}`; the error names the file.
  init(contentsOf url: URL) throws {
    let bytes = try LexiconFileReaders.bytes(of: url, what: "HMM tables")
    guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let start = root["start"] as? [String: Any], let trans = root["trans"] as? [String: Any],
      let emit = root["emit"] as? [String: Any]
    else {
      throw JieduError(
        "\(url.path): not HMM tables (expected a JSON object with start, trans and emit)")
    }
    func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
    var startTable = [Double](repeating: Self.impossible, count: 4)
    var transitionTable = [Double](repeating: Self.impossible, count: 16)
    var byScalar: [UInt32: [Double]] = [:]
    for (index, name) in Self.stateNames.enumerated() {
      if let value = number(start[name]) { startTable[index] = value }
      if let row = trans[name] as? [String: Any] {
        for (target, targetName) in Self.stateNames.enumerated() {
          if let value = number(row[targetName]) { transitionTable[index * 4 + target] = value }
        }
      }
      guard let table = emit[name] as? [String: Any] else { continue }
      for (key, value) in table {
        let scalars = key.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, let logProb = number(value) else {
          continue
        }
        byScalar[scalar.value, default: [Double](repeating: Self.impossible, count: 4)][index] =
          logProb
      }
    }
    let keys = byScalar.keys.sorted()
    self.init(
      start: startTable, transitions: transitionTable, emissionScalars: keys,
      emissions: keys.flatMap { byScalar[$0] ?? [] })
  }

  /// Whether the model knows no characters at all (no tables were given).
  var isEmpty: Bool { emissionScalars.isEmpty }

  /// The emission log probabilities of a scalar, or nil when the model never saw it.
  private func emissionRow(_ value: UInt32) -> Int? {
    var lo = 0
    var hi = emissionScalars.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if emissionScalars[mid] == value { return mid * 4 }
      if emissionScalars[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return nil
  }

  /// Allowed predecessors of each state: B <- E,S; M <- M,B; E <- B,M; S <- S,E.
  private static let predecessors: [(Int, Int)] = [
    (end, single), (middle, begin), (begin, middle), (single, end),
  ]

  /// Splits `text[range]` into words by Viterbi decoding (as jieba's finalseg); returns word end offsets.
  func wordEnds(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Int] {
    let count = range.count
    guard count > 1 else { return [range.upperBound] }
    let previous = Self.predecessors
    func emission(_ t: Int, _ state: Int) -> Double {
      guard let row = emissionRow(text[range.lowerBound + t].value) else { return Self.impossible }
      return emissions[row + state]
    }
    // The Viterbi tables in scratch memory (on the stack when small): the model runs on every run
    // of unknown single characters, which allocated three arrays each.
    var ends: [Int] = []
    ends.reserveCapacity(count)
    withUnsafeTemporaryAllocation(of: Double.self, capacity: count * 4) { scores in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 4) { back in
        for state in 0..<4 { scores[state] = start[state] + emission(0, state) }
        for t in 1..<count {
          let row = emissionRow(text[range.lowerBound + t].value)
          for state in 0..<4 {
            let emit = row.map { emissions[$0 + state] } ?? Self.impossible
            let (a, b) = previous[state]
            let viaA = scores[(t - 1) * 4 + a] + transitions[a * 4 + state]
            let viaB = scores[(t - 1) * 4 + b] + transitions[b * 4 + state]
            if viaA >= viaB {
              scores[t * 4 + state] = viaA + emit
              back[t * 4 + state] = UInt8(a)
            } else {
              scores[t * 4 + state] = viaB + emit
              back[t * 4 + state] = UInt8(b)
            }
          }
        }
        let last = (count - 1) * 4
        var state = scores[last + Self.single] >= scores[last + Self.end] ? Self.single : Self.end
        // The tags, last first, read back along the best path; each E or S ends a word.
        var t = count - 1
        while true {
          if state == Self.end || state == Self.single { ends.append(range.lowerBound + t + 1) }
          if t == 0 { break }
          state = Int(back[t * 4 + state])
          t -= 1
        }
      }
    }
    ends.reverse()
    if ends.last != range.upperBound { ends.append(range.upperBound) }
    return ends
  }
}
