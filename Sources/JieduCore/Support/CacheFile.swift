import Foundation

/// The on-disk caches (CC-CEDICT's index, the traditional→simplified table, the segmenter's
/// lexicon) share one way of being written and checked:
///
/// - written through `AtomicFileWriter` (an unnamed `O_TMPFILE` linked in when complete), so a
///   SIGKILL mid-write leaves nothing behind, a reader sees the old file or the new one whole, and
///   two processes building the same cache at once both succeed (the last rename wins);
/// - sealed with a trailer (payload length, checksum, magic), so a truncated or damaged file is
///   told apart from a stale one: stale is rebuilt silently, damaged is rebuilt with a warning.
package enum CacheFile {
  /// What reading a cache found.
  package enum Verdict<Value> {
    /// Well formed and made from the current sources.
    case valid(Value)
    /// Missing, or made by other code or from other sources: rebuilt without a word.
    case stale
    /// Truncated, overwritten or otherwise not what was written: rebuilt with a warning.
    case damaged(String)
  }

  /// `JDSEALED` in little-endian: the last 8 bytes of every sealed cache.
  private static let trailerMagic: UInt64 = 0x4445_4C41_4553_444A
  /// Payload length, checksum, magic.
  package static let trailerSize = 24

  /// The payload with its trailer appended.
  package static func sealed(_ payload: Data) -> Data {
    var out = payload
    let checksum = payload.withUnsafeBytes { CacheChecksum.of($0) }
    for value in [UInt64(payload.count), checksum, trailerMagic] {
      withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
    return out
  }

  /// The payload's length when `bytes` end in a trailer that matches them; otherwise why not.
  package static func payloadLength(_ bytes: UnsafeRawBufferPointer) -> Result<Int, Damage> {
    guard bytes.count >= trailerSize else { return .failure(Damage("truncated")) }
    let end = bytes.count
    func word(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    guard word(end - 8) == trailerMagic else { return .failure(Damage("truncated")) }
    let length = word(end - trailerSize)
    guard length == UInt64(end - trailerSize) else {
      return .failure(Damage("wrong length"))
    }
    let payload = UnsafeRawBufferPointer(rebasing: bytes[0..<Int(length)])
    guard CacheChecksum.of(payload) == word(end - 16) else {
      return .failure(Damage("checksum mismatch"))
    }
    return .success(Int(length))
  }

  /// Seals and writes a cache; failing is silent (a read-only data folder works, only slower).
  package static func write(_ payload: Data, to url: URL) {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? AtomicFileWriter.write(sealed(payload), to: url)
  }

  /// Says on stderr that a cache was damaged and is being rebuilt (one line, the path made safe
  /// for a terminal).
  package static func reportDamaged(_ url: URL, _ reason: String) {
    DescriptorWrite.standardError(
      "jiedu: warning: cache '\(TerminalText.safe(url.path))' is damaged (\(reason)); rebuilding it\n"
    )
  }

  /// Why a cache's bytes were refused.
  package struct Damage: Error, Sendable {
    package var reason: String
    package init(_ reason: String) { self.reason = reason }
  }
}

/// A fast 64-bit checksum (four xxHash64-style lanes over 8-byte words): it catches truncation,
/// overwritten blocks and flipped bits, at several GB/s so checking a 20 MB cache costs
/// milliseconds. Not a cryptographic hash.
package enum CacheChecksum {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

  package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, ~prime1, ~prime2)
    @inline(__always) func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = lane &+ word &* prime2
      return ((mixed << 31) | (mixed >> 33)) &* prime1
    }
    @inline(__always) func word(_ offset: Int) -> UInt64 {
      bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }
    var offset = 0
    while offset + 32 <= bytes.count {
      lanes.0 = round(lanes.0, word(offset))
      lanes.1 = round(lanes.1, word(offset + 8))
      lanes.2 = round(lanes.2, word(offset + 16))
      lanes.3 = round(lanes.3, word(offset + 24))
      offset += 32
    }
    var hash = (round(lanes.0, lanes.1) ^ round(lanes.2, lanes.3)) &+ UInt64(bytes.count)
    while offset < bytes.count {
      hash = round(hash, UInt64(bytes[offset]))
      offset += 1
    }
    hash ^= hash >> 33
    hash = hash &* prime2
    hash ^= hash >> 29
    return hash
  }
}
