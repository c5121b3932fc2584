import Foundation

/// What the browser may load while it prints a handout: nothing from the network or the disk, no
/// frames — inline styles and scripts only, and `data:` images and fonts. The rule goes into the
/// page as its first element, before anything a custom template puts there, so even a template's
/// `<iframe src="file:///etc/passwd">` loads nothing.
enum PrintPolicy {
  /// The Content-Security-Policy of a printed page.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    + "font-src data:; frame-src 'none'; child-src 'none'; form-action 'none'; base-uri 'none'"

  /// The `<meta>` element carrying the policy.
  static var meta: String {
    "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">"
  }

  /// The page with the policy as its first element: right after a leading `<!DOCTYPE …>` (so the
  /// page keeps its standards mode), else at the very start.
  static func confine(_ html: String) -> String {
    if let doctype = html.range(of: "<!doctype", options: .caseInsensitive),
      html[..<doctype.lowerBound].allSatisfy(\.isWhitespace),
      let close = html[doctype.upperBound...].firstIndex(of: ">")
    {
      let after = html.index(after: close)
      return String(html[..<after]) + "\n" + meta + String(html[after...])
    }
    return meta + "\n" + html
  }
}
