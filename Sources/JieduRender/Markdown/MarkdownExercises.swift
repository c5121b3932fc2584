/// The exercises and their answer key in Markdown: blanks as full-width low lines (＿), the
/// character asked about in bold, and before the answer key a page break that printing viewers
/// honour (an inline `<div>`; viewers that drop it show the rule under it).
enum MarkdownExercises {
  /// The sections, or nothing when the exercises are off or empty.
  static func render(_ model: HandoutModel) -> [String] {
    guard model.options.exercises else { return [] }
    let exercises = HandoutExercises(model)
    guard !exercises.isEmpty else { return [] }
    var out = ["\n## Exercises\n"]
    if !exercises.clozes.isEmpty {
      out.append("### Fill in the key term\n")
      out.append(
        exercises.clozes.enumerated().map { index, cloze in
          "\(index + 1). \(MarkdownEscape.text(cloze.before))"
            + String(repeating: "＿", count: cloze.blank.count)
            + "\(MarkdownEscape.text(cloze.after)) *(\(MarkdownEscape.text(cloze.hint)))*"
        }.joined(separator: "\n") + "\n")
    }
    if !exercises.formulas.isEmpty {
      out.append("### Match each formula to its items\n")
      out.append(
        exercises.formulas.enumerated().map { index, formula in
          "\(index + 1). \(MarkdownEscape.text(formula.formula)) ＿＿"
        }.joined(separator: "\n") + "\n")
      out.append(
        exercises.itemLists.enumerated().map { index, items in
          "- **\(HandoutExercises.letter(index))** "
            + MarkdownEscape.text(items.joined(separator: "；"))
        }.joined(separator: "\n") + "\n")
    }
    if !exercises.polyphones.isEmpty {
      out.append("### Write the pinyin of the character in bold\n")
      out.append(
        exercises.polyphones.enumerated().map { index, item in
          "\(index + 1). \(word(item)) ＿＿＿＿"
        }.joined(separator: "\n") + "\n")
    }
    out.append("<div style=\"break-before: page\"></div>\n\n---\n")
    out.append("## Answer key\n")
    if !exercises.clozes.isEmpty {
      out.append("### Fill in the key term\n")
      out.append(
        exercises.clozes.enumerated().map { index, cloze in
          "\(index + 1). \(MarkdownEscape.text(cloze.answer)) "
            + MarkdownEscape.text(cloze.answerPinyin)
        }.joined(separator: "\n") + "\n")
    }
    if !exercises.formulas.isEmpty {
      out.append("### Match each formula to its items\n")
      out.append(
        exercises.formulas.enumerated().map { index, formula in
          "\(index + 1). \(MarkdownEscape.text(formula.formula)) — \(formula.letter)"
        }.joined(separator: "\n") + "\n")
    }
    if !exercises.polyphones.isEmpty {
      out.append("### Write the pinyin\n")
      out.append(
        exercises.polyphones.enumerated().map { index, item in
          let others =
            item.others.isEmpty
            ? "" : " (also \(MarkdownEscape.text(item.others.joined(separator: ", "))))"
          return "\(index + 1). \(word(item)) \(MarkdownEscape.text(item.answer))\(others)"
        }.joined(separator: "\n") + "\n")
    }
    return out
  }

  /// The word with the character asked about in bold.
  private static func word(_ item: HandoutExercises.Polyphone) -> String {
    Array(item.word).enumerated().map { index, character in
      let text = MarkdownEscape.text(String(character))
      return index == item.index ? "**\(text)**" : text
    }.joined()
  }
}
