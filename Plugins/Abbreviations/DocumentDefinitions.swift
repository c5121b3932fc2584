import JieduCore
import JieduDictionary

/// The formulas one document defines, gathered from all its blocks before any mention is annotated,
/// so a definition also applies to mentions that come before it.
struct DocumentDefinitions {
  /// Definitions whose items agree with the numerals, by folded term (the first one wins).
  private(set) var defined: [String: DocumentDefinition] = [:]
  /// Definitions that do not add up, by folded term, when no good definition exists.
  private(set) var failed: [String: DocumentDefinition] = [:]
  /// Mismatched counts, contradictions with the list, repeated definitions that differ.
  private(set) var diagnostics: [Diagnostic] = []

  /// Finds the definitions of every block.
  init(blocks: [ScannedBlock], list: FormulaList, threads: Int = 1) {
    var mismatched: [DocumentDefinition] = []
    // Each block is searched on its own (on the threads the run allows); what is found is taken
    // in block order.
    let perBlock = blocks.concurrentMap(threads: threads) { block in
      (StatedDefinitionFinder.definitions(in: block)
        + EnumeratedDefinitionFinder.definitions(in: block))
        .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
    for found in perBlock {
      for definition in found {
        if definition.countMatches {
          add(definition, list: list)
        } else if definition.quoted {
          mismatched.append(definition)
        }
      }
    }
    for definition in mismatched {
      diagnostics.append(warning(AbbreviationMessage.countMismatch(definition), definition))
      if defined[definition.term] == nil, failed[definition.term] == nil {
        failed[definition.term] = definition
      }
    }
    diagnostics.sort { ($0.block ?? -1) < ($1.block ?? -1) }
  }

  private mutating func add(_ definition: DocumentDefinition, list: FormulaList) {
    if let first = defined[definition.term] {
      if !Self.sameItems(first.items, definition.items, list.folding) {
        diagnostics.append(warning(AbbreviationMessage.definedTwice(definition, first), definition))
      }
      return
    }
    defined[definition.term] = definition
    if let entry = list.entry(for: definition.term),
      !Self.sameItems(entry.items ?? [], definition.items, list.folding)
    {
      diagnostics.append(
        warning(AbbreviationMessage.disagreesWithList(definition, entry), definition))
    }
  }

  private func warning(_ message: String, _ definition: DocumentDefinition) -> Diagnostic {
    .warning(message, stage: AbbreviationsStage.id, block: definition.block)
  }

  /// Whether two item lists say the same, ignoring order, traditional characters and a word the text
  /// puts before an item (继续推进现代化建设 is the list's 推进现代化建设).
  static func sameItems(_ a: [String], _ b: [String], _ folding: TraditionalFolding) -> Bool {
    let left = a.map(folding.fold)
    var right = b.map(folding.fold)
    guard left.count == right.count else { return false }
    for item in left {
      guard
        let match = right.firstIndex(where: {
          $0 == item || ($0.count >= 2 && item.hasSuffix($0))
            || (item.count >= 2 && $0.hasSuffix(item))
        })
      else { return false }
      right.remove(at: match)
    }
    return true
  }
}
