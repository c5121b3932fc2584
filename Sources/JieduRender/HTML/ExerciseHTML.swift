/// The exercises and their answer key as template values (`hasExercises`, `clozes`, `matchFormulas`,
/// `matchLists`, `polyphones` and the answer lists); plain text except the keys ending in `HTML`.
enum ExerciseHTML {
  /// The template values; only `hasExercises: false` when the exercises are off or empty.
  static func context(_ model: HandoutModel) -> [String: Any] {
    guard model.options.exercises else { return ["hasExercises": false] }
    let exercises = HandoutExercises(model)
    guard !exercises.isEmpty else { return ["hasExercises": false] }
    return [
      "hasExercises": true,
      "hasClozes": !exercises.clozes.isEmpty,
      "clozes": exercises.clozes.enumerated().map { index, cloze -> [String: Any] in
        [
          "number": index + 1, "before": cloze.before, "blank": cloze.blank,
          "after": cloze.after, "hint": cloze.hint, "answer": cloze.answer,
          "answerPinyin": cloze.answerPinyin,
        ]
      },
      "hasMatching": !exercises.formulas.isEmpty,
      "matchFormulas": exercises.formulas.enumerated().map { index, formula -> [String: Any] in
        ["number": index + 1, "formula": formula.formula, "letter": formula.letter]
      },
      "matchLists": exercises.itemLists.enumerated().map { index, items -> [String: Any] in
        ["letter": HandoutExercises.letter(index), "items": items.joined(separator: "；")]
      },
      "hasPolyphones": !exercises.polyphones.isEmpty,
      "polyphones": exercises.polyphones.enumerated().map { index, item -> [String: Any] in
        [
          "number": index + 1, "wordHTML": wordHTML(item), "answer": item.answer,
          "otherReadings": item.others.joined(separator: ", "),
          "hasOtherReadings": !item.others.isEmpty,
          "word": item.word,
        ]
      },
    ]
  }

  /// The word with the character asked about underlined and bold.
  static func wordHTML(_ item: HandoutExercises.Polyphone) -> String {
    Array(item.word).enumerated().map { index, character in
      let text = HTMLEscape.text(String(character))
      return index == item.index ? "<b class=\"ask\">\(text)</b>" : text
    }.joined()
  }
}
