import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only memory map of a whole file, unmapped when released: its pages are read from the page
/// cache as they are touched, with no copy into the process's own memory.
package final class MappedFile: @unchecked Sendable {
  /// The file's bytes.
  package let bytes: UnsafeRawBufferPointer

  /// Maps the file, or nil if it cannot be opened or is empty.
  package init?(path: String) {
    // Not blocking: a FIFO under the name would otherwise wait for a writer (it is refused below).
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0
    else { return nil }
    let size = Int(status.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}
