import Foundation

/// A memo of parsed dictionary entries by word, safe to share between the tasks of a batch. Bounded:
/// past `limit` words it starts again, so a corpus of every word in the language cannot grow it
/// without end.
final class ParsedEntries: @unchecked Sendable {
  private let lock = NSLock()
  private var table: [String: [CedictEntry]] = [:]
  /// Most words kept.
  let limit: Int

  init(limit: Int = 200_000) { self.limit = limit }

  /// The entries parsed earlier for the word, or nil.
  func entries(for word: String) -> [CedictEntry]? {
    lock.withLock { table[word] }
  }

  /// Keeps the parsed entries of a word.
  func remember(_ entries: [CedictEntry], for word: String) {
    lock.withLock {
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[word] = entries
    }
  }
}
