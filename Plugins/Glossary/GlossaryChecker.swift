import Foundation
import JieduCore

/// `jiedu glossary check`: finds problems in glossary files — unreadable files, bad YAML, missing or
/// empty fields, unknown fields, duplicate terms, conflicting renderings and unknown categories —
/// each as a `file:line` message.
public enum GlossaryChecker {
  /// Messages for the given files, in file order; empty when all is well.
  public static func check(urls: [URL]) -> [String] {
    check(urls.map { GlossaryLoader.parse(url: $0, name: $0.path) })
  }

  /// Messages for parsed files, in the order given (earlier files are the reference for duplicates).
  public static func check(_ parses: [GlossaryParse]) -> [String] {
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

  private static func sameRendering(_ a: String, _ b: String) -> Bool {
    a.trimmingCharacters(in: .whitespaces).lowercased()
      == b.trimmingCharacters(in: .whitespaces).lowercased()
  }
}
