/// Runs configured stages over a document, checking after each that no block text was rewritten
/// and that every annotation's offsets and text match its block.
public struct PipelineHost: Sendable {
  /// The stages, in order (already checked by `StageRegistry.build`).
  public let stages: [ConfiguredStage]
  /// The segmenter, built with every stage's whole words.
  public let segmenter: any WordSegmenter

  /// Builds the host: collects the stages' whole words and makes the segmenter.
  public init(
    stages: [ConfiguredStage], segmenterProvider: any SegmenterProvider,
    progress: @Sendable (String) -> Void = { _ in }
  ) throws {
    self.stages = stages
    let clock = ContinuousClock()
    let start = clock.now
    let words = stages.flatMap(\.wholeWords)
    segmenter = try segmenterProvider.makeSegmenter(wholeWords: words)
    progress(
      "segmenter ready with \(words.count) whole words from stages in \(PipelineHost.milliseconds(clock.now - start)) ms"
    )
  }

  /// Ingests bytes, segments and runs every stage.
  public func run(bytes: [UInt8], name: String, context: StageContext) throws -> Document {
    let clock = ContinuousClock()
    let start = clock.now
    var document = try Ingestion.document(from: bytes, name: name)
    Ingestion.tokenize(&document, with: segmenter)
    let tokens = document.blocks.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.tokens.count } }
    context.progress(
      "ingested \(name) (\(document.source.encoding)): \(document.blocks.count) blocks, \(tokens) tokens "
        + "in \(PipelineHost.milliseconds(clock.now - start)) ms")
    try annotate(&document, context: context)
    return document
  }

  /// Whole milliseconds of a duration, for progress lines.
  public static func milliseconds(_ duration: Duration) -> Int {
    Int(
      duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }

  /// Runs every stage over a segmented document.
  public func annotate(_ document: inout Document, context: StageContext) throws {
    let texts = document.blocks.map(\.text)
    for stage in stages {
      var ctx = context
      ctx.configLocation = stage.location
      let before = document.annotations.count
      let clock = ContinuousClock()
      let start = clock.now
      do {
        try stage.annotate(&document, context: ctx)
      } catch let error as JieduError {
        throw JieduError("stage '\(stage.id)' failed: \(error.message)")
      }
      context.progress(
        "stage '\(stage.id)': \(document.annotations.count - before) annotations in "
          + "\(PipelineHost.milliseconds(clock.now - start)) ms")
      guard document.blocks.map(\.text) == texts else {
        throw JieduError(
          "stage '\(stage.id)' rewrote the text of a block; stages may only add annotations")
      }
      var check = AnnotationCheck(document)
      for index in before..<document.annotations.count {
        if document.annotations[index].stage.isEmpty {
          document.annotations[index].stage = stage.id
        }
        if let problem = check.problem(document.annotations[index]) {
          throw JieduError("stage '\(stage.id)' returned an invalid annotation: \(problem)")
        }
      }
    }
  }
}

/// Validation of annotations against the document they point into. Keeps each block's scalars once,
/// so checking many annotations over one long block stays linear.
public struct AnnotationCheck {
  private let document: Document
  private var scalars: [Int: [Unicode.Scalar]] = [:]

  /// A checker for annotations over `document`.
  public init(_ document: Document) { self.document = document }

  /// A one-line problem with the annotation, or nil when it is valid (checks one annotation).
  public static func problem(_ a: Annotation, in document: Document) -> String? {
    var check = AnnotationCheck(document)
    return check.problem(a)
  }

  /// A one-line problem with the annotation, or nil when it is valid.
  public mutating func problem(_ a: Annotation) -> String? {
    guard document.blocks.indices.contains(a.block) else {
      return "block \(a.block) does not exist (the document has \(document.blocks.count))"
    }
    let text: [Unicode.Scalar]
    if let cached = scalars[a.block] {
      text = cached
    } else {
      text = Array(document.blocks[a.block].text.unicodeScalars)
      scalars[a.block] = text
    }
    let count = text.count
    guard a.start >= 0, a.end <= count, a.start < a.end else {
      return "offsets \(a.start)..<\(a.end) out of range for block \(a.block) (\(count) characters)"
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text[a.start..<a.end])
    let span = String(view)
    guard span == a.text else {
      return
        "text '\(a.text.prefix(40))' does not match block \(a.block) at \(a.start)..<\(a.end) ('\(span.prefix(40))')"
    }
    guard !a.type.isEmpty else { return "missing 'type'" }
    return nil
  }
}
