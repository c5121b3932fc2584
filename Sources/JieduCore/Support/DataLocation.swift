import Foundation

/// Finds the folder of downloaded dictionaries: `--data`/config key, `JIEDU_DATA`, then defaults.
package enum DataLocation {
  /// The command that fetches the data, for error messages.
  package static let fetchCommand = "make data (scripts/fetch-data.sh)"
  /// CC-CEDICT's file name inside the data folder.
  package static let cedictFile = "cedict_1_0_ts_utf-8_mdbg.txt"
  /// jieba's dictionary inside the data folder.
  package static let jiebaFile = "jieba-dict.txt"

  /// The first folder that exists among: the configured one, `$JIEDU_DATA`, `./data`, `data` beside
  /// the executable's package (`.build/release/../../data`).
  package static func find(
    configured: URL?, environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = Bundle.main.executableURL
  ) -> URL? {
    var candidates: [URL] = []
    if let configured { candidates.append(configured) }
    if let env = environment["JIEDU_DATA"], !env.isEmpty {
      candidates.append(URL(fileURLWithPath: env))
    }
    candidates.append(
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("data"))
    if let executable {
      var dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("data"))
        dir = dir.deletingLastPathComponent()
      }
    }
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent(cedictFile).path)
    }
  }

  /// The error to show when data is needed but missing.
  package static func missingError(_ what: String) -> JieduError {
    JieduError(
      "\(what) not found: no data folder with \(cedictFile) (looked at data.directory in the config, "
        + "$JIEDU_DATA, ./data and beside the binary); fetch it with: \(fetchCommand)")
  }
}

extension DataLocation {
  /// The cache folder of one component (`segmenter`, `dictionary`, a stage id): `<data>/cache/<name>/`.
  /// Created on demand; nil when it cannot be created (a read-only data folder works, only slower).
  package static func cacheFolder(_ name: String, data: URL) -> URL? {
    let folder = data.appendingPathComponent("cache").appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      return nil
    }
    return folder
  }
}
