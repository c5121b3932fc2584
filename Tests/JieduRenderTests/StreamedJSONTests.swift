import Foundation
import JieduCore
import Testing

@testable import JieduRender

/// The streamed JSON writer against `JSONEncoder`, which wrote the contract before: the same bytes.
@Suite struct StreamedJSONTests {
  private func encoderBytes(_ document: Document) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(document)
    data.append(0x0A)
    return data
  }

  /// The sample document with every awkward thing the writer must print as the encoder did: control
  /// characters, quotes and backslashes, extra fields that sort between and around the own ones,
  /// numbers with fractions, nested objects, reports.
  private func awkward() -> Document {
    var document = SampleDocument.make()
    document.annotations[0].note = "tab\there \"quoted\" back\\slash a/b \u{1}\u{1F}\u{7F} 党建\n"
    document.annotations[0].extra["aardvark"] = .number(0.1)
    document.annotations[0].extra["zz"] = .object(["B": .bool(true), "a": .null, "a10": .number(3)])
    document.annotations[0].extra["Capital"] = .array([.number(1e20), .number(-2), .string("é")])
    document.blocks[3].sentences[0].tokens[0].extra = [
      "traditional": .string("寶山區"), "reading": .string("word"), "a": .number(1.5),
    ]
    document.blocks[3].sentences[0].extra = ["translation": .object(["text": .string("E")])]
    document.diagnostics.append(.warning("a \"message\"", stage: "ingest", block: 2))
    document.diagnostics.append(.warning("no block", stage: "gloss"))
    document.reports = ["translation": .object(["rate": .number(0.875), "terms": .number(8)])]
    return document
  }

  @Test func sampleDocumentBytesEqualJSONEncoder() throws {
    let document = SampleDocument.make()
    #expect(DocumentJSON.encode(document) == (try encoderBytes(document)))
  }

  @Test func awkwardDocumentBytesEqualJSONEncoder() throws {
    let document = awkward()
    let ours = String(decoding: DocumentJSON.encode(document), as: UTF8.self)
    let theirs = String(decoding: try encoderBytes(document), as: UTF8.self)
    #expect(ours == theirs)
  }

  /// Tokens that share one extra-field storage (as the gloss stage's memo makes them), tokens with
  /// equal fields in storage of their own, and one whose shared fields are then changed: each
  /// token's fields are its own in the bytes, as `JSONEncoder` prints them.
  @Test func sharedAndCopiedExtraFieldsEqualJSONEncoder() throws {
    var document = SampleDocument.make()
    let shared: [String: JSONValue] = [
      "reading": .string("word"), "level": .number(3), "aa": .bool(true), "zz": .string("末"),
    ]
    for b in document.blocks.indices {
      for s in document.blocks[b].sentences.indices {
        for t in document.blocks[b].sentences[s].tokens.indices {
          var fields = shared
          if t % 3 == 1 { fields["pinyin"] = .string("shadowed") }  // an own key: left out
          if t % 3 == 2 { fields["level"] = .number(Double(t)) }  // a copy, changed
          document.blocks[b].sentences[s].tokens[t].extra = t % 3 == 0 ? shared : fields
        }
      }
    }
    let ours = String(decoding: DocumentJSON.encode(document), as: UTF8.self)
    let theirs = String(decoding: try encoderBytes(document), as: UTF8.self)
    #expect(ours == theirs)
  }

  /// Tokens written from one remembered template (the same readings' storage) keep their own
  /// text — quotes, backslashes and control characters too — and offsets wherever the extra fields
  /// sort around `end`, `start` and `text`; extra fields named like them are left out. A second
  /// document with the same storage changed, and one written on several threads, get their own
  /// bytes.
  @Test func tokensFromOneTemplateKeepTheirOwnTextAndOffsets() throws {
    var document = SampleDocument.make()
    let shared: [String: JSONValue] = [
      "aa": .bool(true), "end": .number(-1), "level": .number(3), "status": .string("s"),
      "text": .string("shadow"), "start": .string("x"), "zz": .array([.string("末")]),
    ]
    let texts = ["词", "a\"b", "back\\slash", "tab\t\u{1}", "党建工作", ""]
    var k = 0
    for b in document.blocks.indices {
      for s in document.blocks[b].sentences.indices {
        for t in document.blocks[b].sentences[s].tokens.indices {
          document.blocks[b].sentences[s].tokens[t].text = texts[k % texts.count]
          document.blocks[b].sentences[s].tokens[t].start = k * 1_000_003
          document.blocks[b].sentences[s].tokens[t].end = k * 7 - 3
          document.blocks[b].sentences[s].tokens[t].extra = shared
          document.blocks[b].sentences[s].tokens[t].pinyin = "cí"
          document.blocks[b].sentences[s].tokens[t].glosses = ["word", "term"]
          k += 1
        }
      }
    }
    #expect(DocumentJSON.encode(document) == (try encoderBytes(document)))
    var changed = document
    changed.blocks[3].sentences[0].tokens[0].extra?["level"] = .number(9)
    changed.blocks[3].sentences[0].tokens[0].pinyin = "cí lèi"
    #expect(DocumentJSON.encode(changed) == (try encoderBytes(changed)))
    let streamed = ChunkBox()
    DocumentJSON.stream(changed, tokens: .full, threads: 3) { streamed.append($0) }
    #expect(Data(streamed.bytes) == (try encoderBytes(changed)))
  }

  /// An extra field nested past the writer's 64 levels of item bits, arrays and objects mixed.
  @Test(arguments: [3, 63, 64, 65, 130])
  func deeplyNestedExtraFieldsEqualJSONEncoder(depth: Int) throws {
    var value = JSONValue.array([.number(1), .string("x")])
    for level in 0..<depth {
      value =
        level % 2 == 0
        ? .object(["b": value, "a": .number(Double(level))]) : .array([.null, value, .bool(true)])
    }
    var document = SampleDocument.make()
    document.blocks[3].sentences[0].tokens[0].extra = ["deep": value, "reading": .string("word")]
    let ours = String(decoding: DocumentJSON.encode(document), as: UTF8.self)
    let theirs = String(decoding: try encoderBytes(document), as: UTF8.self)
    #expect(ours == theirs)
  }

  @Test(arguments: [1, 7, 4096])
  func streamingInChunksGivesTheSameBytes(_ chunk: Int) throws {
    let document = awkward()
    let collected = ChunkBox()
    var writer = JSONWriter(chunkSize: chunk) { collected.append($0) }
    writer.beginArray()
    for block in document.blocks {
      // The writer hands its buffer on at the end of a container once it holds `chunk` bytes.
      writer.beginArray()
      writer.string(block.text)
      writer.endArray()
    }
    writer.endArray()
    writer.flush()
    if chunk < collected.bytes.count / 2 { #expect(collected.chunks > 1) }
    let streamed = ChunkBox()
    DocumentJSON.stream(document, tokens: .full, chunkSize: chunk) { streamed.append($0) }
    #expect(Data(streamed.bytes) == DocumentJSON.encode(document))
  }

  @Test func jsonLineCarriesTheID() throws {
    let line = DocumentRendering.jsonLine(
      SampleDocument.make(), id: .string("doc-7"), options: RenderOptions())
    let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
    #expect(object["id"] as? String == "doc-7")
    #expect(line.filter { $0 == 0x0A }.count == 1)
  }

  @Test func compactTokensKeepTextOffsetsPinyinAndTheFirstGloss() throws {
    var options = RenderOptions()
    options.tokens = .compact
    var document = SampleDocument.make()
    document.blocks[3].sentences[0].tokens[0].extra = ["reading": .string("word")]
    let data = try DocumentRendering.render(document, as: .json, options: options)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    let token = try #require(
      ((blocks[3]["sentences"] as? [[String: Any]])?.first?["tokens"] as? [[String: Any]])?.first)
    #expect(Set(token.keys) == ["text", "start", "end", "pinyin", "glosses"])
    #expect(token["glosses"] as? [String] == ["Baoshan district"])
    let full = try DocumentRendering.render(document, as: .json, options: RenderOptions())
    #expect(data.count < full.count)
  }

  @Test func noTokensLeavesSentencesWithOffsetsOnly() throws {
    var options = RenderOptions()
    options.tokens = .none
    let data = try DocumentRendering.render(SampleDocument.make(), as: .json, options: options)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    let sentence = try #require((blocks[3]["sentences"] as? [[String: Any]])?.first)
    #expect(sentence["tokens"] == nil)
    #expect(sentence["start"] as? Int == 0)
  }

  @Test func errorLineNamesTheLine() throws {
    let line = DocumentRendering.errorLine(id: .null, line: 3, message: "line 3: bad")
    #expect(
      String(decoding: line, as: UTF8.self)
        == "{\"error\":\"line 3: bad\",\"id\":null,\"jiedu\":\"\(jieduDocumentVersion)\",\"line\":3}\n"
    )
  }
}

/// Bytes a sink received, and in how many chunks.
final class ChunkBox {
  var bytes: [UInt8] = []
  var chunks = 0
  func append(_ chunk: borrowing [UInt8]) {
    bytes.append(contentsOf: copy chunk)
    chunks += 1
  }
}
