import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Standard input, output and error as the process found them. A closed one (`<&-`) is noted and its
/// number taken by `/dev/null`, so the next file jiedu opens cannot become "standard input" by
/// getting descriptor 0; reading or writing a closed stream is then a one-line error.
package enum StandardStreams {
  nonisolated(unsafe) private static var closed: Set<Int32> = []

  /// Checks descriptors 0, 1 and 2; call first thing in `main`, before anything opens a file.
  package static func secure() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      closed.insert(descriptor)
      let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
    }
  }

  /// Whether the process started with this descriptor closed.
  package static func wasClosed(_ descriptor: Int32) -> Bool { closed.contains(descriptor) }
}
