import CoreFoundation
import Foundation
import Testing

/// `pinyin` and `segment` read what `annotate` reads: UTF-16 (with or without a byte-order mark),
/// GB18030 and Big5 as well as UTF-8, a UTF-8 byte-order mark dropped; binary input is a one-line
/// error and invalid UTF-8 a warning, never silent mojibake.
@Suite("pinyin and segment: input encodings, end to end")
struct LineCommandEncodingTests {
  /// The text for an encoding: Big5 writes traditional characters only.
  static func text(_ encoding: String) -> String {
    encoding == "big5" ? "重點調研銀行\n\n行業\n" : "重点调研银行\n\n行业\n"
  }

  static func encoded(_ encoding: String) -> Data {
    let text = text(encoding)
    func cf(_ code: UInt32) -> String.Encoding {
      String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(code)))
    }
    switch encoding {
    case "utf-8-bom": return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    case "utf-16le-bom": return Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    case "utf-16be": return text.data(using: .utf16BigEndian)!
    case "gb18030": return text.data(using: cf(0x0632))!
    case "big5": return text.data(using: cf(0x0A03))!
    default: return Data(text.utf8)
    }
  }

  static let cases: [(String, String)] = ["pinyin", "segment"].flatMap { command in
    ["utf-8-bom", "utf-16le-bom", "utf-16be", "gb18030", "big5"].map { (command, $0) }
  }

  @Test(arguments: cases)
  func readsTheTextAsUTF8Reads(command: String, encoding: String) throws {
    let plain = try CLIRunner.run(
      [command], stdin: Data(LineCommandEncodingTests.text(encoding).utf8))
    let folder = try CLIRunner.temporaryDirectory()
    let file = folder.appendingPathComponent("\(encoding).txt")
    try LineCommandEncodingTests.encoded(encoding).write(to: file)
    let fromFile = try CLIRunner.run([command, file.path])
    let fromStdin = try CLIRunner.run([command], stdin: LineCommandEncodingTests.encoded(encoding))
    for run in [fromFile, fromStdin] {
      #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
      #expect(run.stdoutText == plain.stdoutText)
    }
  }

  @Test(arguments: ["pinyin", "segment"])
  func binaryInputIsOneLineAndNoOutput(command: String) throws {
    let run = try CLIRunner.run(
      [command],
      stdin: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2] + [UInt8](repeating: 0, count: 64)))
    #expect(run.status == 1 && run.stdout.isEmpty)
    #expect(
      run.stderr
        == "jiedu: error: standard input: looks like a binary file, not text; give a UTF-8, UTF-16 or GB18030 text file\n"
    )
  }

  /// A stray byte in UTF-8 text is replaced, the line kept, and one warning names the line.
  @Test(arguments: ["pinyin", "segment"])
  func invalidUTF8IsAWarningNamingTheLine(command: String) throws {
    var input = Data(String(repeating: "重点调研银行的工作。\n", count: 400).utf8)
    input += Data([0xE4, 0xBA]) + Data("行业\n".utf8)  // a cut character on line 401
    let run = try CLIRunner.run([command], stdin: input)
    #expect(run.status == 0)
    let lines = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 402 && lines[400].contains("\u{FFFD}"))
    #expect(
      run.stderr
        == "jiedu: warning: standard input: [input] invalid UTF-8 in line 401; replaced with U+FFFD\n"
    )
  }

  /// A binary file after a good one is refused before the good one's lines are written: the
  /// command's output is all its inputs' or nothing.
  @Test(arguments: ["pinyin", "segment"])
  func aBinaryFileAmongSeveralIsRefusedBeforeAnyOutput(command: String) throws {
    let folder = try CLIRunner.temporaryDirectory()
    let good = folder.appendingPathComponent("good.txt")
    let binary = folder.appendingPathComponent("tool.bin")
    try Data("重点调研银行\n".utf8).write(to: good)
    try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 100_000))
      .write(to: binary)
    let run = try CLIRunner.run([command, good.path, binary.path])
    #expect(run.status == 1 && run.stdout.isEmpty, "\(run.stdoutText)")
    #expect(
      run.stderr
        == "jiedu: error: \(binary.path): looks like a binary file, not text; give a UTF-8, UTF-16 or GB18030 text file\n"
    )
  }

  /// A GB18030 file among several is still read (decided by its head, decoded whole when its
  /// turn comes), after a UTF-8 one.
  @Test func aGB18030FileAfterAUTF8OneIsRead() throws {
    let folder = try CLIRunner.temporaryDirectory()
    let first = folder.appendingPathComponent("a.txt")
    let second = folder.appendingPathComponent("b.txt")
    try Data("行业\n".utf8).write(to: first)
    try LineCommandEncodingTests.encoded("gb18030").write(to: second)
    let run = try CLIRunner.run(["segment", first.path, second.path])
    let plain = try CLIRunner.run(
      ["segment"], stdin: Data(("行业\n" + LineCommandEncodingTests.text("gb18030")).utf8))
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.stdoutText == plain.stdoutText)
  }
}
