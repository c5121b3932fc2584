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
