import JieduCore

/// Checks a handout template's tags against the names the handout gives it: a name it does not have
/// renders as nothing, silently, so it is worth a warning (`{{titel}}`: did you mean `title`?).
enum TemplateCheck {
  /// Every name the handout's context can hold, at the top level or inside a section's rows. A test
  /// checks that the context built for a sample document uses no other.
  static let knownNames: Set<String> = [
    "bodyHTML", "byline", "category", "count", "credits", "defined", "definedInArticle", "english",
    "formula", "formulas", "hasFormulas", "hasItems", "hasKnownWords", "hasOthers", "hasTerms",
    "hasUnresolved", "hasVocabulary", "item", "itemEnglish", "items", "kicker", "knownWordsCount",
    "lang", "descriptive", "note", "number", "others", "pinyin", "pinyinAll", "pinyinNone",
    "pinyinUnknown",
    "rendering", "sentence", "sentenceHTML", "source", "sourceName", "sourceSHA", "stage", "term",
    "terms", "text", "titleEnglish", "titleGlossHTML", "titleHTML", "titleText", "traditional",
    "type", "hasNames", "names", "readerLevel", "hasReaderLevel", "knownLevel", "compact", "level",
    "kind", "toneScheme", "toneCustom1", "toneCustom2", "toneCustom3", "toneCustom4", "toneCustom5",
    "levelStandard",
    "hasExercises", "hasClozes", "clozes", "before", "blank", "after", "hint", "answer",
    "answerPinyin", "hasMatching", "matchFormulas", "letter", "matchLists", "hasPolyphones",
    "polyphones", "wordHTML", "otherReadings", "hasOtherReadings", "wordByWordNote",
    "unresolved", "version", "vocabulary", "vocabularyCount", "word",
    // Mustache's own names inside a section.
    "first", "last", "index", "even", "odd",
  ]

  /// One warning per tag naming something the handout does not have: `file:line: …`.
  static func warnings(_ text: String, file: String) -> [String] {
    var warnings: [String] = []
    var line = 1
    var index = text.startIndex
    while index < text.endIndex {
      guard let open = text[index...].range(of: "{{") else { break }
      line += text[index..<open.lowerBound].count { $0 == "\n" }
      guard let close = text[open.upperBound...].range(of: "}}") else { break }
      let tag = text[open.upperBound..<close.lowerBound]
      if let name = name(in: tag), !knownNames.contains(name) {
        let suggestion = NameSuggestion.didYouMean(name, in: knownNames.sorted())
        warnings.append(
          "template '\(file)':\(line): '{{\(tag.trimmingCharacters(in: .whitespaces))}}' names '\(name)', "
            + "which the handout does not have (it renders as nothing)\(suggestion)")
      }
      line += text[open.lowerBound..<close.upperBound].count { $0 == "\n" }
      index = close.upperBound
    }
    return warnings
  }

  /// The name a tag looks up, or nil for comments, partials, closing tags, delimiters and `.`.
  static func name(in tag: Substring) -> String? {
    var body = tag.trimmingCharacters(in: .whitespaces)
    if body.hasPrefix("{") { body = String(body.dropFirst()) }
    if body.hasSuffix("}") { body = String(body.dropLast()) }
    guard let sigil = body.first else { return nil }
    if "!>/=<$".contains(sigil) { return nil }
    if "#^&".contains(sigil) { body = String(body.dropFirst()) }
    body = body.trimmingCharacters(in: .whitespaces)
    if let open = body.firstIndex(of: "("), let close = body.lastIndex(of: ")"), open < close {
      body = String(body[body.index(after: open)..<close])
    }
    let first = body.split(separator: ".").first.map(String.init) ?? body
    return first.isEmpty || first == "." ? nil : first
  }

  /// A parser error in words.
  static func describe(_ error: MustacheParseProblem) -> String {
    switch error {
    case .sectionCloseNameIncorrect:
      return "a closing tag {{/…}} does not match the section it closes"
    case .unfinishedName: return "a tag is not closed with }}"
    case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed with {{/…}}"
    case .invalidSetDelimiter: return "a set-delimiter tag {{=… …=}} is malformed"
    case .transformAppliedToInheritanceSection:
      return "a transform is applied to an inherited section"
    case .illegalTokenInsideInheritSection: return "an inherited section holds a tag it may not"
    case .textInsideInheritSection: return "an inherited section holds text"
    case .invalidConfigVariableSyntax: return "a config variable tag is malformed"
    case .unrecognisedConfigVariable: return "a config variable is unknown"
    case .other(let text): return text
    }
  }
}

/// The parser's failures, as `TemplateCheck.describe` puts them into words.
enum MustacheParseProblem {
  case sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
  case transformAppliedToInheritanceSection, illegalTokenInsideInheritSection,
    textInsideInheritSection
  case invalidConfigVariableSyntax, unrecognisedConfigVariable
  case other(String)
}
