/// One entry of the knowledge base: a Chinese term, its English rendering and what a reader needs to
/// know about it. Glossary terms and numeric formulas are both entries; a formula is an entry that
/// has `items` (三会一课 → 支部党员大会, 支部委员会, 党小组会, 党课).
///
/// Each stage reads and checks its own file format (the glossary's YAML/CSV/TSV/TBX, the formula
/// list's YAML) into this one type; text in every field is kept verbatim (HTML and script text
/// included), and renderers escape it.
///
/// Provenance: `status` says whether the rendering is official, established or our own
/// (descriptive), `source` and `url` where it was seen, `also` other established renderings.
public struct KnowledgeEntry: Sendable, Hashable {
  /// The Chinese term as it appears in text (simplified form).
  public var term: String
  /// The English rendering.
  public var en: String
  /// Pinyin with tone marks, one space between syllables.
  public var pinyin: String?
  /// A one-line explanatory note.
  public var note: String?
  /// A category such as `party` or `economy` (glossary) or `organisation` (formula).
  public var category: String?
  /// Other surface forms that mean the same (abbreviations, variants, traditional forms).
  public var aliases: [String]
  /// Where the rendering (or a formula's expansion) comes from.
  public var source: String?
  /// Where the entry was read, for messages; not part of equality.
  public var location: KnowledgeLocation?
  /// A formula's items, in Chinese, one string each; nil for a plain term.
  public var items: [String]?
  /// A formula's number of items, when it differs from what the numerals of its term add up to.
  public var count: Int?
  /// How sure the rendering is; nil when the file does not say (then it counts as descriptive).
  public var status: KnowledgeStatus?
  /// The address where the rendering was seen.
  public var url: String?
  /// Other established renderings of the same term.
  public var also: [String]
  /// The region of a local term (`shanghai`); nil for national vocabulary.
  public var region: String?
  /// A formula's items in English, one per item, in the same order.
  public var itemsEn: [String]?

  /// Creates an entry; give `items` (and, if needed, `count`) for a formula.
  public init(
    term: String, en: String, pinyin: String? = nil, note: String? = nil, category: String? = nil,
    aliases: [String] = [], source: String? = nil, location: KnowledgeLocation? = nil,
    items: [String]? = nil, count: Int? = nil, status: KnowledgeStatus? = nil, url: String? = nil,
    also: [String] = [], region: String? = nil, itemsEn: [String]? = nil
  ) {
    self.term = term
    self.en = en
    self.pinyin = pinyin
    self.note = note
    self.category = category
    self.aliases = aliases
    self.source = source
    self.location = location
    self.items = items
    self.count = count
    self.status = status
    self.url = url
    self.also = also
    self.region = region
    self.itemsEn = itemsEn
  }

  /// The status, missing counted as descriptive.
  public var effectiveStatus: KnowledgeStatus { status ?? .descriptive }

  /// Whether the rendering is our own (descriptive, or no status given): the handout marks it.
  public var isDescriptive: Bool { effectiveStatus == .descriptive }

  /// The term followed by its aliases: every surface form that is matched in text.
  public var surfaces: [String] { [term] + aliases }

  /// Whether the entry is a formula: it has items.
  public var isFormula: Bool { items != nil }

  /// Compares the content of two entries, ignoring where they were read.
  public static func == (a: KnowledgeEntry, b: KnowledgeEntry) -> Bool {
    a.term == b.term && a.en == b.en && a.pinyin == b.pinyin && a.note == b.note
      && a.category == b.category && a.aliases == b.aliases && a.source == b.source
      && a.items == b.items && a.count == b.count && a.status == b.status && a.url == b.url
      && a.also == b.also && a.region == b.region && a.itemsEn == b.itemsEn
  }

  /// Hashes the content, ignoring the location.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(term)
    hasher.combine(en)
    hasher.combine(aliases)
  }
}
