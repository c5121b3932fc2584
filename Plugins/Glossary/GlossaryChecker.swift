import Foundation
import JieduCore

/// `jiedu glossary check`: finds problems in glossary files — unreadable files, bad YAML, missing or
/// empty fields, unknown fields, duplicate terms, conflicting renderings, unknown categories, bad
/// statuses and official or established renderings without a source — each as a `file:line` message.
public enum GlossaryChecker {
  /// Messages for the given files, in file order; empty when all is well.
  public static func check(urls: [URL]) -> [String] {
    check(urls.map { GlossaryLoader.parse(url: $0, name: $0.path) })
  }

  /// Messages for parsed files, in the order given (earlier files are the reference for duplicates).
  ///
  /// With `requireStatus`, an entry without a `status` is a problem too (the built-in glossary's
  /// rule); otherwise it counts as descriptive and `statusNotes` mentions it.
  public static func check(_ parses: [GlossaryParse], requireStatus: Bool = false) -> [String] {
    var messages: [String] = []
    var firstSeen: [String: GlossaryEntry] = [:]
    for parse in parses {
      messages += parse.problems.map(\.description)
      for entry in parse.entries {
        let place = entry.location.map { "\($0.file):\($0.line)" } ?? "?"
        if let category = entry.category, !GlossaryCategory.all.contains(category) {
          messages.append(
            "\(place): unknown category '\(category)'"
              + "\(NameSuggestion.didYouMean(category, in: GlossaryCategory.all)); known: "
              + GlossaryCategory.all.joined(separator: ", "))
        }
        if let status = entry.status, status.needsSource,
          entry.source.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true
        {
          messages.append(
            "\(place): '\(entry.term)' is \(status.rawValue) but has no source "
              + "(give 'source: Outlet, document or article, year', or make it descriptive)")
        }
        if requireStatus, entry.status == nil {
          messages.append(
            "\(place): '\(entry.term)' has no status (official, established or descriptive)")
        }
        var ownSurfaces: Set<String> = []
        for surface in entry.surfaces {
          guard ownSurfaces.insert(surface).inserted else {
            messages.append("\(place): '\(surface)' is listed twice in the same entry")
            continue
          }
          guard let earlier = firstSeen[surface] else {
            firstSeen[surface] = entry
            continue
          }
          let there = earlier.location.map { "\($0.file):\($0.line)" } ?? "?"
          let what = surface == entry.term ? "term" : "alias"
          if sameRendering(earlier.en, entry.en) {
            messages.append("\(place): duplicate \(what) '\(surface)' (already at \(there))")
          } else {
            messages.append(
              "\(place): conflicting renderings for \(what) '\(surface)': '\(entry.en)' here, "
                + "'\(earlier.en)' at \(there)")
          }
        }
      }
    }
    return messages
  }

  /// One note per file whose entries lack a status (they are treated as descriptive).
  public static func statusNotes(_ parses: [GlossaryParse]) -> [String] {
    parses.compactMap { parse in
      let missing = parse.entries.filter { $0.status == nil }
      guard let first = missing.first else { return nil }
      let file = first.location?.file ?? "?"
      let line = first.location.map { ":\($0.line)" } ?? ""
      return
        "\(file)\(line): note: \(missing.count) of \(parse.entries.count) entries have no status "
        + "(first: '\(first.term)'); they count as descriptive"
    }
  }

  private static func sameRendering(_ a: String, _ b: String) -> Bool {
    a.trimmingCharacters(in: .whitespaces).lowercased()
      == b.trimmingCharacters(in: .whitespaces).lowercased()
  }
}
