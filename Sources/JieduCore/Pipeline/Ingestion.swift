/// Bytes to an unannotated document: decode, normalise, find blocks, split sentences.
public enum Ingestion {
  /// Turns input bytes into a document with blocks and sentence ranges (no tokens yet).
  public static func document(from bytes: [UInt8], name: String, threads: Int = 1) throws
    -> Document
  {
    let decoded = try TextDecoding.decode(bytes, name: name)
    let text = TextNormalisation.normalise(decoded.text)
    let (blocks, repairs) = BlockStructure.blocks(in: text)
    var diagnostics = decoded.diagnostics + repairs
    if blocks.isEmpty {
      diagnostics.append(
        .warning("\(name): no text found (the input is empty or only whitespace)", stage: "ingest"))
    }
    let withSentences = blocks.concurrentMap(threads: threads) { block -> Block in
      var b = block
      let scalars = block.text.scalarArray
      b.sentences = SentenceSplitting.ranges(in: scalars).map {
        Sentence(start: $0.lowerBound, end: $0.upperBound)
      }
      return b
    }
    let source = SourceInfo(
      name: name, encoding: decoded.encoding, sha256: SHA256Digest.hex(bytes), bytes: bytes.count)
    return Document(source: source, blocks: withSentences, diagnostics: diagnostics)
  }

  /// Fills every sentence's tokens using the segmenter.
  public static func tokenize(
    _ document: inout Document, with segmenter: any WordSegmenter, threads: Int = 1
  ) {
    document.withBlockSlices(threads: threads) { blocks in
      for b in blocks.indices {
        let scalars = blocks[b].text.scalarArray
        for s in blocks[b].sentences.indices {
          let sentence = blocks[b].sentences[s]
          let ranges = segmenter.segment(scalars[sentence.start..<sentence.end])
          var tokens: [Token] = []
          tokens.reserveCapacity(ranges.count)
          for r in ranges {
            tokens.append(
              Token(text: ScalarString.make(scalars[r]), start: r.lowerBound, end: r.upperBound))
          }
          blocks[b].sentences[s].tokens = tokens
        }
      }
    }
  }
}
