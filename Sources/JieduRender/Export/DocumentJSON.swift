import Foundation
import JieduCore

/// The annotated document as the JSON contract: sorted keys, UTF-8 (no `\u` escapes), unescaped
/// slashes, no `null` fields — the bytes `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// printed, written straight into a buffer (or a sink, in chunks) instead of through an encoded tree
/// of the whole document.
enum DocumentJSON {
  /// Encodes the document on one line, ending with a newline. `id` (a JSONL input line's id) is
  /// added as a top-level field when given.
  static func encode(
    _ document: Document, tokens: TokenDetail = .full, id: JSONValue? = nil
  ) -> Data {
    var writer = JSONWriter(reserving: estimatedSize(document, tokens: tokens))
    write(document, tokens: tokens, id: id, into: &writer)
    return Data(writer.buffer)
  }

  /// Writes the document and a newline to `sink` in chunks of about a megabyte; with `threads`
  /// above 1, a long document's blocks are encoded that many groups at a time (the same bytes).
  static func stream(
    _ document: Document, tokens: TokenDetail = .full, id: JSONValue? = nil,
    chunkSize: Int = 1 << 20, threads: Int = 1, to sink: @escaping (borrowing [UInt8]) -> Void
  ) {
    // A small document (a batch's article) gets a buffer its size, not a chunk's.
    let room = min(estimatedSize(document, tokens: tokens), chunkSize + 4096)
    var writer = JSONWriter(chunkSize: chunkSize, reserving: room, sink: sink)
    write(document, tokens: tokens, id: id, threads: threads, into: &writer)
    writer.flush()
  }

  /// A first guess at the size (about 75 bytes of JSON per character with full tokens), so the
  /// buffer grows rarely.
  private static func estimatedSize(_ document: Document, tokens: TokenDetail) -> Int {
    let characters = document.blocks.reduce(0) { $0 + $1.text.utf8.count / 3 }
    let perCharacter = tokens == .full ? 80 : tokens == .compact ? 40 : 4
    return min(characters * perCharacter + 4096, 1 << 30)
  }

  private static func write(
    _ document: Document, tokens: TokenDetail, id: JSONValue?, threads: Int = 1,
    into w: inout JSONWriter
  ) {
    w.beginObject()
    w.key("annotations")
    w.beginArray()
    for annotation in document.annotations { write(annotation, into: &w) }
    w.endArray()
    w.key("blocks")
    w.beginArray()
    if threads > 1 {
      writeBlocks(document.blocks, tokens: tokens, threads: threads, into: &w)
    } else {
      encodings.with(make: TokenEncodings.init) { encodings in
        for block in document.blocks {
          write(block, tokens: tokens, encodings: &encodings, into: &w)
        }
      }
    }
    w.endArray()
    w.key("diagnostics")
    w.beginArray()
    for diagnostic in document.diagnostics { write(diagnostic, into: &w) }
    w.endArray()
    if let id {
      w.key("id")
      w.value(id)
    }
    w.key("jiedu")
    w.string(document.jiedu)
    if let reports = document.reports {
      w.key("reports")
      w.value(.object(reports))
    }
    w.key("source")
    w.beginObject()
    w.key("bytes")
    w.int(document.source.bytes)
    w.key("encoding")
    w.string(document.source.encoding)
    w.key("name")
    w.string(document.source.name)
    w.key("sha256")
    w.string(document.source.sha256)
    w.endObject()
    w.endObject()
    w.newline()
  }

  /// Characters of block text encoded as one group (about a megabyte of JSON with full tokens).
  private static let groupCharacters = 12_000

  /// Most characters of one block encoded into a buffer of its own (about 30 MB of JSON with full
  /// tokens); a longer block is streamed by one thread.
  static let streamedCharacters = 400_000

  /// A block's characters as the grouping counts them (Han text is three bytes a character).
  private static func characterCount(_ block: Block) -> Int { block.text.utf8.count / 3 + 1 }

