/// Runs configured stages over a document, checking after each that no block text was rewritten
/// and that every annotation's offsets and text match its block.
public struct PipelineHost: Sendable {
  /// The stages, in order (already checked by `StageRegistry.build`).
  public let stages: [ConfiguredStage]
  /// The segmenter, built with every stage's whole words.
  public let segmenter: any WordSegmenter

  /// Builds the host: collects the stages' whole words and makes the segmenter.
  public init(stages: [ConfiguredStage], segmenterProvider: any SegmenterProvider) throws {
    self.stages = stages
    let words = stages.flatMap(\.wholeWords)
    segmenter = try segmenterProvider.makeSegmenter(wholeWords: words)
  }

  /// Ingests bytes, segments and runs every stage.
  public func run(bytes: [UInt8], name: String, context: StageContext) throws -> Document {
    var document = try Ingestion.document(from: bytes, name: name)
    Ingestion.tokenize(&document, with: segmenter)
    try annotate(&document, context: context)
    return document
  }

  /// Runs every stage over a segmented document.
  public func annotate(_ document: inout Document, context: StageContext) throws {
    let texts = document.blocks.map(\.text)
    for stage in stages {
      var ctx = context
      ctx.configLocation = stage.location
      let before = document.annotations.count
      do {
        try stage.annotate(&document, context: ctx)
      } catch let error as JieduError {
        throw JieduError("stage '\(stage.id)' failed: \(error.message)")
      }
      guard document.blocks.map(\.text) == texts else {
        throw JieduError("stage '\(stage.id)' rewrote the text of a block; stages may only add annotations")
      }
      for index in before..<document.annotations.count {
        if document.annotations[index].stage.isEmpty { document.annotations[index].stage = stage.id }
        if let problem = AnnotationCheck.problem(document.annotations[index], in: document) {
          throw JieduError("stage '\(stage.id)' returned an invalid annotation: \(problem)")
        }
      }
    }
  }
}

/// Validation of annotations against the document they point into.
public enum AnnotationCheck {
  /// A one-line problem with the annotation, or nil when it is valid.
  public static func problem(_ a: Annotation, in document: Document) -> String? {
    guard document.blocks.indices.contains(a.block) else {
      return "block \(a.block) does not exist (the document has \(document.blocks.count))"
    }
    let block = document.blocks[a.block]
    let count = block.text.unicodeScalars.count
    guard a.start >= 0, a.end <= count, a.start < a.end else {
      return "offsets \(a.start)..<\(a.end) out of range for block \(a.block) (\(count) characters)"
    }
    let span = block.text(from: a.start, to: a.end)
    guard span == a.text else {
      return "text '\(a.text.prefix(40))' does not match block \(a.block) at \(a.start)..<\(a.end) ('\(span.prefix(40))')"
    }
    guard !a.type.isEmpty else { return "missing 'type'" }
    return nil
  }
}
