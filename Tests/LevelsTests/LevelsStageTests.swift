import Foundation
import JieduCore
import JieduVocabulary
import LevelsStage
import Testing

@Suite struct LevelsStageTests {
  private var fixtures: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  }

  private func levels(_ text: String, words: [String], standard: String) async throws -> [String:
    Int?]
  {
    var options = LevelsStage.Options()
    options.standard = standard
    let context = StageContext(baseDirectory: fixtures, dataDirectory: fixtures)
    let stage = try LevelsStage(options: options, context: context)
    var document = try Ingestion.document(from: Array(text.utf8), name: "test")
    Ingestion.tokenize(&document, with: SimpleSegmenter(words: words))
    try await stage.annotate(&document, context: context)
    #expect(
      document.reports?["levels"]
        == .object([
          "standard": .string(standard),
          "document": .string(HSKStandard(rawValue: standard)!.documentName),
          "level-7": .string(LevelsStage.bandNote),
        ]))
    return Dictionary(
      document.allTokens.map { ($0.token.text, $0.token.level) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func tokensTakeTheirLevelFromTheChosenStandard() async throws {
    let text = "我们抓住机遇，发展一会，新蓝图。"
    let words = ["我们", "机遇", "发展", "一会", "蓝图"]
    let syllabus = try await levels(text, words: words, standard: "2025")
    #expect(syllabus["我们"] == 1)
    #expect(syllabus["发展"] == 3)
    #expect(syllabus["机遇"] == 6)
    #expect(syllabus["一会"] == 2)  // listed as 一会儿
    #expect(syllabus["新"] == 1)  // one character: from the character list
    #expect(syllabus["蓝图"] == .some(nil))  // in no list: no level
    let standard = try await levels(text, words: words, standard: "2021")
    #expect(standard["机遇"] == 4)
  }

  @Test func anUnknownStandardOrMissingListIsAOneLineError() throws {
    var options = LevelsStage.Options()
    options.standard = "2025"
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    #expect(throws: JieduError.self) {
      try LevelsStage(
        options: options, context: StageContext(baseDirectory: empty, dataDirectory: empty))
    }
  }

  @Test func theLevelIsWrittenIntoTheTokenJSON() throws {
    var token = Token(text: "机遇", start: 0, end: 2)
    token.level = 6
    let json = String(decoding: try JSONEncoder().encode(token), as: UTF8.self)
    #expect(json.contains("\"level\":6"))
    token.level = nil
    #expect(token.extra == nil)
  }
}

@Suite struct HSKWordListReadingTests {
  /// Writes a data folder whose 2025 lists hold `words` and `characters` as they are.
  private func dataFolder(words: String, characters: String) throws -> URL {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    let hsk = data.appendingPathComponent("hsk")
    try FileManager.default.createDirectory(at: hsk, withIntermediateDirectories: true)
    try Data(words.utf8).write(to: hsk.appendingPathComponent(HSKStandard.syllabus2025.wordFile))
    try Data(characters.utf8).write(
      to: hsk.appendingPathComponent(HSKStandard.syllabus2025.characterFile))
    return data
  }

  @Test func linesAreSplitAtAnyBreakAndFieldsTrimmedOfSpaces() throws {
    let words =
      "word\tlevel\r\n我们\t1\r\n\u{3000}机遇 \t 6\n发展\t\t3\u{2028}蓝图\t5\n蓝图\t4\n坏行\n\n"
      + "\u{00A0}\t2\n新\u{0B}一会儿\t2"
    let data = try dataFolder(words: words, characters: "char\tlevel\n新\t1\n建 \t4")
    defer { try? FileManager.default.removeItem(at: data) }
    let list = try HSKWordList.load(.syllabus2025, data: data)
    #expect(list.words == ["我们": 1, "机遇": 6, "发展": 3, "蓝图": 4, "一会儿": 2])
    #expect(list.characters == ["新": 1, "建": 4])
    #expect(list.level(of: "一会") == 2)
  }

  @Test func aListWithNoWordsIsAnError() throws {
    let data = try dataFolder(words: "word\tlevel\n", characters: "char\tlevel\n新\t1\n")
    defer { try? FileManager.default.removeItem(at: data) }
    #expect(throws: JieduError.self) { try HSKWordList.load(.syllabus2025, data: data) }
  }
}
