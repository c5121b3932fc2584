import Foundation
import JieduCore
import JieduKnowledge

/// `jiedu glossary check` for formula lists: a file that does not load (unknown keys, bad status,
/// `items-en` of the wrong length…), official or established entries without a source, items that
/// disagree with the numerals and terms listed twice — one message each, naming the file.
public enum FormulaChecker {
  /// Problems of one formula file; empty when all is well.
  public static func check(url: URL, name: String) -> [String] {
    let entries: [FormulaEntry]
    do {
      entries = try FormulaList.load(url, name: name)
    } catch {
      return ["\(error)"]
    }
    return check(entries, name: name)
  }

  /// Problems of loaded entries.
  public static func check(_ entries: [FormulaEntry], name: String) -> [String] {
    var messages: [String] = []
    var seen: Set<String> = []
    for entry in entries {
      if !seen.insert(entry.term).inserted {
        messages.append("\(name): '\(entry.term)' is listed twice")
      }
      if let status = entry.status, status.needsSource,
        entry.source.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true
      {
        messages.append(
          "\(name): '\(entry.term)' is \(status.rawValue) but has no source "
            + "(give 'source: Outlet, document or article, year', or make it descriptive)")
      }
      if !entry.countMatches, let announced = entry.announcedCount {
        messages.append(
          "\(name): '\(entry.term)' announces \(announced) items but lists \(entry.items?.count ?? 0); "
            + "add 'count: N' if that is right")
      }
    }
    return messages
  }

  /// One note when entries lack a status or English items.
  public static func notes(url: URL, name: String) -> [String] {
    guard let entries = try? FormulaList.load(url, name: name) else { return [] }
    var notes: [String] = []
    let noStatus = entries.filter { $0.status == nil }
    if let first = noStatus.first {
      notes.append(
        "\(name): note: \(noStatus.count) of \(entries.count) formulas have no status "
          + "(first: '\(first.term)'); they count as descriptive")
    }
    let noItemsEn = entries.filter { $0.itemsEn == nil }
    if let first = noItemsEn.first {
      notes.append(
        "\(name): note: \(noItemsEn.count) of \(entries.count) formulas have no items-en "
          + "(first: '\(first.term)')")
    }
    return notes
  }
}
