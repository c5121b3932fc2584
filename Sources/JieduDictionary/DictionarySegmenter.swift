import Foundation
import JieduCore

/// Splits runs of Han characters into words by maximum probability over word frequencies (jieba's
/// dictionary where loaded, CC-CEDICT's headwords otherwise), as `jiedu pinyin` needs when no
/// segmentation is given.
struct DictionarySegmenter: Sendable {
  let dictionary: ChineseDictionary

  /// Which words a segmentation may use.
  enum Vocabulary {
    /// CC-CEDICT headwords and jieba's words.
    case all
    /// CC-CEDICT headwords (and user dictionaries) only: for splitting a token CC-CEDICT lacks.
    case cedictOnly
  }

  /// Word ranges covering `range` of `scalars`; non-Han scalars become one-scalar ranges.
  func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>, vocabulary: Vocabulary) -> [Range<
    Int
  >] {
    var result: [Range<Int>] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if !scalars[i].isHan {
        result.append(i..<(i + 1))
        i += 1
        continue
      }
      var j = i
      while j < range.upperBound && scalars[j].isHan { j += 1 }
      result.append(contentsOf: segmentHanRun(scalars, i..<j, vocabulary: vocabulary))
      i = j
    }
    return result
  }

  /// The best path through one run of Han characters, computed right to left.
  private func segmentHanRun(_ scalars: [Unicode.Scalar], _ run: Range<Int>, vocabulary: Vocabulary)
    -> [Range<Int>]
  {
    let n = run.count
    if n == 1 { return [run] }
    let frequencies = dictionary.frequencies
    let logTotal = log(frequencies?.total ?? 1_000_000)
    let longest = dictionary.longestWord
    // score[k]: best log-probability of run[k...]; next[k]: end of the first word of that path.
    var score = [Double](repeating: -Double.infinity, count: n + 1)
    var next = [Int](repeating: 0, count: n + 1)
    score[n] = 0
    // candidates[k]: (length, logp) of words starting at k; one buffer for their bytes.
    var utf8: [UInt8] = []
    utf8.reserveCapacity(4 * min(longest, n))
    for k in stride(from: n - 1, through: 0, by: -1) {
      var hash = FNVHash()
      utf8.removeAll(keepingCapacity: true)
      var length = 0
      while length < longest && k + length < n {
        let scalar = scalars[run.lowerBound + k + length]
        hash.add(scalar)
        if let encoded = UTF8.encode(scalar) { utf8.append(contentsOf: encoded) }
        length += 1
        var logp: Double?
        let jiebaFrequency = vocabulary == .all ? frequencies?.frequency(hash: hash.value) : nil
        let inCedict = dictionary.contains(hash: hash.value, utf8: utf8)
        if let f = jiebaFrequency, f > 0 {
          logp = log(Double(f)) - logTotal
        } else if inCedict {
          let f = inCedictFrequency(hash: hash.value, vocabulary: vocabulary)
          logp = log(f) - logTotal
        } else if length == 1 {
          logp = log(0.5) - logTotal
        }
        if let logp, score[k + length] > -Double.infinity {
          let total = logp + score[k + length]
          if total > score[k] {
            score[k] = total
            next[k] = k + length
          }
        }
      }
    }
    var ranges: [Range<Int>] = []
    var k = 0
    while k < n {
      let end = max(next[k], k + 1)
      ranges.append((run.lowerBound + k)..<(run.lowerBound + end))
      k = end
    }
    return ranges
  }

  /// The frequency given to a CC-CEDICT word that jieba lacks (or to every word in CC-CEDICT-only mode).
  private func inCedictFrequency(hash: UInt64, vocabulary: Vocabulary) -> Double {
    if vocabulary == .cedictOnly, let f = dictionary.frequencies?.frequency(hash: hash), f > 0 {
      return Double(f)
    }
    return vocabulary == .cedictOnly ? 50 : 2
  }
}
