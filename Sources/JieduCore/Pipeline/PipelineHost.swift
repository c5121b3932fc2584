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
  public func run(bytes: [UInt8], name: String, context: StageContext) async throws -> Document {
    var document = try ingest(bytes, name: name, context: context)
    try await annotate(&document, context: context)
    return document
  }

  /// Ingests and segments an article.
  private func ingest(_ bytes: [UInt8], name: String, context: StageContext) throws -> Document {
    let clock = ContinuousClock()
    let start = clock.now
    var document = try Ingestion.document(from: bytes, name: name, threads: context.threads)
    Ingestion.tokenize(&document, with: segmenter, threads: context.threads)
    let tokens = document.blocks.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.tokens.count } }
    context.progress(
      "ingested \(name) (\(document.source.encoding)): \(document.blocks.count) blocks, \(tokens) tokens "
        + "in \(PipelineHost.milliseconds(clock.now - start)) ms")
    return document
  }

  /// Ingests, segments and annotates several articles, each stage over all of them before the next:
  /// a stage's tables stay in the cache across the articles rather than being pushed out by the
  /// other stages' after every short article (a batch of short files ran ~20 % slower than one file
  /// of the same text). Each article's result is what `run(bytes:name:context:)` gives for it alone;
  /// an article that fails leaves the others to go on.
  public func run(
    _ articles: [(bytes: [UInt8], name: String)], context: StageContext
  ) async -> [Result<Document, any Error>] {
    var results: [Result<Document, any Error>] = articles.map { article in
      Result { try ingest(article.bytes, name: article.name, context: context) }
    }
    let texts = results.map { (try? $0.get())?.blocks.map(\.text) ?? [] }
    for stage in stages {
      for index in results.indices {
        guard case .success(var document) = results[index] else { continue }
        // Let go of the kept copy while the stage runs, so that its writes copy no tokens.
        results[index] = .failure(StageRunning())
        do {
          try await run(stage, on: &document, texts: texts[index], context: context)
          results[index] = .success(document)
        } catch {
          results[index] = .failure(error)
        }
      }
    }
    return results
  }

  /// What an article's slot holds while a stage runs over it (never returned).
  private struct StageRunning: Error {}

  /// Whole milliseconds of a duration, for progress lines.
  package static func milliseconds(_ duration: Duration) -> Int {
    Int(
      duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }

  /// Runs every stage over a segmented document. A stage that throws stops the run with a
  /// `StageError`, or — with `on-error: warn` — leaves a warning and no trace of its work. A stage
  /// that rewrites block text, removes or changes earlier annotations, or returns an invalid one is
  /// refused with a `StageError` naming it.
  public func annotate(_ document: inout Document, context: StageContext) async throws {
    let texts = document.blocks.map(\.text)
    for stage in stages {
      try await run(stage, on: &document, texts: texts, context: context)
    }
  }

  /// Runs one stage over a document and checks what it did (see `annotate`); `texts` are the
  /// document's block texts before any stage ran.
  private func run(
    _ stage: ConfiguredStage, on document: inout Document, texts: [String], context: StageContext
  ) async throws {
    var ctx = context
    ctx.configLocation = stage.location
    ctx.stageID = stage.id
    // The whole document is kept only when it may have to be restored: holding it would make the
    // first token write of every stage copy all tokens.
    let restorable: Document? = stage.onError == .warn ? document : nil
    let saved = Snapshot(
      annotations: document.annotations, diagnostics: document.diagnostics.count)
    let before = document.annotations.count
    let clock = ContinuousClock()
    let start = clock.now
    do {
      try await stage.annotate(&document, context: ctx)
      try check(&document, after: stage, saved: saved, texts: texts)
    } catch {
      let failure = StageError.wrapping(
        error, stage: stage.id, location: stage.location, phase: .run)
      guard stage.onError == .warn else { throw failure }
      if let restorable { document = restorable }
      document.diagnostics.append(
        .warning("failed and was skipped (on-error: warn): \(failure.message)", stage: stage.id))
      return
    }
    context.progress(
      "stage '\(stage.id)': \(document.annotations.count - before) annotations in "
        + "\(PipelineHost.milliseconds(clock.now - start)) ms")
  }

  /// What a stage found when it started: the annotations and the number of diagnostics.
  struct Snapshot {
    var annotations: [Annotation]
    var diagnostics: Int
  }

  /// What the host checks after a stage ran; fills in a missing `stage` field.
  private func check(
    _ document: inout Document, after stage: ConfiguredStage, saved: Snapshot, texts: [String]
  ) throws {
    func refuse(_ message: String) -> StageError {
      StageError(stage: stage.id, location: stage.location, phase: .check, message: message)
    }
    guard document.blocks.count == texts.count, document.blocks.map(\.text) == texts else {
      throw refuse("rewrote the text of a block; stages may only add annotations")
    }
    let before = saved.annotations.count
    guard document.annotations.count >= before else {
      throw refuse(
        "removed \(before - document.annotations.count) annotation(s) made by earlier stages; "
          + "stages may only add annotations")
    }
    if let changed = (0..<before).first(where: { document.annotations[$0] != saved.annotations[$0] }) {
      let a = saved.annotations[changed]
      throw refuse(
        "changed an annotation made by stage '\(a.stage)' ('\(a.text)' in block \(a.block)); "
          + "stages may only add annotations")
    }
    guard document.diagnostics.count >= saved.diagnostics else {
      throw refuse("removed diagnostics reported before it ran")
    }
    var annotationCheck = AnnotationCheck(document)
    for index in before..<document.annotations.count {
      if document.annotations[index].stage.isEmpty {
        document.annotations[index].stage = stage.id
      }
      if let problem = annotationCheck.problem(document.annotations[index]) {
        throw refuse("returned an invalid annotation: \(problem)")
      }
    }
    for index in saved.diagnostics..<document.diagnostics.count
    where document.diagnostics[index].stage.isEmpty {
      document.diagnostics[index].stage = stage.id
    }
  }
}

/// Validation of annotations against the document they point into. Keeps each block's scalars once,
/// so checking many annotations over one long block stays linear.
package struct AnnotationCheck {
  private let document: Document
  private var scalars: [Int: [Unicode.Scalar]] = [:]

  /// A checker for annotations over `document`.
  package init(_ document: Document) { self.document = document }

  /// A one-line problem with the annotation, or nil when it is valid (checks one annotation).
  package static func problem(_ a: Annotation, in document: Document) -> String? {
    var check = AnnotationCheck(document)
    return check.problem(a)
  }

  /// A one-line problem with the annotation, or nil when it is valid.
  package mutating func problem(_ a: Annotation) -> String? {
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
    // The scalars compared first (no string built); else as strings, as a stage may give the text
    // in another normalisation form.
    let scalars = text[a.start..<a.end]
    let span = a.text.unicodeScalars.elementsEqual(scalars) ? a.text : ScalarString.make(scalars)
    guard span == a.text else {
      return
        "text '\(a.text.prefix(40))' does not match block \(a.block) at \(a.start)..<\(a.end) ('\(span.prefix(40))')"
    }
    guard !a.type.isEmpty else { return "missing 'type'" }
    return nil
  }
}