  /// The blocks, encoded `threads` groups at a time, each group into a buffer of its own, the
  /// buffers written in order: the bytes of the one-thread loop, in a bounded amount of memory.
  private static func writeBlocks(
    _ blocks: [Block], tokens: TokenDetail, threads: Int, into w: inout JSONWriter
  ) {
    var groups: [Range<Int>] = []
    var start = 0
    var characters = 0
    for (index, block) in blocks.enumerated() {
      characters += characterCount(block)
      if characters >= groupCharacters {
        groups.append(start..<(index + 1))
        start = index + 1
        characters = 0
      }
    }
    if start < blocks.count { groups.append(start..<blocks.count) }
    var next = 0
    while next < groups.count {
      // A group past `streamedCharacters` (one long block: a 30 MB line without punctuation) is
      // written straight through the document's writer, in chunks: in a buffer of its own it was
      // the whole block's JSON at once (about 1 GB, twice that while the buffer grew).
      if groups[next].count == 1,
        characterCount(blocks[groups[next].lowerBound]) > streamedCharacters
      {
        encodings.with(make: TokenEncodings.init) { encodings in
          write(blocks[groups[next].lowerBound], tokens: tokens, encodings: &encodings, into: &w)
        }
        next += 1
        continue
      }
      var end = next
      while end < min(next + threads, groups.count),
        groups[end].count > 1
          || characterCount(blocks[groups[end].lowerBound]) <= streamedCharacters
      {
        end += 1
      }
      let wave = Array(groups[next..<end])
      let buffers = ThreadSlots<[UInt8]>(count: wave.count, initial: [])
      DispatchQueue.concurrentPerform(iterations: wave.count) { k in
        var part = JSONWriter(reserving: 1 << 20)
        encodings.with(make: TokenEncodings.init) { encodings in
          for block in blocks[wave[k]] {
            write(block, tokens: tokens, encodings: &encodings, into: &part)
          }
        }
        buffers.store(part.buffer, at: k)
      }
      for k in wave.indices { w.items(buffers.value(at: k)) }
      next += wave.count
    }
  }

  /// Token templates lent to one writer at a time: a batch's documents (and a long one's groups)
  /// start from the words earlier ones wrote.
  private static let encodings = MemoPool<TokenEncodings>()

  private static func write(
    _ block: Block, tokens: TokenDetail, encodings: inout TokenEncodings, into w: inout JSONWriter
  ) {
    w.beginObject()
    w.key("id")
    w.int(block.id)
    w.key("kind")
    w.string(block.kind.rawValue)
    w.key("sentences")
    w.beginArray()
    for sentence in block.sentences {
      write(sentence, tokens: tokens, encodings: &encodings, into: &w)
    }
    w.endArray()
    w.key("text")
    w.string(block.text)
    w.endObject()
  }

  private static let sentenceKeys: [StaticString] = ["end", "start", "tokens"]

  private static func write(
    _ sentence: Sentence, tokens: TokenDetail, encodings: inout TokenEncodings,
    into w: inout JSONWriter
  ) {
    w.beginObject()
    merged(sentenceKeys, extra: sentence.extra, into: &w) { w, index in
      switch index {
      case 0:
        w.key("end")
        w.int(sentence.end)
      case 1:
        w.key("start")
        w.int(sentence.start)
      default:
        guard tokens != .none else { return }
        w.key("tokens")
        w.beginArray()
        // Through the buffer: `sentence.tokens[t]` copied each token (four retains) to write it.
        sentence.tokens.withUnsafeBufferPointer { all in
          guard tokens == .full else {
            for t in all.indices { write(all[t], detail: tokens, into: &w) }
            return
          }
          // Full tokens from their readings' templates: a recurring word's fields are encoded once.
          for t in all.indices {
            encodings.write(
              TokenEncodings.Key(all[t]), end: all[t].end, start: all[t].start, text: all[t].text,
              into: &w, token: { all[t] }
            ) { blank, scratch in
              write(blank, detail: .full, into: &scratch)
            }
          }
        }
        w.endArray()
      }
    }
    w.endObject()
  }

  private static let tokenKeys: [StaticString] = ["end", "glosses", "pinyin", "start", "text"]

