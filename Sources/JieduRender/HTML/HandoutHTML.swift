import Foundation
import JieduCore
import JieduVocabulary
import Mustache

/// The HTML handout: the model turned into the Mustache context and rendered through the template.
///
/// Values the template shows with `{{name}}` are plain text (Mustache escapes them); values whose
/// name ends in `HTML` are fragments built here from escaped text, for `{{{name}}}`.
enum HandoutHTML {
  /// Renders the handout.
  static func render(_ document: Document, options: RenderOptions) throws -> String {
    let template = try HandoutTemplate.load(options.templateURL)
    let model = HandoutModel(document, options: options)
    return template.render(context(model))
  }

  /// The context the template sees.
  static func context(_ model: HandoutModel) -> [String: Any] {
    let aboveLevel = model.options.pinyinOver == .aboveLevel
    let rows = RowHTML(
      knownWords: model.options.knownWords,
      knownLevel: aboveLevel ? model.options.knownLevel : nil,
      isWord: model.options.isDictionaryWord)
    let terms = model.catalog.notes(of: .term)
    let formulas = model.catalog.notes(of: .formula)
    let others = model.catalog.notes(of: .other)
    var context: [String: Any] = [
      "lang": "zh-Hans",
      "titleText": model.title?.text ?? model.document.source.name,
      "titleHTML": model.title.map { headerHTML($0, model, rows) }
        ?? HTMLEscape.text(model.document.source.name),
      "sourceName": model.document.source.name,
      "sourceSHA": String(model.document.source.sha256.prefix(12)),
      "version": jieduDocumentVersion,
      "pinyinAll": model.options.pinyinOver == .all,
      "pinyinUnknown": model.options.pinyinOver == .unknown || aboveLevel,
      "pinyinNone": model.options.pinyinOver == .none,
      "bodyHTML": model.body.map { blockHTML($0, model, rows) }.joined(separator: "\n"),
      "hasTerms": !terms.isEmpty,
      "terms": terms.map { termRow($0, model) },
      "hasFormulas": !formulas.isEmpty,
      "formulas": formulas.map { formulaRow($0, model) },
      "hasUnresolved": formulas.contains { $0.annotation.formulaOrigin == .unresolved },
      "unresolved": formulas.filter { $0.annotation.formulaOrigin == .unresolved }.map {
        ["text": $0.annotation.text]
      },
      "hasOthers": !others.isEmpty,
      "others": others.map(otherRow),
      "hasVocabulary": !model.vocabulary.isEmpty,
      "vocabularyCount": model.vocabulary.count,
      "vocabulary": model.vocabulary.map(vocabularyRow),
      "hasNames": !model.names.isEmpty,
      "names": model.names.map(vocabularyRow),
      "readerLevel": model.options.readerLevel.map(HSKLevelLabel.label) ?? "",
      "hasReaderLevel": model.options.readerLevel != nil,
      "knownLevel": HSKLevelLabel.label(model.options.knownLevel),
      "compact": model.options.layout == .compact,
      "wordByWordNote": model.options.layout == .compact && model.translations.isEmpty,
      "toneScheme": model.options.toneScheme ?? "",
      "knownWordsCount": model.options.knownWords.count,
      "hasKnownWords": !model.options.knownWords.isEmpty,
      "credits": model.showsDictionaryGlosses,
    ]
    let custom =
      model.options.toneCustom.count == 5
      ? model.options.toneCustom : ["#e30000", "#02b31c", "#1510f0", "#8900bf", "#777777"]
    for (index, colour) in custom.enumerated() { context["toneCustom\(index + 1)"] = colour }
    context.merge(ExerciseHTML.context(model)) { _, new in new }
    if case .object(let report)? = model.document.reports?["levels"],
      let name = report["document"]?.stringValue
    {
      context["levelStandard"] = name
    }
    if let kicker = model.kicker { context["kicker"] = kicker.text }
    if let byline = model.byline { context["byline"] = byline.text }
    if let english = model.titleEnglish {
      context["titleEnglish"] = english
    } else if let title = model.title {
      let glossed = titleGloss(title, model, rows)
      if !glossed.isEmpty { context["titleGlossHTML"] = glossed }
    }
    return context
  }

