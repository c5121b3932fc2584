import Foundation

/// Word frequencies from jieba's `dict.txt` (`word freq pos` per line), looked up by hash.
///
/// Used to choose between segmentations and between several readings of a word. A 64-bit hash
/// collision could give a word another's frequency; with ~350,000 words that chance is negligible.
public struct WordFrequencies: Sendable {
  private let table: HashMultimap
  /// Sum of all frequencies.
  public let total: Double
  /// Number of words.
  public let count: Int

  /// Parses jieba's dictionary bytes.
  public init(bytes: [UInt8]) {
    var pairs: [(UInt64, Int32)] = []
    pairs.reserveCapacity(bytes.count / 16)
    var total = 0.0
    CedictParser.forEachLine(bytes) { start, end in
      var i = start
      while i < end && bytes[i] != 0x20 { i += 1 }
      guard i > start, i < end else { return }
      let hash = ByteHash.of(bytes, start..<i)
      var j = i + 1
      var frequency = 0
      while j < end, bytes[j] >= 0x30, bytes[j] <= 0x39 {
        frequency = min(frequency &* 10 &+ Int(bytes[j] - 0x30), Int(Int32.max))
        j += 1
      }
      pairs.append((hash, Int32(frequency)))
      total += Double(frequency)
    }
    var table = HashMultimap(expected: pairs.count)
    for (hash, frequency) in pairs { table.insert(hash, frequency) }
    self.table = table
    self.total = max(total, 1)
    self.count = pairs.count
  }

  /// Loads a file; throws a one-line error when it cannot be read.
  public init(contentsOf url: URL) throws {
    self.init(bytes: try CedictParser.readBytes(url))
  }

  /// The frequency of a word, or nil when jieba does not list it.
  public func frequency(of word: String) -> Int? {
    table.first(ByteHash.of(word)).map(Int.init)
  }

  /// The frequency for a precomputed hash.
  func frequency(hash: UInt64) -> Int? {
    table.first(hash).map(Int.init)
  }
}
