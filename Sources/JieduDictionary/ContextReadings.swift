import JieduCore

/// Readings in context that follow from grammar, for characters standing alone as words: the word
/// before and after (and jieba's part-of-speech tags for them) tell a particle from a noun, a verb from
/// a measure word. Consulted before `PolyphoneRules`; a rule returns nil to fall through.
///
/// - 地 de: after an adverbial (a reduplication AA/AABB/ABAB, read from the characters even when the
///   segmenter cut it, an adverb, adjective or idiom) and before
///   the verb phrase it modifies; dì after a preposition, a measure word, a demonstrative, or before 上/里.
/// - 得 děi "must": after a subject or an adverb, before a verb; de after a verb or adjective
///   (complement); dé "obtain" otherwise.
/// - 为 wèi "for": 为 + noun phrase + verb phrase in the same clause (purpose, beneficiary);
///   wéi "be, as" when no verb follows in the clause, and in the passive 为…所 (为人所知).
/// - 干 gān "dry" after a degree adverb, as the result of a verb (晒干) or with 了 closing the clause
///   (毛巾干了); gàn "do" otherwise (干活, 干什么, 加油干).
/// - 还 huán "return" as a main verb: before 了 or before a pronoun and its object; hái otherwise.
/// - 长 zhǎng "grow" before 得 and result complements; 种 zhòng "plant" after a modal or adverb;
///   处 chǔ in 所处 and before 得; 数 shǔ "count" as a verb; 应 yìng at a clause end; 教 jiāo "teach" as
///   a verb; 行 háng after a numeral at a clause end (四行 "four lines").
public enum ContextReadings {
  typealias Rule = @Sendable (PolyphoneContext) -> String?

  /// The rule's reading, or nil when no rule settles it.
  static func reading(for scalar: Unicode.Scalar, _ c: PolyphoneContext) -> String? {
    rules[scalar]?(c)
  }

  /// Prepositions and coverbs that open a verb phrase (更好地为人民服务, 认真地把…).
  static let coverbs = Set("为把被对向从在将与和跟给以按由".unicodeScalars)

  /// Degree adverbs before a one-character adjective (更高, 很快).
  static let degreeAdverbs: Set<String> = [
    "更", "很", "越", "最", "较", "太", "极", "愈", "非常", "十分", "比较", "更加", "越来越", "特别",
  ]

  /// Whether a word is a reduplication: AA (轻轻), AABB (高高兴兴), ABAB (一步一步).
  static func isReduplication(_ word: String) -> Bool {
    let s = Array(word.unicodeScalars)
    switch s.count {
    case 2: return s[0] == s[1]
    case 4: return (s[0] == s[1] && s[2] == s[3]) || (s[0] == s[2] && s[1] == s[3])
    default: return false
    }
  }

  /// Whether the Han characters just before `index` end a reduplication: AA, ABAB, ABCABC (一个一个)
  /// or AABB (认认真真), across any word boundaries.
  static func endsInReduplication(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
    func han(_ i: Int) -> Unicode.Scalar? {
      i >= 0 && i < index && scalars[i].isHan ? scalars[i] : nil
    }
    for k in 1...3 {
      var repeats = true
      for j in 0..<k {
        guard let a = han(index - 2 * k + j), let b = han(index - k + j), a == b else {
          repeats = false
          break
        }
      }
      if repeats { return true }
    }
    if let a = han(index - 4), let b = han(index - 3), let x = han(index - 2),
      let y = han(index - 1)
    {
      return a == b && x == y && a != x
    }
    return false
  }

  private static func starts(_ tag: String?, _ prefixes: String) -> Bool {
    guard let first = tag?.unicodeScalars.first else { return false }
    return prefixes.unicodeScalars.contains(first)
  }

  /// Whether a verb (or, with `adjectives`, an adjective) follows later in the clause, from word `from`.
  static func verbLaterInClause(_ c: PolyphoneContext, from offset: Int, adjectives: Bool) -> Bool {
    var k = offset
    while let word = c.word(k) {
      if let first = word.unicodeScalars.first, !first.isHan { return false }
      let tag = c.tag(k)
      if starts(tag, adjectives ? "vabizl" : "v") { return true }
      k += 1
    }
    return false
  }

