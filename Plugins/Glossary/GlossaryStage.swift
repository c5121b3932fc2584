import Foundation
import JieduCore
import JieduDictionary
import JieduKnowledge
import JieduVocabulary

/// The `glossary` stage: finds glossary terms in the text and annotates each occurrence with its
/// English rendering, category, note, pinyin and source.
///
/// Sources, highest priority first: `--glossary` files (`StageContext.userGlossaries`), the `files:`
/// option in order, then the built-in glossary. Terms and aliases are offered to segmentation as
/// whole words; matching itself does not depend on how the text was segmented.
public struct GlossaryStage: AnnotationStage {
  /// The stage id.
  public static let id = "glossary"
  /// One line on what the stage does.
  public static let summary =
    "annotates glossary terms (Party, policy, economy, places) with English renderings and notes"
  /// Reads only block text: matching does not depend on how the text was segmented.
  public static let requires: Set<Capability> = []
  /// Adds `term` annotations.
  public static let produces: Set<Capability> = [.terms]

  /// Checked through the real host by the stage-examples test.
  public static let examples: [StageExample] = [
    StageExample("抓好⟦党建⟧。", fields: ["rendering": "Party building", "type": "term"]),
    StageExample("推进⟦全过程人民民主⟧。", fields: ["type": "term"]),
    StageExample("抓好⟦黨建⟧。", fields: ["rendering": "Party building"]),
    StageExample("今天天气很好。"),
  ]

  /// The compiled glossary the stage matches with.
  public let glossary: Glossary
  /// Whether names built from ordinals (十九大, 十四五…) are annotated by rule.
  public let ordinals: Bool

