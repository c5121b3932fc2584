import Foundation
import GRDB
import JieduCore
import JieduVocabulary
import ZIPFoundation

/// One note of the deck: the field values, in `AnkiNoteType.fields` order.
struct AnkiNote: Equatable {
  /// The field values (HTML).
  var fields: [String]
  /// A stable id for the note across exports of the same article (Anki's `guid`).
  var guid: String
}

/// The vocabulary and the key terms as an Anki package (`.apkg`): a zip holding
/// `collection.anki2` (the SQLite collection, schema 11, which every Anki since 2.1 imports) and
/// an empty `media` map.
///
/// Each note has the word, pinyin, English, HSK level, the sentence with the word in bold, the
/// sentence with the word blanked out, its translation, the source article, and for a key term the
/// glossary's rendering and note. Two cards per note: the word in context, and the blanked sentence.
enum AnkiPackage {
  /// The package's bytes.
  static func render(_ document: Document, options: RenderOptions) throws -> Data {
    let notes = self.notes(document, options: options)
    guard !notes.isEmpty else {
      throw JieduError("no vocabulary or key terms to put in an Anki deck")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-apkg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("collection.anki2")
    let deckName = "Jiedu::" + deckTitle(document)
    try AnkiCollection.write(notes, deckName: deckName, to: database)
    let media = folder.appendingPathComponent("media")
    try Data("{}".utf8).write(to: media)
    let zip = folder.appendingPathComponent("deck.apkg")
    do {
      let archive = try Archive(url: zip, accessMode: .create)
      try archive.addEntry(
        with: "collection.anki2", relativeTo: folder, compressionMethod: .deflate)
      try archive.addEntry(with: "media", relativeTo: folder, compressionMethod: .deflate)
    } catch {
      throw JieduError("could not write the Anki package: \(error)")
    }
    return try Data(contentsOf: zip)
  }

  /// The deck's name: the article's title, else its file name.
  static func deckTitle(_ document: Document) -> String {
    let title = document.firstBlock(of: .title)?.text ?? document.source.name
    let clean = title.replacingOccurrences(of: "::", with: ":")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return String(clean.prefix(60))
  }

  /// The notes: key terms first (with their glossary rendering), then the vocabulary.
  static func notes(_ document: Document, options: RenderOptions) -> [AnkiNote] {
    let source = HTMLEscape.text(deckTitle(document))
    var notes: [AnkiNote] = []
    var seen = Set<String>()
    let catalog = NoteCatalog(document)
    for note in catalog.notes(of: .term) + catalog.notes(of: .formula) {
      let a = note.annotation
      guard seen.insert(a.text).inserted else { continue }
      let block = document.blocks.first { $0.id == a.block }
      let sentence =
        block.flatMap { b in
          b.sentences.first { $0.start <= a.start && $0.end >= a.end }.map {
            ScalarText(b.text).slice($0.start, $0.end)
          }
        } ?? ""
      let pinyin =
        block.map { b in
          b.sentences.flatMap(\.tokens).filter { $0.start < a.end && $0.end > a.start }
            .compactMap(\.pinyin).map(PinyinDisplay.word).joined(separator: " ")
        } ?? ""
      var glossary = HTMLEscape.text(a.rendering ?? "")
      if let expansion = a.expansion, !expansion.isEmpty {
        glossary += " — " + expansion.map(HTMLEscape.text).joined(separator: "; ")
      }
      if let extra = a.note, !extra.isEmpty { glossary += "<br>" + HTMLEscape.text(extra) }
      notes.append(
        makeNote(
          word: a.text, pinyin: a.pinyin.map(PinyinDisplay.word) ?? pinyin,
          english: a.rendering ?? "", level: "", sentence: sentence, sentenceEnglish: "",
          source: source, glossary: glossary, document: document))
    }
    for entry in VocabularyList.build(document, options: options)
    where seen.insert(entry.word).inserted {
      notes.append(
        makeNote(
          word: entry.word, pinyin: PinyinDisplay.word(entry.pinyin),
          english: entry.glosses.prefix(3).joined(separator: "; "),
          level: entry.level.map(HSKLevelLabel.label) ?? "", sentence: entry.sentence,
          sentenceEnglish: entry.sentenceEnglish, source: source, glossary: "", document: document))
    }
    return notes
  }

  private static func makeNote(
    word: String, pinyin: String, english: String, level: String, sentence: String,
    sentenceEnglish: String, source: String, glossary: String, document: Document
  ) -> AnkiNote {
    let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
    let escapedWord = HTMLEscape.text(word)
    let escapedSentence = HTMLEscape.text(trimmed)
    let bold = escapedSentence.replacingOccurrences(of: escapedWord, with: "<b>\(escapedWord)</b>")
    let blank = String(repeating: "＿", count: max(2, word.count))
    let cloze = escapedSentence.replacingOccurrences(of: escapedWord, with: "<b>\(blank)</b>")
    return AnkiNote(
      fields: [
        escapedWord, HTMLEscape.text(pinyin), HTMLEscape.text(english), HTMLEscape.text(level),
        bold, cloze, HTMLEscape.text(sentenceEnglish), source, glossary,
      ],
      guid: AnkiCollection.guid(word + "\u{1F}" + document.source.sha256))
  }
}
