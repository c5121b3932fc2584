/// Text with the spans a test expects marked between ⟦ and ⟧: `抓⟦党建⟧工作` is the text `抓党建工作`
/// with one span at 1..<3 (scalar offsets, as annotations count them).
public struct MarkedText: Sendable, Equatable {
  /// The text without the marks.
  public let text: String
  /// The marked spans, in order.
  public let spans: [Range<Int>]

  /// Opening and closing marks.
  public static let open: Unicode.Scalar = "⟦"
  /// Closing mark.
  public static let close: Unicode.Scalar = "⟧"

  /// Reads the marks; an unbalanced mark is an error naming its offset.
  public init(_ marked: String) throws {
    var view = String.UnicodeScalarView()
    var spans: [Range<Int>] = []
    var start: Int?
    var offset = 0
    for scalar in marked.unicodeScalars {
      if scalar == Self.open {
        guard start == nil else { throw MarkError("nested ⟦ at offset \(offset) in '\(marked)'") }
        start = offset
      } else if scalar == Self.close {
        guard let s = start else { throw MarkError("⟧ without ⟦ at offset \(offset) in '\(marked)'") }
        spans.append(s..<offset)
        start = nil
      } else {
        view.append(scalar)
        offset += 1
      }
    }
    if start != nil { throw MarkError("⟦ never closed in '\(marked)'") }
    text = String(view)
    self.spans = spans
  }

  /// A malformed marked text.
  public struct MarkError: Error, CustomStringConvertible {
    /// What is wrong.
    public let description: String
    init(_ description: String) { self.description = description }
  }
}