  /// Loads the glossary files and compiles the matcher; errors name the file, line and column.
  public init(options: GlossaryStageOptions, context: StageContext) throws {
    var sources: [[GlossaryEntry]] = []
    for url in context.userGlossaries {
      sources.append(try GlossaryStage.load(url, name: url.path))
    }
    for (index, path) in options.files.enumerated() {
      let url = context.resolve(path)
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw JieduError("options.files[\(index)]: no such file '\(path)' (looked at \(url.path))")
      }
      sources.append(try GlossaryStage.load(url, name: path))
    }
    if options.builtin {
      do {
        let builtin = try BuiltinGlossary.entries(cache: context.cacheDirectory)
        sources.append(builtin.filter { options.regions.includes($0.region) })
      } catch {
        throw JieduError("\(error)")
      }
    }
    if let categories = options.categories {
      sources = try GlossaryStage.filter(sources, categories: categories)
    }
    let folding = options.traditional ? try context.shared(TraditionalFolding.self) : .identity
    glossary = Glossary(sources: sources, folding: folding.table)
    ordinals = options.ordinals && options.builtin
    ordinalCategories = options.categories.map(Set.init)
  }

  /// Creates the stage from a compiled glossary (for tests and library users).
  public init(glossary: Glossary, ordinals: Bool = true) {
    self.glossary = glossary
    self.ordinals = ordinals
    ordinalCategories = nil
  }

  /// The categories rule-built names must have to be annotated; nil for all.
  private let ordinalCategories: Set<String>?

  /// Every term and alias with a Han character, so segmentation keeps them whole.
  public var wholeWords: [String] {
    glossary.surfaces.filter { $0.unicodeScalars.contains { $0.isHan } }
  }

  /// The glossary's terms in one block, less those inside a rule-built name (二十届三中全会 wins over
  /// the shorter 全会 inside it; a term that reaches beyond the name, 十九大精神, keeps its place),
  /// and the rule-built names.
  private func matches(in block: Block) -> (terms: [TermSpan], names: [OrdinalNames.Match]) {
    let scalars = block.text.scalarArray
    var matches = glossary.spans(in: scalars)
    let names = ordinals ? OrdinalNames.find(in: glossary.folded(scalars)) : []
    guard !names.isEmpty else { return (matches, names) }
    var inName = [Bool](repeating: false, count: scalars.count)
    // reach[i]: the furthest end of a name covering position i, so "inside some name" is one
    // look-up per match, not a walk over every name.
    var reach = [Int](repeating: 0, count: scalars.count)
    for name in names {
      for i in name.start..<name.end {
        inName[i] = true
        reach[i] = max(reach[i], name.end)
      }
    }
    matches.removeAll { match in
      match.start < match.end && match.end <= reach[match.start]
        && (match.start..<match.end).allSatisfy { inName[$0] }
    }
    return (matches, names)
  }

  /// Adds one `term` annotation per kept occurrence, block by block.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    var templates: [Int: (surface: [Unicode.Scalar], annotation: Annotation)] = [:]
    // Terms are found in each block on its own (on the threads the run allows); the annotations
    // are then made in block order.
    let found = document.blocks.concurrentMap(threads: context.threads) { matches(in: $0) }
    for (block, (matches, names)) in zip(document.blocks, found) {
      let scalars = block.text.scalarArray
      func text(_ range: Range<Int>) -> String { ScalarString.make(scalars[range]) }
      // One annotation built per entry and surface form, copied for its other occurrences: the
      // copies share its strings and fields, so a term met a million times costs a million offsets.
      var annotations: [Annotation] = []
      annotations.reserveCapacity(matches.count)
      for match in matches {
        let range = match.start..<match.end
        if let known = templates[match.entryIndex],
          known.surface.elementsEqual(scalars[range])
        {
          var a = known.annotation
          a.block = block.id
          a.start = match.start
          a.end = match.end
          annotations.append(a)
          continue
        }
        let a = GlossaryStage.annotation(
          glossary.entries[match.entryIndex], block: block.id, range: range, text: text(range))
        templates[match.entryIndex] = (Array(scalars[range]), a)
        annotations.append(a)
      }
      if ordinals && !names.isEmpty {
        let termCount = annotations.count
        var covered = [Bool](repeating: false, count: scalars.count)
        for match in matches { for i in match.start..<match.end { covered[i] = true } }
        for name in names
        where !covered[name.start..<name.end].contains(true) {
          let a = OrdinalNameTerms.annotation(
            name, block: block.id, text: text(name.start..<name.end))
          if let wanted = ordinalCategories, !(a.category.map { wanted.contains($0) } ?? false) {
            continue
          }
          annotations.append(a)
        }
        // Only rule-built names are added out of order.
        if annotations.count > termCount { annotations.sort { $0.start < $1.start } }
      }
      if document.annotations.isEmpty {
        document.annotations = annotations  // no copy of a long block's many terms
      } else {
        document.annotations += annotations
      }
    }
  }

  /// A `term` annotation carrying the entry's rendering and provenance (`status`, `source`, `url`,
  /// `also`).
  static func annotation(_ entry: GlossaryEntry, block: Int, range: Range<Int>, text: String)
    -> Annotation
  {
    var a = Annotation(
      stage: GlossaryStage.id, type: .term, block: block, start: range.lowerBound,
      end: range.upperBound, text: text, rendering: entry.en, category: entry.category,
      note: entry.note, pinyin: entry.pinyin, source: entry.source)
    a.status = entry.effectiveStatus.rawValue
    a.url = entry.url
    if !entry.also.isEmpty { a.also = entry.also }
    return a
  }

  private static func load(_ url: URL, name: String) throws -> [GlossaryEntry] {
    try GlossaryLoader.load(url: url, name: name)
  }

  private static func filter(_ sources: [[GlossaryEntry]], categories: [String]) throws
    -> [[GlossaryEntry]]
  {
    let known = Set(GlossaryCategory.all).union(sources.joined().compactMap(\.category))
    for (index, category) in categories.enumerated() where !known.contains(category) {
      let valid = GlossaryCategory.all + known.subtracting(GlossaryCategory.all).sorted()
      throw JieduError(
        "options.categories[\(index)]: unknown category '\(category)'"
          + "\(NameSuggestion.didYouMean(category, in: valid)); valid: \(valid.joined(separator: ", "))"
      )
    }
    let wanted = Set(categories)
    return sources.map { $0.filter { $0.category.map(wanted.contains) ?? false } }
  }
}