  static let rules: [Unicode.Scalar: Rule] = [
    "地": { c in
      guard c.isSingle, !c.isBoundary(-1), !c.isBoundary(1), let previous = c.word(-1) else {
        return nil
      }
      // After a reduplication (轻轻地, 高高兴兴地, 一步一步地) or a degree adverb + adjective (更多地);
      // the reduplication is read from the characters, wherever the segmenter cut it (认 | 认真 | 真).
      if isReduplication(previous) || (previous.unicodeScalars.count >= 2 && c.word(-2) == previous)
        || (endsInReduplication(c.scalars, before: c.index)
          && !c.word(1, in: ["上", "下", "里", "面", "中"]))
      {
        return "de5"
      }
      if previous.unicodeScalars.count == 1, degreeAdverbs.contains(c.word(-2) ?? "") {
        return "de5"
      }
      let previousTag = c.tag(-1)
      if starts(previousTag, "pmqfucr") || previousTag == "mq" { return "di4" }
      if ["的", "各", "这", "那", "此", "该", "本", "外", "满", "遍", "一", "块", "片", "大", "草", "土"]
        .contains(previous)
      {
        return "di4"
      }
      if c.word(1, in: ["上", "下", "里", "面", "中", "方", "区", "带"]) { return "di4" }
      let nextTag = c.tag(1)
      let verbFollows =
        starts(nextTag, "vdpc") || c.char(1, in: String(String.UnicodeScalarView(coverbs)))
      if previous.unicodeScalars.count >= 2, verbFollows || starts(previousTag, "adilzb") {
        return "de5"
      }
      return nil
    },
    "得": { c in
      guard c.isSingle else { return nil }
      if c.char(-1, in: "不") { return "de2" }
      let previousTag = c.tag(-1)
      // 得 + a word of its own after a verb is the complement particle (跑得分外快, 表现得分外积极).
      let complementOfVerb =
        !c.isBoundary(-1) && starts(previousTag, "va")
        && (c.word(1)?.unicodeScalars.count ?? 0) >= 2
        && !c.char(1, in: "了到以知")
      if c.char(1, in: "了到以知分奖票主出病"), !complementOfVerb { return "de2" }
      if !c.isBoundary(-1), starts(previousTag, "va") || previousTag == "ug" { return "de5" }
      let subjectOrAdverb =
        c.isBoundary(-1) || starts(previousTag, "rnd")
        || ["还", "就", "也", "都", "总", "又", "可", "才", "那", "这", "非"].contains(c.word(-1) ?? "")
      if subjectOrAdverb, !c.isBoundary(1),
        starts(c.tag(1), "vd") || c.char(1, in: "花去走先早快马赶靠用等")
      {
        return "dei3"
      }
      return nil
    },
    "为": { c in
      guard c.isSingle else { return nil }
      if c.isBoundary(1) { return "wei2" }
      if c.word(1, in: ["了", "何", "此", "什么", "之", "人民", "着"]) { return "wei4" }
      // 为 + agent + 所 + verb is the passive (为人所知, 为群众所喜爱): wéi.
      if passiveSuoFollows(c) { return "wei2" }
      // 为 + noun phrase + verb phrase: purpose or beneficiary.
      if verbLaterInClause(c, from: 1, adjectives: true) { return "wei4" }
      return "wei2"
    },
    "还": { c in
      guard c.isSingle else { return nil }
      if c.char(1, in: "了") && !c.char(2, in: "得") { return "huan2" }
      if c.char(-1, in: "生") && c.isBoundary(1) { return "huan2" }
      if c.word(1, in: ["你", "我", "他", "她", "他们", "我们", "她们", "人家"]),
        let after = c.tag(2), starts(after, "nm")
      {
        return "huan2"
      }
      return nil
    },
    "干": { c in
      // gān "dry" as a predicate or result: after a degree adverb (很干), after a verb whose result
      // it is (晒干, 喝干), or with 了 closing the clause (毛巾已经干了, 干了 "bottoms up"); gàn
      // "do" (the default) takes an object or complement (干活, 干什么, 干得好, 加油干).
      guard c.isSingle else { return nil }
      if degreeAdverbs.contains(c.word(-1) ?? "") || c.word(-1, in: ["挺", "真", "太"]) {
        return "gan1"
      }
      if c.char(-1, in: "晒烘晾擦吹烤风阴蒸烧喝吸榨抽流哭熬煎沥挤拧焙舔"), !c.char(1, in: "活事部") {
        return "gan1"
      }
      if c.word(1) == "了", c.isBoundary(2) || c.char(2, in: "吧吗啊呀") { return "gan1" }
      return nil
    },
    "长": { c in
      guard c.isSingle else { return nil }
      if c.char(1, in: "得") && !c.char(-1, in: "很更最太较") { return "zhang3" }
      return nil
    },
    "种": { c in
      guard c.isSingle, !c.isCounter(-1) else { return nil }
      if c.char(1, in: "好") || c.char(1, in: "些树地田菜花草粮豆瓜麦稻玉果") {
        if c.isBoundary(-1) || starts(c.tag(-1), "dv") || c.tag(-1) == nil { return "zhong4" }
      }
      if starts(c.tag(-1), "dv"), !c.word(-1, in: ["是", "有", "那", "这"]), !c.isBoundary(1) {
        return "zhong4"
      }
      return nil
    },
    "处": { c in
      guard c.isSingle else { return nil }
      if c.char(-1, in: "所") || c.char(1, in: "得") { return "chu3" }
      return nil
    },
    "数": { c in
      guard c.isSingle, !c.isCounter(1) else { return nil }
      if c.char(1, in: "了着过") { return "shu3" }
      if c.word(1, in: ["他", "她", "我", "你", "它"]) { return "shu3" }
      if c.word(-1, in: ["正在", "在", "再", "又", "要", "来", "去", "没", "不", "别", "数"]),
        !c.isBoundary(1)
      {
        return "shu3"
      }
      return nil
    },
    "应": { c in
      guard c.isSingle else { return nil }
      if c.isBoundary(1) && !c.isBoundary(-1) { return "ying4" }
      return nil
    },
    "教": { c in
      guard c.isSingle else { return nil }
      if c.char(-1, in: "佛道宗邪政传信礼国") { return "jiao4" }
      return "jiao1"
    },
    "行": { c in
      guard c.isSingle else { return nil }
      if c.isCounter(-1) && c.isBoundary(1) && !c.char(-1, in: "一") { return "hang2" }
      return nil
    },
  ]

