/// Text of a field that may hold HTML tags (Anki fields, exported word lists), tags left out.
enum TagStripping {
  /// Everything outside `<…>`; entities are left as written.
  static func text(_ field: String) -> String {
    var out = ""
    var inTag = false
    for c in field {
      if c == "<" {
        inTag = true
      } else if c == ">" {
        inTag = false
      } else if !inTag {
        out.append(c)
      }
    }
    return out
  }
}
