import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Paths that name one of this process's open descriptors rather than a file: `/dev/stdout`,
/// `/dev/stderr`, `/dev/stdin`, `/dev/fd/N`, `/proc/self/fd/N`, `/proc/<our pid>/fd/N`, and symbolic
/// links that lead to one of them.
package enum DescriptorPath {
  /// The descriptor a path names, or nil for an ordinary path (or a descriptor that is not open).
  package static func descriptor(of path: String) -> Int32? {
    var current = path
    // Follow symbolic links one step at a time (a link to /dev/stdout is /dev/stdout too), but stop
    // at /proc/…/fd/N, whose "link" is the open file itself.
    for _ in 0..<40 {
      if let descriptor = named(current) {
        return fcntl(descriptor, F_GETFD) >= 0 ? descriptor : nil
      }
      guard let target = linkTarget(current) else { return nil }
      current =
        target.hasPrefix("/")
        ? target
        : ((current as NSString).deletingLastPathComponent as NSString)
          .appendingPathComponent(target)
    }
    return nil
  }

  /// The descriptor a path spells out, without looking at the file system.
  static func named(_ path: String) -> Int32? {
    guard path.hasPrefix("/") else { return nil }
    // `//dev/./stdout` is `/dev/stdout` (no symbolic link resolved here).
    let parts = path.split(separator: "/").filter { $0 != "." }
    let standard = "/" + parts.joined(separator: "/")
    switch standard {
    case "/dev/stdin": return 0
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default: break
    }
    let prefixes = ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", "/proc/\(getpid())/fd/"]
    for prefix in prefixes where standard.hasPrefix(prefix) {
      let number = standard.dropFirst(prefix.count)
      if !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
        let descriptor = Int32(number)
      {
        return descriptor
      }
    }
    return nil
  }

  /// What a symbolic link points at (nil when the path is not a link).
  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
