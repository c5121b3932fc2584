import Foundation
import JieduCore

#if canImport(Glibc)
  import Glibc
#endif

/// One article of a batch: where it is read from and the name it is known by (the path relative to
/// the folder it was found in, which `--out` mirrors).
struct BatchInput: Sendable {
  /// The path to read.
  var path: String
  /// The name in messages and under `--out` (`sub/a001.txt`).
  var relative: String
}

/// Turns `annotate`'s arguments into the list of articles: files as given, folders searched
/// recursively for `*.txt` (or `--glob`), in a stable order.
enum BatchInputs {
  /// The default pattern for files inside a folder.
  static let defaultPattern = "*.txt"

  /// Every article the arguments name. A missing path is a one-line error; a folder without matching
  /// files is one too (nothing would be done).
  static func collect(_ arguments: [String], glob: String?) throws -> [BatchInput] {
    var inputs: [BatchInput] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        throw JieduError("\(argument): no such file or folder")
      }
      if isDirectory.boolValue {
        let found = try files(in: argument, pattern: glob ?? defaultPattern)
        if found.isEmpty {
          throw JieduError(
            "\(argument): no files matching '\(glob ?? defaultPattern)' in this folder")
        }
        inputs += found
      } else {
        inputs.append(BatchInput(path: argument, relative: relativeName(argument)))
      }
    }
    return inputs
  }

  /// A file given by itself keeps its relative path (without `./` and `..` parts); an absolute one
  /// keeps its name.
  static func relativeName(_ path: String) -> String {
    if path.hasPrefix("/") { return (path as NSString).lastPathComponent }
    let parts = path.split(separator: "/").filter { $0 != "." && $0 != "" }
    if parts.contains("..") { return (path as NSString).lastPathComponent }
    return parts.joined(separator: "/")
  }

  /// The matching regular files under `folder`, sorted by relative path. The pattern is matched
  /// against the file name, or against the relative path when it contains a `/`.
  static func files(in folder: String, pattern: String) throws -> [BatchInput] {
    let root = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [])
    else { throw JieduError("\(folder): cannot list this folder") }
    let prefix = root.standardizedFileURL.path
    var found: [BatchInput] = []
    for case let url as URL in walker {
      guard isRegularFile(url.path) else { continue }
      var relative = url.standardizedFileURL.path
      if relative.hasPrefix(prefix + "/") { relative.removeFirst(prefix.count + 1) }
      let subject = pattern.contains("/") ? relative : url.lastPathComponent
      guard fnmatch(pattern, subject, 0) == 0 else { continue }
      let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
      found.append(BatchInput(path: path, relative: relative))
    }
    return found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
  }

  /// Whether `path` is a regular file itself (a symbolic link is not followed), by `lstat`:
  /// Foundation's resource values also look up the owner's and group's names, reading
  /// `/etc/passwd` and `/etc/group` once per file of the folder.
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }
}
