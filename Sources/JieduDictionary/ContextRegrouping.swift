import JieduCore

/// Words regrouped across the segmenter's boundaries where the grammar of the sentence reads them
/// otherwise. Each rule looks at one word and its neighbours (jieba's part-of-speech tags for them):
///
/// - V/A + 得X + Y…: after a verb or adjective 得 is the complement particle, so 得分 | 外快 is 得 |
///   分外 | 快 when X with the start of the next word is a dictionary word (跑得分外快 "ran
///   exceptionally fast", not 得分 "score"); an aspect particle after 得X keeps it the verb (得到 | 了).
/// - 有时 | 差 is 有 | 时差 "there is a time difference" when 差 ends the clause (or a final particle,
///   的 or a noun follows) and no second 有时 stands in the clause: the adverb 有时 "sometimes" needs a
///   predicate after it (有时差一点 "is sometimes a little worse"), and the contrast 有时好有时差 keeps it.
/// - 把X + verb (把门关上, 把手伸出来): the object marker 把 and its noun X, not the verb 把门 "guard
///   a gate"; kept together after 的 or a measure word (门的把手) and before a non-verb (士兵把门).
/// - 为 | 人 before a non-verb is 为人 wéirén "conduct oneself" (他为人很正直); 为人 before a verb is 为
///   wèi "for" + 人 (为人服务). 为…所 (为人所知) is the passive and stays apart.
extension ContextReadings {
  /// The pieces with the rules above applied; the same ranges when none fires.
  /// Whether a piece starting with `s` may open a rule (得, 有, 把, 为): asked of every piece of every
  /// sentence, so four comparisons rather than a walk over a string's scalars.
  package static func opensRule(_ s: Unicode.Scalar) -> Bool {
    s == "得" || s == "有" || s == "把" || s == "为"
  }

  public static func regroup(
    _ pieces: [Range<Int>], scalars: [Unicode.Scalar], dictionary: ChineseDictionary
  ) -> [Range<Int>] {
    // Only pieces starting 得, 有, 把 or 为 open a rule: the rest costs one comparison each.
    guard
      pieces.contains(where: {
        !$0.isEmpty && opensRule(scalars[$0.lowerBound])
      })
    else { return pieces }
    func text(_ r: Range<Int>) -> String { ScalarString.make(scalars[r]) }
    func startsWithHan(_ p: Int) -> Bool {
      p >= 0 && p < pieces.count && !pieces[p].isEmpty && scalars[pieces[p].lowerBound].isHan
    }
    func tag(_ p: Int) -> String? {
      guard startsWithHan(p) else { return nil }
      return dictionary.frequencies?.tag(of: text(pieces[p]))
    }
    func tagStarts(_ p: Int, _ prefixes: String) -> Bool {
      guard let first = tag(p)?.unicodeScalars.first else { return false }
      return prefixes.unicodeScalars.contains(first)
    }
    // A verb phrase starts here: jieba tags a verb or an idiom, or CC-CEDICT's first sense is "to …"
    // (jieba tags 关上 as a place word).
    func isVerbLike(_ p: Int) -> Bool {
      if tagStarts(p, "vil") { return true }
      guard startsWithHan(p) else { return false }
      return dictionary.entries(for: text(pieces[p])).first { !$0.isProperNoun }?.senses.first?
        .hasPrefix("to ") ?? false
    }
    var out: [Range<Int>] = []
    out.reserveCapacity(pieces.count)
    var p = 0
    while p < pieces.count {
      let piece = pieces[p]
      guard !piece.isEmpty, opensRule(scalars[piece.lowerBound]) else {
        out.append(piece)
        p += 1
        continue
      }
      let word = text(piece)
      let next = p + 1 < pieces.count ? pieces[p + 1] : nil
      // V/A + 得X + Y: 得 | XY… when XY… is a word.
      // An aspect particle after 得X makes 得X the verb (得到 | 了 "obtained").
      if piece.count == 2, scalars[piece.lowerBound] == "得", tagStarts(p - 1, "va"),
        let next, startsWithHan(p + 1), !"了着过".unicodeScalars.contains(scalars[next.lowerBound])
      {
        var split: [Range<Int>]?
        for length in stride(from: next.count, through: 1, by: -1) {
          let joined = (piece.lowerBound + 1)..<(next.lowerBound + length)
          let rest = (next.lowerBound + length)..<next.upperBound
          if dictionary.contains(text(joined)), rest.count <= 1 || dictionary.contains(text(rest)) {
            split =
              [piece.lowerBound..<(piece.lowerBound + 1), joined] + (rest.isEmpty ? [] : [rest])
            break
          }
        }
        if let split {
          out.append(contentsOf: split)
          p += 2
          continue
        }
      }
      // 有时 | 差 at a clause end: 有 | 时差.
      if word == "有时", let next, text(next) == "差" {
        let after = p + 2
        let endsClause =
          !startsWithHan(after) || ["吗", "呢", "了", "吧", "啊", "的"].contains(text(pieces[after]))
          || tagStarts(after, "n")
        var contrast = false
        var k = p - 1
        while startsWithHan(k), !contrast {
          contrast = text(pieces[k]) == "有时"
          k -= 1
        }
        k = p + 2
        while startsWithHan(k), !contrast {
          contrast = text(pieces[k]) == "有时"
          k += 1
        }
        if endsClause, !contrast {
          out.append(piece.lowerBound..<(piece.lowerBound + 1))
          out.append((piece.lowerBound + 1)..<next.upperBound)
          p += 2
          continue
        }
      }
      // 把X + verb: the object marker and its noun.
      if piece.count == 2, scalars[piece.lowerBound] == "把", isVerbLike(p + 1),
        let nounTag = dictionary.frequencies?.tag(of: String(scalars[piece.lowerBound + 1])),
        nounTag.hasPrefix("n"),
        !(p > 0
          && (["的", "个", "这个", "那个", "一个"].contains(text(pieces[p - 1])) || tagStarts(p - 1, "mq")))
      {
        out.append(piece.lowerBound..<(piece.lowerBound + 1))
        out.append((piece.lowerBound + 1)..<piece.upperBound)
        p += 1
        continue
      }
      // 为 | 人 + non-verb: 为人 "conduct oneself"; 为人 + verb: 为 | 人.
      if word == "为", let next, text(next) == "人", dictionary.contains("为人") {
        let after = p + 2
        let verbOrPassive =
          isVerbLike(after) || (startsWithHan(after) && scalars[pieces[after].lowerBound] == "所")
        if !verbOrPassive {
          out.append(piece.lowerBound..<next.upperBound)
          p += 2
          continue
        }
      }
      if word == "为人", isVerbLike(p + 1), let next, text(next) != "处世",
        scalars[next.lowerBound] != "所"
      {
        out.append(piece.lowerBound..<(piece.lowerBound + 1))
        out.append((piece.lowerBound + 1)..<piece.upperBound)
        p += 1
        continue
      }
      out.append(piece)
      p += 1
    }
    return out
  }
}
