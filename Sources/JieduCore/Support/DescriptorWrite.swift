import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes bytes to an open descriptor with plain `write(2)`: a closed or failing descriptor is an
/// errno, never a trap inside `FileHandle`.
package enum DescriptorWrite {
  /// Writes every byte; throws the errno text (`bad file descriptor`, `no space left on device`).
  package static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32)
    throws(DescriptorWriteError)
  {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw DescriptorWriteError(code: errno)
      }
      offset += written
    }
  }

  /// Writes data; throws the errno text.
  package static func all(_ data: Data, to descriptor: Int32) throws(DescriptorWriteError) {
    let result: Result<Void, DescriptorWriteError> = data.withUnsafeBytes { raw in
      do throws(DescriptorWriteError) {
        try all(raw, to: descriptor)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
  }

  /// Writes text to stderr, dropping it when stderr is closed or broken (nowhere left to report).
  package static func standardError(_ text: String) {
    try? all(Data(text.utf8), to: STDERR_FILENO)
  }
}

/// A failed `write(2)`.
package struct DescriptorWriteError: Error, Sendable {
  /// The errno value.
  package var code: Int32
  /// The system's text, in lower case.
  package var reason: String { String(cString: strerror(code)).lowercased() }
}