  /// Whether 所 + a verb follows later in 为's clause (为人所知): the passive 为…所.
  static func passiveSuoFollows(_ c: PolyphoneContext) -> Bool {
    var k = 1
    while let word = c.word(k), word.unicodeScalars.first?.isHan == true, k <= 6 {
      if word == "所", c.tag(k + 1).map({ starts($0, "v") }) ?? false { return true }
      // 所知, 所用: 所 + a verb written as one word (not 所有 "all", 所以, 所谓, 所在).
      let s = Array(word.unicodeScalars)
      if s.count == 2, s[0] == "所", !["所有", "所以", "所谓", "所在", "所属"].contains(word),
        c.dictionary.frequencies?.tag(of: String(s[1]))?.hasPrefix("v") == true
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// Words read apart in context: 都会 "metropolis" reads dōu huì after a subject (一切都会过去), and a
  /// one-character adjective + 地 after a degree adverb is adjective + particle (更高地发展, not 高地
  /// "highland"). Returns the pieces, split where needed.
  static func resplit(
    _ pieces: [Range<Int>], scalars: [Unicode.Scalar], dictionary: ChineseDictionary
  ) -> [Range<Int>] {
    func text(_ r: Range<Int>) -> String { ScalarString.make(scalars[r]) }
    let pieces = regroup(pieces, scalars: scalars, dictionary: dictionary)
    var out: [Range<Int>] = []
    out.reserveCapacity(pieces.count)
    for (p, piece) in pieces.enumerated() {
      // Only two-character pieces are ever split: the rest are kept without building their text.
      guard piece.count == 2, piece.lowerBound >= 0, piece.upperBound <= scalars.count else {
        out.append(piece)
        continue
      }
      // A numeral and a classifier that is said again (一行行, 一处处): the numeral and the
      // classifier, read as the classifier it is, not as the word the two make (一行 "delegation").
      if piece.upperBound < scalars.count,
        scalars[piece.upperBound] == scalars[piece.lowerBound + 1],
        PolyphoneContext.numerals.contains(scalars[piece.lowerBound])
      {
        out.append(piece.lowerBound..<(piece.lowerBound + 1))
        out.append((piece.lowerBound + 1)..<piece.upperBound)
        continue
      }
      guard
        scalars[piece.lowerBound] == "都" || scalars[piece.lowerBound] == "地"
          || scalars[piece.lowerBound + 1] == "地"
      else {
        out.append(piece)
        continue
      }
      let word = text(piece)
      let previous = p > 0 ? text(pieces[p - 1]) : nil
      if word == "都会", !["大", "国际", "现代", "座", "这座", "一座", "大型"].contains(previous ?? "") {
        out.append(piece.lowerBound..<(piece.lowerBound + 1))
        out.append((piece.lowerBound + 1)..<piece.upperBound)
        continue
      }
      let afterReduplication =
        (previous.map(isReduplication) ?? false)
        || endsInReduplication(scalars, before: piece.lowerBound)
      if splitsAdverbialDe(previous: previous, word: word)
        || (afterReduplication && word.unicodeScalars.count == 2
          && word.unicodeScalars.first == "地")
      {
        out.append(piece.lowerBound..<(piece.lowerBound + 1))
        out.append((piece.lowerBound + 1)..<piece.upperBound)
        continue
      }
      out.append(piece)
    }
    return out
  }

  /// Whether a two-character word X地 after a degree adverb is adjective X + particle 地 (更高地).
  public static func splitsAdverbialDe(previous: String?, word: String) -> Bool {
    let s = Array(word.unicodeScalars)
    guard s.count == 2, s[1] == "地", let previous else { return false }
    return degreeAdverbs.contains(previous)
  }
}
