import Foundation
import Yams

/// The trust rule for configs, like direnv's `allow`: a config jiedu finds by itself (`./config.yaml`
/// in the working folder, not given with `--config`) that runs a program or reads files outside its
/// own folder is refused until `jiedu config trust` has recorded its SHA-256; a changed file must be
/// trusted again. A config given with `--config` is the user's own choice and is not checked.
package enum ConfigTrust {
  /// What a config does that needs trust: one phrase each (`runs a program (stage 'external' at
  /// config.yaml:3:5)`).
  package static func reasons(
    _ config: JieduConfig, programStages: Set<String>, pathOptions: [String: [String]]
  ) -> [String] {
    var reasons: [String] = []
    let folder = config.baseDirectory
    func outside(_ value: String, _ key: String) {
      let url = resolve(value, in: folder)
      if !isInside(url, folder: folder) {
        reasons.append("reads '\(value)' outside its folder (\(key))")
      }
    }
    for (index, entry) in config.stages.enumerated() {
      if programStages.contains(entry.id) {
        reasons.append("runs a program (stage '\(entry.id)' at \(entry.location))")
      }
      guard let options = entry.options, case .mapping(let map) = options else { continue }
      for key in pathOptions[entry.id] ?? [] {
        guard let node = map[key] else { continue }
        for value in strings(node) { outside(value, "stages[\(index)].options.\(key)") }
      }
    }
    for lexicon in config.segmentation.lexicons { outside(lexicon, "segmentation.lexicons") }
    if let template = config.output.template { outside(template, "output.template") }
    if let known = config.output.knownWords { outside(known, "output.known-words") }
    return reasons
  }

  /// The refusal, saying exactly what to do.
  package static func refusal(name: String, reasons: [String], store: URL) -> JieduError {
    JieduError(
      "\(name) was found in the working folder (not given with --config) and \(reasons.joined(separator: "; "))"
        + ": it is refused until you trust it. Read it, then run 'jiedu config trust \(name)' "
        + "(records its SHA-256 in \(store.path); a changed file must be trusted again), "
        + "or pass it with --config \(name)")
  }

  /// The file where trusted configs are recorded: `$XDG_CONFIG_HOME/jiedu/trusted-configs`, else
  /// `~/.config/jiedu/trusted-configs`.
  package static func store(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> URL
  {
    let base: URL
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      base = URL(fileURLWithPath: xdg)
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      base = URL(fileURLWithPath: home).appendingPathComponent(".config")
    }
    return base.appendingPathComponent("jiedu").appendingPathComponent("trusted-configs")
  }

  /// Whether this file, with this content, was trusted.
  package static func isTrusted(_ file: URL, text: String, store: URL = store()) -> Bool {
    let key = record(file, text: text)
    guard let listed = try? String(contentsOf: store, encoding: .utf8) else { return false }
    return listed.split(separator: "\n").contains { $0 == key }
  }

  /// Records the file's current content as trusted (replacing an earlier record of the same path).
  /// Returns the line written.
  @discardableResult
  package static func trust(_ file: URL, store: URL = store()) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
      throw JieduError("\(file.path): no such config file")
    }
    if isDirectory.boolValue { throw JieduError("\(file.path): is a folder, not a config file") }
    // The text as a run reads it (and a file that is not a valid config is not recorded).
    let source = try ConfigSource(contentsOf: file)
    let line = record(file, text: source.text)
    let path = canonical(file).path
    let earlier = (try? String(contentsOf: store, encoding: .utf8)) ?? ""
    var lines = earlier.split(separator: "\n").map(String.init).filter {
      !$0.hasSuffix("  \(path)")
    }
    lines.append(line)
    do {
      try FileManager.default.createDirectory(
        at: store.deletingLastPathComponent(), withIntermediateDirectories: true)
      try AtomicFileWriter.write(
        Data((lines.joined(separator: "\n") + "\n").utf8), to: store)
    } catch let error as JieduError {
      throw error
    } catch {
      throw JieduError(
        "cannot record the trust in \(store.path): \(FileReadError.reason(error))")
    }
    return line
  }

  /// `<sha256>  <absolute path>`, like sha256sum's lines.
  static func record(_ file: URL, text: String) -> String {
    "\(SHA256Digest.hex(Array(text.utf8)))  \(canonical(file).path)"
  }

  /// A path from the config resolved as stages resolve it (absolute, `~/`, else from the folder).
  static func resolve(_ path: String, in folder: URL) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
    if path.hasPrefix("~") {
      return URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
    }
    return folder.appendingPathComponent(path)
  }

  /// Whether `url`, with `..` and symbolic links resolved, lies inside `folder`.
  static func isInside(_ url: URL, folder: URL) -> Bool {
    let root = canonical(folder).path
    let path = canonical(url).path
    return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// The path with `.`/`..` and symbolic links resolved: `realpath` of the longest part that
  /// exists, the rest appended (so `link/missing.txt` through a link to /etc is under /etc).
  static func canonical(_ url: URL) -> URL {
    var existing = url.standardizedFileURL
    var rest: [String] = []
    while existing.path != "/" {
      if let resolved = realpath(existing.path, nil) {
        defer { free(resolved) }
        var result = URL(fileURLWithPath: String(cString: resolved))
        for component in rest.reversed() { result.appendPathComponent(component) }
        return result.standardizedFileURL
      }
      rest.append(existing.lastPathComponent)
      existing.deleteLastPathComponent()
    }
    return url.standardizedFileURL
  }

  private static func strings(_ node: Node) -> [String] {
    switch node {
    case .scalar(let s): return [s.string]
    case .sequence(let seq): return seq.compactMap { $0.string }
    default: return []
    }
  }
}
