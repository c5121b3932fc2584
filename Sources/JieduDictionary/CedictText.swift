import JieduCore

/// CC-CEDICT's bytes as the dictionary keeps them for parsing a line when it is looked up: mapped
/// from the file when the index comes from the cache (no 10 MB read and copy at start-up, and only
/// the pages of looked-up lines are ever touched), or a copy of the bytes the index was built from.
final class CedictText: @unchecked Sendable {
  /// The bytes, valid for the object's lifetime.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The mapping that holds `bytes`, or nil when they are an allocation of this object's.
  private let mapping: MappedFile?

  /// A copy of `bytes`.
  init(copying bytes: [UInt8]) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = copy.initialize(from: bytes)
    self.bytes = UnsafeBufferPointer(copy)
    mapping = nil
  }

  /// The file mapped, or nil when it cannot be (not a regular file, empty, unreadable).
  init?(mapping path: String) {
    guard let file = MappedFile(path: path) else { return nil }
    bytes = file.bytes.bindMemory(to: UInt8.self)
    mapping = file
  }

  /// The number of bytes.
  var count: Int { bytes.count }

  deinit {
    if mapping == nil { UnsafeMutableBufferPointer(mutating: bytes).deallocate() }
  }
}