  private static func headerHTML(_ block: Block, _ model: HandoutModel, _ rows: RowHTML) -> String {
    let text = ScalarText(block.text)
    return BlockRows.rows(of: block, text: text).map { row in
      rows.chinese(
        row, placement: SpanPlacement(pieces: row.pieces, spans: model.spans(of: block)), text: text
      )
    }.joined()
  }

  private static func titleGloss(_ block: Block, _ model: HandoutModel, _ rows: RowHTML) -> String {
    let text = ScalarText(block.text)
    let items = BlockRows.rows(of: block, text: text).flatMap { row in
      WordByWordGloss.items(
        row: row, placement: SpanPlacement(pieces: row.pieces, spans: model.spans(of: block)))
    }
    return rows.english(items)
  }

  private static func blockHTML(_ block: Block, _ model: HandoutModel, _ rows: RowHTML) -> String {
    let text = ScalarText(block.text)
    var html = "<section class=\"blk \(block.kind.rawValue)\" id=\"b\(block.id)\">"
    if block.kind == .caption { html += "<div class=\"label\">Caption</div>" }
    if block.kind == .note { html += "<div class=\"label\">Editor’s note</div>" }
    if model.options.layout == .compact {
      return html + compactBlock(block, text, model, rows) + "</section>"
    }
    var window = RowSpans(model.spans(of: block))
    for row in BlockRows.rows(of: block, text: text) {
      // Only the spans that reach into this row: placing all of the block's spans for each row made
      // a long block quadratic.
      let rowSpans = window.spans(from: row.start, to: row.end)
      let placement = SpanPlacement(pieces: row.pieces, spans: rowSpans)
      let english: String
      if let translation = model.translations.row(block: block.id, row: row) {
        let items = WordByWordGloss.items(row: row, placement: placement)
        let spans = rowSpans.filter { $0.start >= row.start && $0.start < row.end }
        english = TranslationHTML.cell(
          translation, spans: spans, wordByWord: rows.english(items),
          wordByWordText: items.map(\.text).joined(separator: " · "))
      } else if model.translations.isCovered(block: block.id, row: row) {
        english = ""
      } else {
        english = rows.english(
          WordByWordGloss.items(row: row, placement: placement, skip: model.isLeftOutOfEnglishLine))
      }
      html += "\n<div class=\"row\"><div class=\"zh\" lang=\"zh-Hans\">"
      html += rows.chinese(row, placement: placement, text: text)
      html += "</div><div class=\"en\" lang=\"en\">\(english)</div></div>"
    }
    return html + "</section>"
  }

  /// The compact layout: the block's Chinese in one paragraph, its translation under it. A block
  /// no stage translated gets the word-by-word line instead (the words above the reader's level
  /// glossed one by one), marked as such, so the default pipeline's compact handout has English too.
  private static func compactBlock(
    _ block: Block, _ text: ScalarText, _ model: HandoutModel, _ rows: RowHTML
  ) -> String {
    var chinese = ""
    var english: [String] = []
    var window = RowSpans(model.spans(of: block))
    var glossed: [GlossItem] = []
    for row in BlockRows.rows(of: block, text: text) {
      let rowSpans = window.spans(from: row.start, to: row.end)
      let placement = SpanPlacement(pieces: row.pieces, spans: rowSpans)
      chinese += rows.chinese(row, placement: placement, text: text)
      if let translation = model.translations.row(block: block.id, row: row) {
        let spans = rowSpans.filter { $0.start >= row.start && $0.start < row.end }
        english.append(
          TranslationHTML.cell(translation, spans: spans, wordByWord: "", wordByWordText: ""))
      } else if !model.translations.isCovered(block: block.id, row: row) {
        glossed += WordByWordGloss.items(
          row: row, placement: placement, skip: model.isLeftOutOfEnglishLine)
      }
    }
    var html = "\n<div class=\"row\"><div class=\"zh\" lang=\"zh-Hans\">\(chinese)</div>"
    if !english.isEmpty {
      html += "<div class=\"en\" lang=\"en\">\(english.joined(separator: " "))</div>"
    } else if glossed.contains(where: { $0.style != .punctuation && $0.style != .opening }) {
      html += "<div class=\"en wbw\" lang=\"en\">\(rows.english(glossed))</div>"
    }
    return html + "</div>"
  }

