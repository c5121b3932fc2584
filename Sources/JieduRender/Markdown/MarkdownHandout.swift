import JieduCore
import JieduVocabulary

/// The handout as Markdown (GFM tables) for notes and wikis: the text with highlighted terms and note
/// numbers, then the key terms, formulas, other notes and vocabulary.
enum MarkdownHandout {
  /// Renders the handout.
  static func render(_ document: Document, options: RenderOptions) -> String {
    let model = HandoutModel(document, options: options)
    var out: [String] = []
    if let kicker = model.kicker { out.append("*\(MarkdownEscape.text(kicker.text))*\n") }
    out.append("# \(MarkdownEscape.text(model.title?.text ?? document.source.name))\n")
    if let english = model.titleEnglish { out.append("**\(MarkdownEscape.text(english))**\n") }
    if let byline = model.byline { out.append("\(MarkdownEscape.text(byline.text))\n") }
    // The file name is the user's: escaped like any text (a blank line or markup in it stays text).
    out.append("Source: \(MarkdownEscape.text(document.source.name))\n")
    for block in model.body {
      let text = paragraph(block, model)
      switch block.kind {
      case .heading: out.append("## \(text)\n")
      case .caption: out.append("*Caption:* \(text)\n")
      case .note: out.append("> \(text)\n")
      default: out.append("\(text)\n")
      }
      if let english = model.translations.translation(ofBlock: block.id) {
        out.append("> *\(MarkdownEscape.text(english))*\n")
      }
    }
    let colours = ToneColours.colours(options)
    /// A word's pinyin cell (already escaped): coloured by tone when tone colours are on.
    func pinyinCell(_ words: [String]) -> String {
      words.map { word in
        colours.map { ToneColours.markdownPinyin(word, colours: $0) }
          ?? MarkdownEscape.text(PinyinDisplay.word(word))
      }.joined(separator: " ")
    }
    let terms = model.catalog.notes(of: .term)
    if !terms.isEmpty {
      out.append("## Key terms\n")
      out.append(
        table(
          ["No.", "Term", "Pinyin", "English", "Note"],
          terms.map { note in
            let a = note.annotation
            return [
              "\(note.number)", a.text, pinyinCell(model.pinyinWords(of: a)), englishCell(a),
              a.note ?? "",
            ]
          }, raw: [2]))
    }
    let formulas = model.catalog.notes(of: .formula)
    if !formulas.isEmpty {
      out.append("## Formulas decoded\n")
      out.append(
        table(
          ["No.", "Formula", "Items", "English", "Defined in the article?"],
          formulas.map { note in
            let a = note.annotation
            return [
              "\(note.number)", a.text, (a.expansion ?? []).joined(separator: "；"),
              englishCell(a),
              HandoutModel.definition(of: a.formulaOrigin),
            ]
          }))
    }
    let others = model.catalog.notes(of: .other)
    if !others.isEmpty {
      out.append("## Other notes\n")
      for note in others {
        let a = note.annotation
        let detail = [a.rendering, a.note].compactMap { $0 }.filter { !$0.isEmpty }.joined(
          separator: " — ")
        out.append(
          "\(note.number). \(MarkdownEscape.text(a.text)) (\(MarkdownEscape.text(a.stage)), "
            + "\(MarkdownEscape.text(a.type.rawValue))): \(MarkdownEscape.text(detail))")
      }
      out.append("")
    }
    if !model.vocabulary.isEmpty {
      out.append("## Vocabulary\n")
      out.append(
        table(
          ["Word", "Pinyin", "English", "HSK", "Count", "First sentence"],
          model.vocabulary.map { entry in
            let window = HandoutModel.sentenceWindow(entry.sentence, around: entry.word)
            let written =
              colours.map {
                ToneColours.markdownWord(entry.word, pinyin: entry.pinyin, colours: $0)
              }
              ?? MarkdownEscape.text(entry.word)
            let word =
              entry.traditional == entry.word
              ? written : "\(written) (\(MarkdownEscape.text(entry.traditional)))"
            return [
              word, pinyinCell([entry.pinyin]),
              MarkdownEscape.text(VocabularyList.english(entry, limit: 3)),
              entry.level.map(HSKLevelLabel.short) ?? "—", "\(entry.count)",
              MarkdownEscape.text(window.before)
                + (window.word.isEmpty ? "" : "**\(MarkdownEscape.text(window.word))**")
                + MarkdownEscape.text(window.after),
            ]
          }, raw: [0, 1, 2, 5]))
    }
    if !model.names.isEmpty {
      out.append("## Names\n")
      out.append(
        table(
          ["Name", "Pinyin", "English", "Kind"],
          model.names.map { entry in
            [
              entry.word, pinyinCell([entry.pinyin]),
              entry.glosses.prefix(2).joined(separator: "; "), entry.name ?? "",
            ]
          }, raw: [1]))
    }
    if model.showsDictionaryGlosses { out.append("---\n\n\(credit)") }
    out.append(contentsOf: MarkdownExercises.render(model))
    return out.joined(separator: "\n") + "\n"
  }

  /// The CC-CEDICT attribution line.
  static let credit =
    "Dictionary glosses from CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict), "
    + "licensed CC BY-SA 4.0."

  private static func paragraph(_ block: Block, _ model: HandoutModel) -> String {
    let text = ScalarText(block.text)
    var out = ""
    for row in BlockRows.rows(of: block, text: text) {
      let placement = SpanPlacement(pieces: row.pieces, spans: model.spans(of: block))
      for (index, piece) in row.pieces.enumerated() {
        if placement.opens[index] != nil { out += "**" }
        out += MarkdownEscape.text(text.slice(piece.start, piece.end))
        if let span = placement.closes[index] {
          out += "**"
          if span.showsNumber { out += MarkdownEscape.superscript(span.note) }
        }
      }
    }
    return out
  }

  /// The English of a term or formula, with "(descriptive: our rendering)" when it is not an
  /// official or established one.
  private static func englishCell(_ a: Annotation) -> String {
    let english = a.rendering ?? ""
    guard a.isDescriptiveRendering, !english.isEmpty else { return english }
    return english + " (descriptive: our rendering)"
  }

  /// A table; the cells of the `raw` columns are already escaped Markdown.
  private static func table(_ header: [String], _ rows: [[String]], raw: Set<Int> = []) -> String {
    var lines = [
      "| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined(),
    ]
    for row in rows {
      let cells = row.enumerated().map {
        raw.contains($0.offset) ? $0.element : MarkdownEscape.text($0.element)
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
