import Foundation
import JieduCore

/// Merges the lexicon sources into a `CompiledLexicon`.
enum LexiconCompiler {
  /// Frequency of a CC-CEDICT headword that jieba's dictionary lacks (jieba's own rarest entries have 3).
  static let cedictFrequency = 3.0
  /// Least frequency of a user-lexicon word given without one.
  static let userFloorFrequency = 3.0

  /// Reads every source and compiles the lexicon; errors name the bad file and line.
  static func compile(_ configuration: SegmenterConfiguration) throws -> CompiledLexicon {
    var frequencies: [String: Double] = [:]
    var total = 0.0
    if let url = configuration.jiebaDictionary {
      let lines = try LexiconFileReaders.readWordList(url, what: "jieba dictionary")
      frequencies.reserveCapacity(lines.count + 150_000)
      for line in lines {
        let frequency = line.frequency ?? 1
        frequencies[foldedString(line.word)] = frequency
        total += frequency
      }
    }
    if let url = configuration.cedict {
      for (rawTraditional, rawSimplified) in try LexiconFileReaders.readCedictHeadwords(url) {
        let traditional = foldedString(rawTraditional)
        let simplified = foldedString(rawSimplified)
        guard isUsableHeadword(simplified) else { continue }
        let frequency = frequencies[simplified] ?? cedictFrequency
        if frequencies[simplified] == nil { frequencies[simplified] = frequency }
        if traditional != simplified, frequencies[traditional] == nil, isUsableHeadword(traditional)
        {
          frequencies[traditional] = frequency
        }
      }
    }
    if total <= 0 { total = max(1, frequencies.values.reduce(0, +)) }
    let logTotal = log(total)
    for url in configuration.userLexicons {
      for line in try LexiconFileReaders.readWordList(url, what: "user lexicon") {
        let word = foldedString(line.word)
        if let frequency = line.frequency {
          frequencies[word] = frequency
        } else {
          let split = bestSplitLogProb(word, frequencies, logTotal: logTotal)
          let suggested = max(userFloorFrequency, exp(split + logTotal) + 1)
          frequencies[word] = max(frequencies[word] ?? 0, suggested)
        }
      }
    }
    var words: [(scalars: [UInt32], logProb: Float)] = []
    words.reserveCapacity(frequencies.count)
    for (word, frequency) in frequencies {
      let scalars = word.unicodeScalars.map { ScalarClass.folded($0.value) }
      guard !scalars.contains(where: ScalarClass.isSpace) else { continue }
      words.append((scalars, Float(min(0, log(frequency) - logTotal))))
    }
    let hmm = try configuration.hmm.map(HiddenMarkovModel.init(contentsOf:)) ?? .empty
    return CompiledLexicon(trie: .build(words), logTotal: logTotal, hmm: hmm)
  }

  /// A CC-CEDICT headword worth adding: no sentence punctuation inside (proverbs with commas are skipped).
  static func isUsableHeadword(_ word: String) -> Bool {
    !word.unicodeScalars.contains { s in
      switch s.value {
      case 0xFF0C, 0x3001, 0x3002, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x2C: return true
      default: return false
      }
    }
  }

  /// The word with full-width ASCII folded to ASCII, as the trie stores it.
  static func foldedString(_ word: String) -> String {
    guard word.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E }) else {
      return word
    }
    var view = String.UnicodeScalarView()
    for scalar in word.unicodeScalars {
      view.append(Unicode.Scalar(ScalarClass.folded(scalar.value)) ?? scalar)
    }
    return String(view)
  }

  /// The log probability of the best split of `word` into known words and single characters
  /// (jieba's `suggest_freq`: a user word must beat its own split).
  static func bestSplitLogProb(_ word: String, _ frequencies: [String: Double], logTotal: Double)
    -> Double
  {
    let scalars = Array(word.unicodeScalars)
    guard !scalars.isEmpty else { return 0 }
    var best = [Double](repeating: -.infinity, count: scalars.count + 1)
    best[0] = 0
    for start in 0..<scalars.count where best[start] > -.infinity {
      var view = String.UnicodeScalarView()
      for end in (start + 1)...scalars.count {
        view.append(scalars[end - 1])
        if end - start == scalars.count { break }
        let frequency = frequencies[String(view)] ?? (end - start == 1 ? 1 : 0)
        guard frequency > 0 else { continue }
        best[end] = max(best[end], best[start] + log(frequency) - logTotal)
      }
    }
    return best[scalars.count] > -.infinity
      ? best[scalars.count] : -logTotal * Double(scalars.count)
  }
}