  private static func termRow(_ note: HandoutNote, _ model: HandoutModel) -> [String: Any] {
    let a = note.annotation
    var row: [String: Any] = [
      "number": note.number, "term": a.text, "pinyin": model.pinyin(of: a),
      "english": a.rendering ?? "", "count": note.occurrences,
    ]
    row["category"] = nonEmpty(a.category)
    row["note"] = nonEmpty(a.note)
    row["source"] = nonEmpty(a.source)
    row["descriptive"] = a.isDescriptiveRendering && !(a.rendering ?? "").isEmpty
    return row
  }

  private static func formulaRow(_ note: HandoutNote, _ model: HandoutModel) -> [String: Any] {
    let a = note.annotation
    let unresolved = a.formulaOrigin == .unresolved
    var row: [String: Any] = [
      "number": note.number, "formula": a.text, "pinyin": model.pinyin(of: a),
      "items": (a.expansion ?? []).enumerated().map { index, item -> [String: Any] in
        let listed = a.expansionEn.flatMap { index < $0.count ? $0[index] : nil }
        let english = listed ?? model.lexicon.gloss(item)
        return english.isEmpty ? ["item": item] : ["item": item, "itemEnglish": english]
      },
      "hasItems": !(a.expansion ?? []).isEmpty,
      "defined": HandoutModel.definition(of: a.formulaOrigin),
      "definedInArticle": a.formulaOrigin == .document, "unresolved": unresolved,
    ]
    row["english"] = nonEmpty(a.rendering)
    row["note"] = nonEmpty(a.note)
    row["source"] = nonEmpty(a.source)
    row["descriptive"] = a.isDescriptiveRendering && !(a.rendering ?? "").isEmpty
    return row
  }

  private static func otherRow(_ note: HandoutNote) -> [String: Any] {
    let a = note.annotation
    var row: [String: Any] = [
      "number": note.number, "text": a.text, "stage": a.stage, "type": a.type,
      "rendering": a.rendering ?? "",
    ]
    row["note"] = nonEmpty(a.note)
    return row
  }

  /// The text, or nil when it is missing or empty (an empty string would still open a Mustache section).
  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }

  /// Up to two senses, cut at a word boundary near 44 characters so a row stays one line.
  static func shortEnglish(_ glosses: [String], limit: Int = 44) -> String {
    var text = ""
    for gloss in glosses.prefix(2) {
      let next = text.isEmpty ? gloss : text + "; " + gloss
      if next.count > limit && !text.isEmpty { break }
      text = next
    }
    guard text.count > limit else { return text }
    let cut = text.prefix(limit)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
  }

  private static func vocabularyRow(_ entry: VocabularyEntry) -> [String: Any] {
    let window = HandoutModel.sentenceWindow(entry.sentence, around: entry.word, radius: 10)
    var row: [String: Any] = [
      "word": entry.word, "pinyin": PinyinDisplay.word(entry.pinyin),
      "english": entry.glosses.isEmpty ? "—" : shortEnglish(entry.glosses),
      "count": entry.count, "sentence": entry.sentence,
      "level": entry.level.map(HSKLevelLabel.short) ?? "—",
      "kind": entry.name ?? "",
      "sentenceHTML": HTMLEscape.text(window.before)
        + (window.word.isEmpty ? "" : "<b>\(HTMLEscape.text(window.word))</b>")
        + HTMLEscape.text(window.after),
    ]
    if entry.traditional != entry.word { row["traditional"] = entry.traditional }
    return row
  }
}
