import JieduCore
import Testing

@testable import JieduRender

@Suite struct RowLayoutTests {
  private func span(_ start: Int, _ end: Int, note: Int = 1) -> HighlightSpan {
    HighlightSpan(
      start: start, end: end, note: note, kind: .term, rendering: "R", showsNumber: true)
  }

  @Test func rowsCoverTheWholeBlockEvenBetweenSentences() {
    let block = Block(
      id: 0, kind: .paragraph, text: "一二。 三四。",
      sentences: [Sentence(start: 0, end: 3), Sentence(start: 4, end: 7)])
    let rows = BlockRows.rows(of: block, text: ScalarText(block.text))
    #expect(rows.map { [$0.start, $0.end] } == [[0, 4], [4, 7]])
    #expect(rows[0].pieces.map { [$0.start, $0.end] } == [[0, 4]])
  }

  @Test func tokensOutOfRangeBecomePlainText() {
    var bad = Token(text: "x", start: 5, end: 99)
    bad.pinyin = "x"
    let block = Block(
      id: 0, kind: .paragraph, text: "一二三",
      sentences: [Sentence(start: 0, end: 3, tokens: [Token(text: "一二", start: 0, end: 2), bad])])
    let rows = BlockRows.rows(of: block, text: ScalarText(block.text))
    #expect(rows.count == 1)
    #expect(rows[0].pieces.map { [$0.start, $0.end] } == [[0, 2], [2, 3]])
    #expect(rows[0].pieces[1].token == nil)
  }

  @Test func aSpanStartingInsideATokenGrowsToCoverIt() {
    let pieces = [
      TextPiece(start: 0, end: 2), TextPiece(start: 2, end: 4), TextPiece(start: 4, end: 6),
    ]
    let placement = SpanPlacement(pieces: pieces, spans: [span(1, 3)])
    #expect(placement.opens.map { $0 != nil } == [true, false, false])
    #expect(placement.closes.map { $0 != nil } == [false, true, false])
  }

  @Test func adjacentSpansGetTheirOwnMarks() {
    let pieces = [TextPiece(start: 0, end: 2), TextPiece(start: 2, end: 4)]
    let placement = SpanPlacement(
      pieces: pieces, spans: [span(0, 2, note: 1), span(2, 4, note: 2)])
    #expect(placement.opens.map { $0?.note } == [1, 2])
    #expect(placement.closes.map { $0?.note } == [1, 2])
  }

  @Test func aSpanRunningPastTheRowClosesAtItsEnd() {
    let pieces = [TextPiece(start: 0, end: 2), TextPiece(start: 2, end: 4)]
    let placement = SpanPlacement(pieces: pieces, spans: [span(2, 9)])
    #expect(placement.opens.map { $0 != nil } == [false, true])
    #expect(placement.closes.map { $0 != nil } == [false, true])
  }

  @Test func overlappingAnnotationsKeepTheEarlierLongerOne() {
    var builder = SampleDocumentBuilder()
    builder.block(.paragraph, "三会一课 制度 。")
    builder.annotate("abbreviation", "三会一课", in: 0, stage: "abbreviations")
    builder.annotate("term", "一课", in: 0, stage: "glossary")
    builder.annotate("term", "三会一课制度", in: 0, stage: "glossary")
    let catalog = NoteCatalog(builder.document())
    #expect(catalog.notes.map(\.annotation.text) == ["三会一课制度"])
    #expect(catalog.spans[0]?.count == 1)
  }

  @Test func repeatedTermsShareANumberShownOncePerBlock() {
    let catalog = NoteCatalog(SampleDocument.make())
    let marks = catalog.spans[3] ?? []
    #expect(marks.map(\.note) == [3, 4, 1])
    let titleAndLast = (catalog.spans[1] ?? []) + (catalog.spans[6] ?? [])
    #expect(titleAndLast.filter { $0.note == 1 }.map(\.showsNumber) == [true, true])
    #expect(catalog.notes.first { $0.number == 1 }?.occurrences == 3)
  }

  @Test(
    arguments: [
      (["to push (for acceptance of a plan)", "to promote"], "to push"),
      (["CL:個|个[ge4]", "system"], "system"),
      (["variant of 党[dang3]", "party"], "party"),
      (["(bound form)"], nil),
      (
        ["the great and wonderful thing that goes on and on for ever"],
        "the great and wonderful thing…"
      ),
      (["Shanghai municipality, central east China"], "Shanghai municipality"),
      (["of; ~'s (possessive particle)"], "of"),
    ] as [([String], String?)])
  func shortGlossTakesTheFirstUsableSense(_ glosses: [String], _ expected: String?) {
    #expect(WordByWordGloss.shortGloss(glosses) == expected)
  }
}

@Suite struct DocumentLexiconTests {
  @Test func glossesAPhraseFromTheDocumentsWordsAndRenderings() {
    let lexicon = DocumentLexicon(SampleDocument.make())
    #expect(lexicon.gloss("工作覆盖") == "to work · to cover")
    #expect(lexicon.gloss("党建工作") == "Party building · to work")
    #expect(lexicon.renderings["三会一课"] == "three meetings and one lesson")
  }

  @Test func scrapsAreNotAGloss() {
    let lexicon = DocumentLexicon(SampleDocument.make())
    #expect(lexicon.gloss("组织覆盖") == "")
    #expect(lexicon.gloss("支部党员大会") == "")
    #expect(lexicon.gloss("") == "")
  }
}

@Suite struct PinyinDisplayTests {
  @Test(arguments: [
    ("tuī dòng", "tuīdòng"), ("Xī ān", "Xī'ān"), ("qī shí èr", "qīshí'èr"), ("tiān ōu", "tiān'ōu"),
    ("dǎng", "dǎng"), ("", ""), ("A A zhì", "A'Azhì"), ("1 hào", "1 hào"),
  ])
  func syllablesOfAWordAreWrittenTogether(_ pinyin: String, _ expected: String) {
    #expect(PinyinDisplay.word(pinyin) == expected)
  }
}
