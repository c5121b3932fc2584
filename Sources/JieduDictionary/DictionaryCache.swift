import Foundation
import JieduCore

/// The compiled cache of CC-CEDICT's index, jieba's table and the reading statistics, kept beside
/// CC-CEDICT as `.jiedu-dictionary.cache` so a cold start reads arrays instead of parsing text.
///
/// The cache is keyed by the format version and the size and modification time of both source files;
/// a mismatch means it is rebuilt silently, a truncated or damaged file (`CacheFile`'s trailer)
/// that it is rebuilt with a warning. It is written through `CacheFile` (nothing left behind by a
/// SIGKILL, never seen half-written). Failing to write it is silent (a read-only data folder still
/// works, only slower).
enum DictionaryCache {
  /// Bump when the layout or anything computed into it changes.
  static let formatVersion: UInt64 = 6
  private static let magic: UInt64 = 0x3143_4544_5544_454A  // "JEDUDEC1"

  /// Where the cache of a CC-CEDICT file lives: `<data>/cache/dictionary/index.cache`, the one cache
  /// convention (nil when the folder cannot be made).
  static func location(for cedict: URL) -> URL? {
    DataLocation.cacheFolder("dictionary", data: cedict.deletingLastPathComponent())?
      .appendingPathComponent("index.cache")
  }

