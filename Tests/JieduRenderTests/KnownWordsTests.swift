import Foundation
import JieduCore
import Testing

@testable import JieduRender

@Suite struct KnownWordsTests {
  @Test func parsesAWordPerLineWithCommentsBOMAndExtraColumns() {
    let text =
      "\u{FEFF}# my words\n党建\r\n  坚持  \n\n发展\tfā zhǎn\tdevelopment\n工作 # known since 2020\n"
    #expect(KnownWords.parse(text) == ["党建", "坚持", "发展", "工作"])
  }

  @Test func loadsAFile() throws {
    let folder = try Rendered.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("known.txt")
    try "的\n了\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(try KnownWords.load(file) == ["的", "了"])
  }

  @Test func aMissingFileIsAnErrorNamingIt() {
    let url = URL(fileURLWithPath: "/nonexistent/known-words.txt")
    #expect(throws: JieduError("known-words file '/nonexistent/known-words.txt': no such file")) {
      try KnownWords.load(url)
    }
  }

  @Test func aFileThatIsNotUTF8IsAnErrorNamingIt() throws {
    let folder = try Rendered.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("gbk.txt")
    try Data([0xB5, 0xB3, 0xBD, 0xA8, 0xFF]).write(to: file)
    #expect(throws: JieduError("known-words file '\(file.path)': not UTF-8 text")) {
      try KnownWords.load(file)
    }
  }
}

/// Known-word lists exported from flashcard programs.
@Suite struct KnownWordExportTests {
  @Test func ankiNotesInPlainTextWithHeadersAndHTML() {
    let text =
      "#separator:tab\n#html:true\n#columns:Front\tBack\n<b>学习</b>\txué xí study\n发展\tfā zhǎn\n"
    #expect(KnownWords.parse(text) == ["学习", "发展"])
  }

  @Test func plecoTextExportWithTraditionalInBrackets() {
    let text = "机遇[機遇]\tji1yu4\topportunity\n凝聚\tning2ju4\tto condense\n"
    #expect(KnownWords.parse(text) == ["机遇", "凝聚"])
  }

  @Test func lingqCSVWithAHeaderRowAndQuotedFields() {
    let text = "term,hint,status\n\"崭新\",\"brand new, \"\"shiny\"\"\",2\n辐射,radiation,3\n"
    #expect(KnownWords.parse(text) == ["崭新", "辐射"])
  }

  @Test func theWordCanBeInAnotherColumn() {
    let text = "Meaning\tWord\nopportunity\t机遇\n"
    #expect(KnownWords.parse(text, column: 2) == ["机遇"])
  }

  @Test func aFirstLineWithAHanWordIsNotAHeader() {
    #expect(KnownWords.parse("机遇,opportunity\n凝聚,to condense\n") == ["机遇", "凝聚"])
  }
}
