import JieduCore
/// Maximum-probability segmentation over the lexicon DAG, with rule tokens and an HMM for unknown runs.
///
/// Text is cut at whitespace and at forced whole words; each piece is segmented in windows of at most
/// `windowLength` scalars (plus one rule token), so time is linear and memory bounded for any line.
struct PathSegmenter: Sendable {
  /// The compiled lexicon.
  let lexicon: CompiledLexicon
  /// Words that must come out whole (leftmost-longest), or nil.
  let wholeWords: LexiconTrie?

  /// Scalars per window of the dynamic programme.
  static let windowLength = 4096
  /// Tokens ending this close to a window's cut are recomputed in the next window.
  static let windowMargin = 128

  /// Appends the word ranges of `text[range]` (offsets into `text`) to `out`, leaving whitespace out.
  func segment<Sink: TokenSink>(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: inout Sink
  ) {
    let workspace = Workspace(capacity: min(range.count, Self.windowLength) + 2)
    var position = range.lowerBound
    while position < range.upperBound {
      if ScalarClass.isSpace(text[position].value) {
        position += 1
        continue
      }
      var end = position + 1
      while end < range.upperBound, !ScalarClass.isSpace(text[end].value) { end += 1 }
      segmentPiece(text, position..<end, workspace, into: &out)
      position = end
    }
  }

  /// Segments a piece without whitespace, cutting out forced whole words first.
  private func segmentPiece<Sink: TokenSink>(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ workspace: Workspace,
    into out: inout Sink
  ) {
    guard let wholeWords else {
      segmentFree(text, range, workspace, into: &out)
      return
    }
    var freeStart = range.lowerBound
    var position = range.lowerBound
    while position < range.upperBound {
      var longest = 0
      wholeWords.forEachWord(in: text, from: position, limit: range.upperBound) { end, _ in
        longest = end
      }
      if longest > position {
        if freeStart < position { segmentFree(text, freeStart..<position, workspace, into: &out) }
        out.add(position..<longest)
        position = longest
        freeStart = position
      } else {
        position += 1
      }
    }
    if freeStart < range.upperBound {
      segmentFree(text, freeStart..<range.upperBound, workspace, into: &out)
    }
  }

  /// Segments a piece with no whitespace and no forced words, window by window.
  private func segmentFree<Sink: TokenSink>(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ workspace: Workspace,
    into out: inout Sink
  ) {
    var start = range.lowerBound
    while start < range.upperBound {
      var end = min(range.upperBound, start + Self.windowLength)
      end = workspace.markAtoms(text, start..<end, limit: range.upperBound, trie: lexicon.trie)
      let isLast = end == range.upperBound
      findBestPath(text, start..<end, workspace)
      let committedEnd = commitTokens(text, start..<end, isLast: isLast, workspace, into: &out)
      start = committedEnd
    }
  }

  /// Fills `workspace.best` / `back` with the maximum-probability path over `text[range]`.
  private func findBestPath(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ w: Workspace
  ) {
    let length = range.count
    let base = range.lowerBound
    let trie = lexicon.trie
    let unknown = lexicon.unknownLogProb
    let rule = lexicon.ruleLogProb
    let best = w.best
    let back = w.back
    let atoms = w.atomEnd
    best[0] = 0
    for index in 1...length { best[index] = -.infinity }
    for p in 0..<length where atoms[p] >= 0 {
      let score = best[p]
      let atom = Int(atoms[p])
      if atom > 0 {
        relax(best, back, from: p, to: atom, score + rule)
      } else {
        relax(best, back, from: p, to: p + 1, score + unknown)
      }
      trie.forEachWord(in: text, from: base + p, limit: range.upperBound) { end, logProb in
        let local = end - base
        if local == length || atoms[local] >= 0 {
          relax(best, back, from: p, to: local, score + Double(logProb))
        }
      }
      if atom == 0 {
        TokenRules.forEachNumeralWord(text, at: base + p, limit: range.upperBound) { end in
          let local = end - base
          if local == length || atoms[local] >= 0 {
            relax(best, back, from: p, to: local, score + rule)
          }
        }
      }
    }
  }

  @inline(__always)
  private func relax(
    _ best: UnsafeMutablePointer<Double>, _ back: UnsafeMutablePointer<Int32>, from start: Int,
    to end: Int,
    _ candidate: Double
  ) {
    if candidate > best[end] {
      best[end] = candidate
      back[end] = Int32(start)
    }
  }

  /// Emits the path's tokens (all of them in the last window, else those clear of the cut), splitting
  /// runs of unknown single characters with the HMM; returns where the next window starts.
  private func commitTokens<Sink: TokenSink>(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, isLast: Bool, _ w: Workspace,
    into out: inout Sink
  ) -> Int {
    let base = range.lowerBound
    w.ends.removeAll(keepingCapacity: true)
    var position = range.count
    while position > 0 {
      w.ends.append(Int32(position))
      position = Int(w.back[position])
    }
    let cut = isLast ? range.count : range.count - Self.windowMargin
    var start = 0
    var singlesStart = -1
    var committed = 0
    for index in stride(from: w.ends.count - 1, through: 0, by: -1) {
      let end = Int(w.ends[index])
      if end > cut, committed > 0 { break }
      let isSingleHan =
        end - start == 1 && w.atomEnd[start] == 0 && HanRanges.contains(text[base + start].value)
      if isSingleHan {
        if singlesStart < 0 { singlesStart = start }
      } else {
        if singlesStart >= 0 {
          emitSingles(text, (base + singlesStart)..<(base + start), into: &out)
        }
        singlesStart = -1
        out.add((base + start)..<(base + end))
      }
      start = end
      committed += 1
    }
    if singlesStart >= 0 { emitSingles(text, (base + singlesStart)..<(base + start), into: &out) }
    return base + start
  }

  /// A run of single-character tokens. Short runs and runs that form a known word stay single characters;
  /// longer runs go to the HMM, whose words are kept when they contain a character the lexicon does not
  /// know as a common word of its own (rarer than a rule token) — common single-character words such as
  /// 的 or 在 never get glued to their neighbours, which is where jieba's HMM goes wrong most often.
  private func emitSingles<Sink: TokenSink>(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: inout Sink
  ) {
    if range.count > 1, !lexicon.hmm.isEmpty, lexicon.trie.logProb(of: text, range) == nil {
      var start = range.lowerBound
      for end in lexicon.hmm.wordEnds(text, range) {
        if end - start > 1, !(start..<end).contains(where: { isRareCharacter(text, $0) }) {
          for position in start..<end { out.add(position..<(position + 1)) }
        } else {
          out.add(start..<end)
        }
        start = end
      }
    } else {
      for position in range { out.add(position..<(position + 1)) }
    }
  }

  /// A character that is no word of its own in the lexicon, or a rarer one than a rule token.
  private func isRareCharacter(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ position: Int) -> Bool
  {
    guard let logProb = lexicon.trie.logProb(of: text, position..<(position + 1)) else {
      return true
    }
    return Double(logProb) < lexicon.ruleLogProb
  }
}
