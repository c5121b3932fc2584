import JieduCore
import Foundation

/// Word frequencies from jieba's `dict.txt` (`word freq pos` per line), looked up by hash.
///
/// Used to choose between segmentations and between several readings of a word. A 64-bit hash
/// collision could give a word another's frequency; with ~350,000 words that chance is negligible.
public struct WordFrequencies: Sendable {
  let table: HashMultimap
  /// Sum of all frequencies.
  public let total: Double
  /// Number of words.
  public let count: Int

  /// Parses jieba's dictionary bytes.
  public init(bytes: [UInt8]) {
    var pairs: [(UInt64, Int32)] = []
    pairs.reserveCapacity(bytes.count / 16)
    var total = 0.0
    var tags: [String] = [""]
    var tagHashes: [UInt64] = [0]
    CedictParser.forEachLine(bytes) { start, end in
      var i = start
      while i < end && bytes[i] != 0x20 { i += 1 }
      guard i > start, i < end else { return }
      let hash = FNVHash.of(bytes, start..<i)
      var j = i + 1
      var frequency = 0
      while j < end, bytes[j] >= 0x30, bytes[j] <= 0x39 {
        frequency = min(frequency &* 10 &+ Int(bytes[j] - 0x30), WordFrequencies.maximumFrequency)
        j += 1
      }
      while j < end && bytes[j] == 0x20 { j += 1 }
      var tagIndex = 0
      if j < end {
        let tagHash = FNVHash.of(bytes, j..<end)
        if let known = tagHashes.firstIndex(of: tagHash) {
          tagIndex = known
        } else if tags.count < 127, let tag = String(validating: bytes[j..<end], as: UTF8.self) {
          tags.append(tag)
          tagHashes.append(tagHash)
          tagIndex = tags.count - 1
        }
      }
      pairs.append((hash, Int32(frequency | (tagIndex << 24))))
      total += Double(frequency)
    }
    var table = HashMultimap(expected: pairs.count)
    for (hash, frequency) in pairs { table.insert(hash, frequency) }
    self.table = table
    self.total = max(total, 1)
    self.count = pairs.count
    self.tags = tags
  }

  /// Part-of-speech tags seen (index 0 is "no tag").
  let tags: [String]
  /// Frequencies are capped here; the high bits of a stored value hold the tag.
  static let maximumFrequency = (1 << 24) - 1

  /// Restores a table from the compiled cache.
  init(table: HashMultimap, total: Double, count: Int, tags: [String]) {
    self.table = table
    self.total = total
    self.count = count
    self.tags = tags
  }

  /// Loads a file; throws a one-line error when it cannot be read.
  public init(contentsOf url: URL) throws {
    self.init(bytes: try CedictParser.readBytes(url))
  }

  /// The frequency of a word, or nil when jieba does not list it.
  public func frequency(of word: String) -> Int? {
    frequency(hash: FNVHash.of(word))
  }

  /// jieba's part-of-speech tag of a word (`v`, `n`, `a`, `d`…), or nil when not listed.
  public func tag(of word: String) -> String? {
    tag(hash: FNVHash.of(word))
  }

  /// The frequency for a precomputed hash.
  func frequency(hash: UInt64) -> Int? {
    table.first(hash).map { Int($0) & WordFrequencies.maximumFrequency }
  }

  /// The tag for a precomputed hash.
  func tag(hash: UInt64) -> String? {
    guard let value = table.first(hash) else { return nil }
    let index = Int(value) >> 24
    return index < tags.count ? tags[index] : nil
  }
}
