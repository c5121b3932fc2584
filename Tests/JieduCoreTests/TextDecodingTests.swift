import Testing

@testable import JieduCore

@Suite("Decoding input bytes")
struct TextDecodingTests {
  @Test(arguments: [
    ("short-gb18030.txt", "gb18030"),
    ("short-utf16le.txt", "utf-16le"),
    ("short-utf16be.txt", "utf-16be"),
    ("short-utf8-bom.txt", "utf-8-bom"),
    ("short-crlf.txt", "utf-8"),
  ])
  func detectsEncoding(_ file: String, _ encoding: String) throws {
    let decoded = try TextDecoding.decode(try FixtureFiles.bytes(file), name: file)
    #expect(decoded.encoding == encoding)
    #expect(decoded.text.contains("推动基层党建与科创强区同频共振"))
    #expect(!decoded.text.hasPrefix("\u{FEFF}"))
    #expect(decoded.diagnostics.isEmpty)
  }

  @Test func invalidUTF8IsReplacedWithAWarning() throws {
    let decoded = try TextDecoding.decode(
      try FixtureFiles.bytes("invalid-utf8.txt"), name: "invalid-utf8.txt")
    #expect(decoded.text.contains("\u{FFFD}"))
    #expect(decoded.text.hasPrefix("党建工作"))
    #expect(decoded.text.contains("科创强区"))
    #expect(decoded.diagnostics.count == 1)
    #expect(decoded.diagnostics.first?.message.contains("invalid UTF-8 at byte 12") == true)
  }

  @Test func aLongUTF8ArticleWithOneDamagedByteStaysUTF8() throws {
    var bytes = try FixtureFiles.seed()
    bytes[200] = 0xFF
    let decoded = try TextDecoding.decode(bytes, name: "seed")
    #expect(decoded.encoding == "utf-8")
    #expect(decoded.text.contains("推动基层党建与科创强区同频共振"))
    #expect(decoded.diagnostics.count == 1)
  }

  @Test func binaryInputIsRefusedWithOneLine() throws {
    #expect {
      try TextDecoding.decode(try FixtureFiles.bytes("binary.bin"), name: "binary.bin")
    } throws: { error in
      let message = (error as? JieduError)?.message ?? ""
      return message.hasPrefix("binary.bin: looks like a binary file") && !message.contains("\n")
    }
  }

  @Test func emptyInputGivesAnEmptyDocumentAndAWarning() throws {
    let document = try Ingestion.document(from: [], name: "empty.txt")
    #expect(document.blocks.isEmpty)
    #expect(
      document.diagnostics.map(\.message) == [
        "empty.txt: no text found (the input is empty or only whitespace)"
      ])
  }

  @Test func gb18030DocumentHasTheSameBlocksAsUTF8() throws {
    let gb = try Ingestion.document(from: try FixtureFiles.bytes("short-gb18030.txt"), name: "a")
    let utf8 = try Ingestion.document(from: try FixtureFiles.bytes("short-crlf.txt"), name: "a")
    #expect(gb.blocks == utf8.blocks)
    #expect(gb.blocks.map(\.kind) == [.kicker, .title, .paragraph])
  }
}

@Suite("SHA-256")
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func knownVectors(_ input: String, _ digest: String) {
    #expect(SHA256Digest.hex(Array(input.utf8)) == digest)
  }

  /// FIPS 180-4's long example: many blocks through the same schedule buffer.
  @Test func aMillionAs() {
    #expect(
      SHA256Digest.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
