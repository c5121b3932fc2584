/// A formula the document itself explains: “三进入”即…A、B、C, or A、B、C三大功能平台.
struct DocumentDefinition: Sendable, Equatable {
  /// How the text defines it.
  enum Form: Sendable, Equatable {
    /// A quoted or numeral-led term followed by 即, 是指, 就是, 指的是, 包括… and its items.
    case stated
    /// Items listed with 、 (or inside quotes with —) right before a count: 吴淞创新城、南大智慧城、
    /// 大学科技园三大功能平台.
    case enumerated
  }

  /// The term, folded to simplified characters.
  var term: String
  /// The term as the text writes it.
  var surface: String
  /// The items found, in the text's characters.
  var items: [String]
  /// How many items the term's numerals announce.
  var announced: Int
  /// The block and range of the term where it is defined.
  var block: Int
  /// Where the term stands in its block.
  var range: Range<Int>
  /// How the text defines it.
  var form: Form
  /// Whether the term stands in quotation marks (“四个到位”是指…): only then is a definition whose
  /// count disagrees reported, since an unquoted one is more likely misread than miscounted.
  var quoted = false

  /// Whether the items agree with the numerals.
  var countMatches: Bool { items.count == announced }
}
