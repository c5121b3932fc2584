import Foundation
import Testing

@testable import JieduCore

/// Issue 17: the caches' seal tells a damaged file from a whole one, and writing one leaves nothing
/// beside it, from one thread or many at once.
@Suite("Cache files")
struct CacheFileTests {
  /// A payload of mixed bytes, longer than the checksum's 32-byte block and not a multiple of it.
  static let payload = Data((0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 3) })

  func length(_ data: Data) -> Int? {
    try? data.withUnsafeBytes { CacheFile.payloadLength($0) }.get()
  }

  @Test func aSealedPayloadIsAcceptedWhole() {
    let sealed = CacheFile.sealed(Self.payload)
    #expect(sealed.count == Self.payload.count + CacheFile.trailerSize)
    #expect(length(sealed) == Self.payload.count)
    #expect(length(CacheFile.sealed(Data())) == 0)
  }

  @Test(arguments: [0, 1, 23, 24, 5_000, 10_007, 10_030])
  func aTruncatedFileIsRefused(_ keep: Int) {
    let sealed = CacheFile.sealed(Self.payload)
    #expect(length(sealed.prefix(keep)) == nil)
  }

  @Test(arguments: [0, 7, 8, 31, 32, 4_096, 10_006, 10_007, 10_015, 10_030])
  func aFlippedBitIsRefused(_ offset: Int) {
    var sealed = [UInt8](CacheFile.sealed(Self.payload))
    for bit in [0, 7] {
      var damaged = sealed
      damaged[offset] ^= UInt8(1 << bit)
      #expect(length(Data(damaged)) == nil, "bit \(bit) at \(offset)")
    }
    sealed[100] = sealed[100] &+ 1
    #expect(length(Data(sealed)) == nil)
  }

  @Test func aBlockOverwrittenWithZerosIsRefused() {
    var sealed = [UInt8](CacheFile.sealed(Self.payload))
    for index in 4_096..<8_192 { sealed[index] = 0 }
    #expect(length(Data(sealed)) == nil)
  }

  @Test func writingLeavesOnlyTheCache() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-cachefile-\(UUID().uuidString)")
    let file = folder.appendingPathComponent("sub/index.cache")
    CacheFile.write(Self.payload, to: file)
    CacheFile.write(Self.payload + Data([1]), to: file)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        == ["index.cache"])
    #expect(length(try Data(contentsOf: file)) == Self.payload.count + 1)
    try? FileManager.default.removeItem(at: folder)
  }

  /// Sixteen writers of the same cache at once: every write succeeds, the file is always one of the
  /// payloads whole, and no temporary file is left.
  @Test func concurrentWritersLeaveOneWholeCache() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-cachefile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("index.cache")
    let payloads = (0..<16).map { Self.payload + Data(repeating: UInt8($0), count: $0 * 1_000) }
    DispatchQueue.concurrentPerform(iterations: payloads.count * 4) { job in
      CacheFile.write(payloads[job % payloads.count], to: file)
    }
    let written = try Data(contentsOf: file)
    let kept = try #require(length(written))
    #expect(payloads.contains(written.prefix(kept)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["index.cache"])
    try? FileManager.default.removeItem(at: folder)
  }
}