  /// A file's name, size and modification time, as cache keys compare them.
  static func sourceKey(_ url: URL) -> String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
    return "\(url.lastPathComponent)|\(size)|\(modified)"
  }

  /// The key of the current source files.
  static func key(cedict: URL, frequencies: URL?) -> UInt64 {
    var hash = FNVHash()
    func add(_ text: String) { for b in text.utf8 { hash.add(b) } }
    add("v\(formatVersion)")
    for url in [cedict, frequencies].compactMap({ $0 }) { add("|" + sourceKey(url)) }
    if frequencies == nil { add("|no-frequencies") }
    return hash.value
  }

  /// What the cache holds.
  struct Contents {
    var lineRanges: [Range<Int32>]
    var index: HashMultimap
    var longest: Int
    var problems: [String]
    var frequencies: WordFrequencies?
    var statistics: ReadingStatistics
    var traditionalCounts: HeadwordCharacterCounts
  }

  /// Reads the cache if it exists and matches the key and the CC-CEDICT byte count; a damaged one is
  /// reported on stderr (and then rebuilt by the caller).
  static func read(_ url: URL, key: UInt64, cedictBytes: Int) -> Contents? {
    switch verdict(url, key: key, cedictBytes: cedictBytes) {
    case .valid(let contents): return contents
    case .stale: return nil
    case .damaged(let reason):
      CacheFile.reportDamaged(url, reason)
      return nil
    }
  }

  /// What the cache file holds: valid contents, stale (missing, other key) or damaged.
  static func verdict(_ url: URL, key: UInt64, cedictBytes: Int) -> CacheFile.Verdict<Contents> {
    var status = stat()
    guard stat(url.path, &status) == 0 else { return .stale }
    // Mapped, not read: the slot tables are read where they lie in the file (no 15 MB copy).
    guard let file = MappedFile(path: url.path) else {
      let isEmpty = status.st_mode & S_IFMT == S_IFREG && status.st_size == 0
      return .damaged(isEmpty ? "truncated" : "unreadable")
    }
    var header = Reader(bytes: file.bytes, owner: file)
    guard header.scalar() == magic else {
      return .damaged(file.bytes.count < 8 ? "truncated" : "not a dictionary cache")
    }
    guard header.scalar() == key, header.scalar() == UInt64(cedictBytes) else {
      return file.bytes.count < 24 ? .damaged("truncated") : .stale
    }
    switch CacheFile.payloadLength(file.bytes) {
    case .failure(let damage): return .damaged(damage.reason)
    case .success(let length):
      let payload = Reader(
        bytes: UnsafeRawBufferPointer(rebasing: file.bytes[0..<length]), owner: file)
      guard let contents = decode(payload, key: key, cedictBytes: cedictBytes) else {
        return .damaged("malformed")
      }
      return .valid(contents)
    }
  }

  /// Decodes a sealed cache's payload (the checksum already verified).
  private static func decode(_ payload: Reader, key: UInt64, cedictBytes: Int) -> Contents? {
    var reader = payload
    guard reader.scalar() == magic, reader.scalar() == key, reader.scalar() == UInt64(cedictBytes),
      let flatRanges = reader.array(Int32.self), flatRanges.count % 2 == 0,
      let index = reader.table(),
      let longest = reader.scalar(), let problemBytes = reader.array(UInt8.self),
      let hasFrequencies = reader.scalar()
    else { return nil }
    var frequencies: WordFrequencies?
    if hasFrequencies == 1 {
      guard let table = reader.table(), let totalBits = reader.scalar(),
        let count = reader.scalar(), let tagBytes = reader.array(UInt8.self)
      else { return nil }
      let tags = String(decoding: tagBytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map(String.init)
      frequencies = WordFrequencies(
        table: table, total: Double(bitPattern: totalBits), count: Int(count), tags: tags)
    }
    guard let statTable = reader.table(), let usageValues = reader.array(UInt32.self),
      let usageCounts = reader.array(Int32.self),
      let usage = HeadwordCharacterCounts(values: usageValues, counts: usageCounts),
      reader.offset == reader.bytes.count
    else { return nil }
    var ranges: [Range<Int32>] = []
    ranges.reserveCapacity(flatRanges.count / 2)
    var i = 0
    while i < flatRanges.count {
      guard flatRanges[i] >= 0, flatRanges[i] <= flatRanges[i + 1],
        Int(flatRanges[i + 1]) <= cedictBytes
      else {
        return nil
      }
      ranges.append(flatRanges[i]..<flatRanges[i + 1])
      i += 2
    }
    let problems =
      problemBytes.isEmpty
      ? [] : String(decoding: problemBytes, as: UTF8.self).split(separator: "\n").map(String.init)
    return Contents(
      lineRanges: ranges, index: index, longest: Int(min(longest, 64)), problems: problems,
      frequencies: frequencies, statistics: ReadingStatistics(table: statTable),
      traditionalCounts: usage)
  }

  /// Writes the cache through `CacheFile` (sealed, atomic); errors are ignored.
  static func write(_ contents: Contents, to url: URL, key: UInt64, cedictBytes: Int) {
    var writer = Writer()
    writer.scalar(magic)
    writer.scalar(key)
    writer.scalar(UInt64(cedictBytes))
    writer.array(contents.lineRanges.flatMap { [$0.lowerBound, $0.upperBound] })
    writer.array(contents.index.keys)
    writer.array(contents.index.values)
    writer.scalar(UInt64(contents.longest))
    writer.array(Array(contents.problems.joined(separator: "\n").utf8))
    if let frequencies = contents.frequencies {
      writer.scalar(1)
      writer.array(frequencies.table.keys)
      writer.array(frequencies.table.values)
      writer.scalar(frequencies.total.bitPattern)
      writer.scalar(UInt64(frequencies.count))
      writer.array(Array(frequencies.tags.joined(separator: "\n").utf8))
    } else {
      writer.scalar(0)
    }
    writer.array(contents.statistics.table.keys)
    writer.array(contents.statistics.table.values)
    writer.array(contents.traditionalCounts.values)
    writer.array(contents.traditionalCounts.counts)
    CacheFile.write(writer.data, to: url)
  }

  /// Appends 8-byte-aligned scalars and length-prefixed arrays.
  private struct Writer {
    var data = Data()

    mutating func scalar(_ value: UInt64) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func array<T>(_ values: [T]) {
      let length = values.count * MemoryLayout<T>.stride
      scalar(UInt64(length))
      values.withUnsafeBytes { data.append(contentsOf: $0) }
      let padding = (8 - length % 8) % 8
      if padding > 0 { data.append(contentsOf: [UInt8](repeating: 0, count: padding)) }
    }
  }

  /// Reads what `Writer` wrote, checking every length against the bytes (the mapped file's, which
  /// `owner` keeps).
  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    let owner: MappedFile
    var offset = 0

    init(bytes: UnsafeRawBufferPointer, owner: MappedFile) {
      self.bytes = bytes
      self.owner = owner
    }

    mutating func scalar() -> UInt64? {
      guard offset + 8 <= bytes.count else { return nil }
      let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
      return UInt64(littleEndian: value)
    }

    /// The next array's place in the bytes, or nil when its length does not fit.
    private mutating func next<T>(_ type: T.Type) -> (start: Int, count: Int)? {
      guard let raw = scalar(), raw <= UInt64(bytes.count) else { return nil }
      let length = Int(raw)
      let stride = MemoryLayout<T>.stride
      guard length % stride == 0, offset + length <= bytes.count else { return nil }
      let start = offset
      offset += length + (8 - length % 8) % 8
      return (start, length / stride)
    }

    /// The next array, copied out.
    mutating func array<T>(_ type: T.Type) -> [T]? {
      guard let (start, count) = next(T.self) else { return nil }
      let length = count * MemoryLayout<T>.stride
      return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)]))
        initialized = count
      }
    }

    /// The next array, read where it lies (nil when it is not aligned for `T`, which a file the
    /// `Writer` wrote always is).
    mutating func inPlace<T>(_ type: T.Type) -> UnsafeBufferPointer<T>? {
      guard let (start, count) = next(T.self), let base = bytes.baseAddress else { return nil }
      let address = base + start
      guard Int(bitPattern: address) % MemoryLayout<T>.alignment == 0 else { return nil }
      let typed = address.bindMemory(to: T.self, capacity: count)
      return UnsafeBufferPointer(start: typed, count: count)
    }

    /// A hash table's two slot arrays, read in place.
    mutating func table() -> HashMultimap? {
      guard let keys = inPlace(UInt64.self), let values = inPlace(Int32.self) else { return nil }
      return HashMultimap(keys: keys, values: values, owner: owner)
    }
  }
}