  /// Writes a token's object and returns where its `end`, `start` and `text` values begin in the
  /// writer's buffer (a template's holes).
  @discardableResult
  private static func write(
    _ token: Token, detail: TokenDetail, into w: inout JSONWriter
  ) -> (end: Int, start: Int, text: Int) {
    var holes = (end: 0, start: 0, text: 0)
    w.beginObject()
    merged(tokenKeys, extra: detail == .full ? token.extra : nil, into: &w) { w, index in
      switch index {
      case 0:
        w.key("end")
        holes.end = w.buffer.count
        w.int(token.end)
      case 1:
        guard let glosses = token.glosses else { return }
        w.key("glosses")
        if detail == .full {
          w.strings(glosses)
        } else {
          w.strings(Array(glosses.prefix(1)))
        }
      case 2:
        guard let pinyin = token.pinyin else { return }
        w.key("pinyin")
        w.string(pinyin)
      case 3:
        w.key("start")
        holes.start = w.buffer.count
        w.int(token.start)
      default:
        w.key("text")
        holes.text = w.buffer.count
        w.string(token.text)
      }
    }
    w.endObject()
    return holes
  }

  private static let annotationKeys: [StaticString] = [
    "block", "category", "end", "note", "pinyin", "rendering", "source", "stage", "start", "text",
    "type",
  ]

  private static func write(_ a: Annotation, into w: inout JSONWriter) {
    w.beginObject()
    merged(annotationKeys, extra: a.extra, into: &w) { w, index in
      func optional(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        w.key(key)
        w.string(value)
      }
      switch index {
      case 0:
        w.key("block")
        w.int(a.block)
      case 1: optional("category", a.category)
      case 2:
        w.key("end")
        w.int(a.end)
      case 3: optional("note", a.note)
      case 4: optional("pinyin", a.pinyin)
      case 5: optional("rendering", a.rendering)
      case 6: optional("source", a.source)
      case 7:
        w.key("stage")
        w.string(a.stage)
      case 8:
        w.key("start")
        w.int(a.start)
      case 9:
        w.key("text")
        w.string(a.text)
      default:
        w.key("type")
        w.string(a.type.rawValue)
      }
    }
    w.endObject()
  }

  private static func write(_ d: Diagnostic, into w: inout JSONWriter) {
    w.beginObject()
    if let block = d.block {
      w.key("block")
      w.int(block)
    }
    w.key("level")
    w.string(d.level.rawValue)
    w.key("message")
    w.string(d.message)
    w.key("stage")
    w.string(d.stage)
    w.endObject()
  }

  private static let names: [[String]] = [sentenceKeys, tokenKeys, annotationKeys].map {
    $0.map(\.description)
  }

  private static func ownNames(_ own: [StaticString]) -> [String] {
    own.count == sentenceKeys.count ? names[0] : own.count == tokenKeys.count ? names[1] : names[2]
  }

  /// Writes a type's own keys (sorted, by index) and its extra fields in one byte-ordered sequence;
  /// an extra field that shadows an own key is left out, as the model's `encode(to:)` does.
  private static func merged(
    _ own: [StaticString], extra: [String: JSONValue]?, into w: inout JSONWriter,
    _ writeOwn: (inout JSONWriter, Int) -> Void
  ) {
    guard let extra, !extra.isEmpty else {
      for index in own.indices { writeOwn(&w, index) }
      return
    }
    let names = ownNames(own)
    // The extra fields' positions, in byte order of their keys (insertion sort: a token has two or
    // three), on the stack: no array and no copy of a field per token.
    withUnsafeTemporaryAllocation(of: [String: JSONValue].Index.self, capacity: extra.count) {
      order in
      var count = 0
      var index = extra.startIndex
      while index != extra.endIndex {
        if !names.contains(extra[index].key) {
          (order.baseAddress! + count).initialize(to: index)
          count += 1
        }
        extra.formIndex(after: &index)
      }
      for k in 1..<max(count, 1) {
        var at = k
        while at > 0, JSONWriter.byteOrder(extra[order[at]].key, extra[order[at - 1]].key) {
          order.swapAt(at, at - 1)
          at -= 1
        }
      }
      var i = 0
      var j = 0
      while i < own.count || j < count {
        if j == count || (i < own.count && JSONWriter.byteOrder(names[i], extra[order[j]].key)) {
          writeOwn(&w, i)
          i += 1
        } else {
          let field = extra[order[j]]
          w.key(field.key)
          w.value(field.value)
          j += 1
        }
      }
      order.baseAddress!.deinitialize(count: count)
    }
  }
}
