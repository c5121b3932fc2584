import Foundation
import JieduCore
import JieduDictionary

/// Finds person and place names among a sentence's tokens, keeps each as one token, and writes them
/// as Hanyu Pinyin orthography asks: a person's surname and given name capitalised and apart (Xú Jìng,
/// Chén Yào), a place name capitalised in one word (Shànghǎi, Xī'ān).
///
/// A person: a token jieba tags `nr` that CC-CEDICT knows only as a proper noun or not at all, or a
/// surname followed by one or two single-character tokens in a name's place — after a title or
/// 记者/通讯员, before 说/表示/同志…, or alone in a byline. A place: a token CC-CEDICT knows only as a
/// proper noun whose first sense names a place (city, district, province…).
struct NameFinder {
  /// A name's kind, as the token's `name` field writes it.
  enum Kind: String {
    case person
    case place
  }

  let dictionary: ChineseDictionary
  /// Verdicts on whole words, kept across sentences (and a batch's documents) by the stage.
  var verdicts: NameVerdicts? = nil

  /// Merges the tokens of person names found by shape (surname + given name); returns the kind of
  /// every token (nil for all but names), by index.
  func find(in tokens: inout [Token], isByline: Bool) -> [Kind?] {
    var local: [WordKey: WordVerdict] = [:]
    return find(in: &tokens, isByline: isByline, local: &local)
  }

  /// `find(in:isByline:)` with a task's own verdicts in front of the run-wide ones (no lock for a
  /// word the task has judged before).
  func find(
    in tokens: inout [Token], isByline: Bool, local: inout [WordKey: WordVerdict]
  ) -> [Kind?] {
    NameFinder.splitCredits(&tokens)
    let merged = mergeNamesByShape(&tokens, isByline: isByline)
    // An array by token, not a dictionary: asked of every token.
    var kinds = [Kind?](repeating: nil, count: tokens.count)
    for t in merged { kinds[t] = .person }
    // A word of fewer than two Han characters (under 6 UTF-8 bytes) is never a name by itself.
    for t in tokens.indices
    where tokens[t].text.utf8.count >= 6 && kinds[t] == nil && tokens[t].containsHan {
      let previous = t > 0 ? tokens[t - 1].text : nil
      let next = t + 1 < tokens.count ? tokens[t + 1].text : nil
      if let kind = kindOfWord(tokens[t].text, previous: previous, next: next, local: &local) {
        kinds[t] = kind
      }
    }
    return kinds
  }

  /// The kind of a whole token, or nil for an ordinary word.
  func kindOfWord(
    _ word: String, previous: String?, next: String?, local: inout [WordKey: WordVerdict]
  ) -> Kind? {
    let key = WordKey(word)
    let verdict: WordVerdict
    if let known = local[key] {
      verdict = known
    } else if let known = verdicts?.value(for: key) {
      verdict = known
      local[key] = known
    } else {
      verdict = wordVerdict(word)
      verdicts?.remember(verdict, for: key)
      local[key] = verdict
    }
    switch verdict {
    case .decided(let kind): return kind
    case .personIfFramed:
      let framed =
        (previous.map(isTitle) ?? false)
        || (next.map(NameFinder.afterNames.contains) ?? false)
      return framed ? .person : nil
    case .personUnlessLocated:
      // 在申奥旗上: a noun with a locality word after it, not a person.
      return next.map(NameFinder.localities.contains) ?? false ? nil : .person
    }
  }

  /// What the word alone says: a kind (or none), or "a person if a title or 说… frames it".
  enum WordVerdict: Sendable {
    case decided(Kind?)
    case personIfFramed
    /// A person unless a locality word (上, 里…) follows, which makes it a noun phrase.
    case personUnlessLocated
  }

  /// The verdict on a word without its neighbours (the costly part, so it is remembered).
  func wordVerdict(_ word: String) -> WordVerdict {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 2, scalars.allSatisfy(\.isHan) else { return .decided(nil) }
    let entries = dictionary.entries(for: word)
    let onlyProper = !entries.isEmpty && entries.allSatisfy(\.isProperNoun)
    let firstSense = entries.first?.senses.first?.lowercasedQuickly ?? ""
    // CC-CEDICT writes a person's dates after the name: "Jiang Zemin (1926-2022), …".
    let livedDates = NameFinder.hasLifeDates(firstSense)
    if onlyProper, !livedDates, NameFinder.mentionsPlace(firstSense) {
      return .decided(.place)
    }
    let tag = dictionary.frequencies?.tag(of: word)
    if tag == "ns", !livedDates, onlyProper || (entries.isEmpty && isPlaceShape(scalars)) {
      return .decided(.place)
    }
    if NameFinder.honorific(scalars) != nil { return .decided(.person) }
    guard entries.isEmpty || onlyProper, NameFinder.surnameLength(scalars) > 0, scalars.count <= 4
    else { return .decided(nil) }
    // A known person (dates in CC-CEDICT), or a name CC-CEDICT lacks that jieba tags as one; CC-CEDICT's
    // other proper nouns (白宫, 沙特, transliterations) keep their own writing.
    if tag == "nr" || livedDates,
      livedDates || (entries.isEmpty && NameFinder.isPersonShape(scalars) && givenNameFits(scalars))
    {
      // jieba's `nr` list holds ordinary compounds that open with a surname's character (钟声, 林海,
      // 牛耳, 高水平): alone it decides no two-character word, nor a surname + a common word.
      if !livedDates, scalars.count == 2 || givenPartIsCommonWord(scalars) {
        return .personIfFramed
      }
      return .decided(.person)
    }
    // A three-character word neither dictionary knows, a surname first and no word after it (周春霞):
    // the segmenter's guess at an unknown word, most often a person's name.
    if entries.isEmpty, tag == nil, scalars.count == 3, NameFinder.surnameLength(scalars) == 1,
      NameFinder.isPersonShape(scalars), givenNameFits(scalars),
      dictionary.entries(for: ScalarString.make(scalars[1...])).isEmpty
    {
      return .personUnlessLocated
    }
    return entries.isEmpty && tag == nil && NameFinder.isPersonShape(scalars)
      ? .personIfFramed : .decided(nil)
  }

  /// Whether the part after the surname is an ordinary word a text uses often (水平, 素质: jieba
  /// frequency ≥ 1000 and a common CC-CEDICT entry), which a given name seldom is.
  func givenPartIsCommonWord(_ scalars: [Unicode.Scalar]) -> Bool {
    let surname = NameFinder.surnameLength(scalars)
    guard scalars.count - surname >= 2 else { return false }
    let given = ScalarString.make(scalars[surname...])
    guard (dictionary.frequencies?.frequency(of: given) ?? 0) >= 1000 else { return false }
    return dictionary.entries(for: given).contains { !$0.isProperNoun }
  }

  /// Whether a sense holds "(18dd-", "(19dd-" or "(20dd-" closed by ")" or a four-digit year:
  /// CC-CEDICT's dates of a person's life ("(1926-2022)", "(1938-)"), not an event's span
  /// ("Cultural Revolution (1966-76)").
  /// A byte scan: a regular expression here, run for every word of a corpus, was the gloss
  /// stage's largest cost.
  static func hasLifeDates(_ sense: String) -> Bool {
    let bytes = Array(sense.utf8)
    guard bytes.count >= 6 else { return false }
    func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    for i in 0...(bytes.count - 6) where bytes[i] == UInt8(ascii: "(") {
      let century = (bytes[i + 1], bytes[i + 2])
      guard century == (49, 56) || century == (49, 57) || century == (50, 48) else { continue }
      guard digit(bytes[i + 3]), digit(bytes[i + 4]), bytes[i + 5] == UInt8(ascii: "-") else {
        continue
      }
      let after = bytes[(i + 6)...].prefix(5)
      if after.first == UInt8(ascii: ")") { return true }
      if after.count == 5, after.prefix(4).allSatisfy(digit), after.last == UInt8(ascii: ")") {
        return true
      }
    }
    return false
  }

  /// A place name CC-CEDICT lacks: it ends in a generic part (岛, 省, 区) and no shorter word closes it
  /// (北京地区 is Beijing + region, not one name).
  func isPlaceShape(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let last = scalars.last, NameFinder.placeSuffixes.contains(last) else { return false }
    for length in 2..<min(scalars.count, 5) {
      let tail = ScalarString.make(scalars[(scalars.count - length)...])
      if dictionary.entries(for: tail).contains(where: { !$0.isProperNoun }) { return false }
    }
    return true
  }

  /// Where CC-CEDICT's entry for a person starts the given name: its second capitalised syllable
  /// (Jiang1 Ze2 min2 → 1), 0 for a name written as one word (Xiao1 bang1, a transliteration), nil when
  /// CC-CEDICT lacks the name.
  func givenNameStart(_ word: String) -> Int? {
    let entries = dictionary.entries(for: word).filter(\.isProperNoun)
    guard let entry = entries.first(where: { $0.syllableCount == word.unicodeScalars.count })
    else { return nil }
    let capitals = entry.syllables.enumerated().filter { $0.element.first?.isUppercase == true }
    return capitals.count >= 2 ? capitals[1].offset : 0
  }

  /// Whether the given-name characters could stand in a name: none is a frequent verb, a preposition,
  /// a locality word or a particle on its own (向前走 is no name).
  func givenNameFits(_ scalars: [Unicode.Scalar]) -> Bool {
    // 施工图 is 施工 + 图, not a person 施 Gongtu: the surname and the next character form no word.
    if scalars.count >= 3 {
      let head = dictionary.entries(for: ScalarString.make(scalars[0..<2]))
      if head.contains(where: { !$0.isProperNoun }) { return false }
    }
    for scalar in scalars.dropFirst(NameFinder.surnameLength(scalars)) {
      let single = String(scalar)
      guard let frequencies = dictionary.frequencies, let tag = frequencies.tag(of: single) else {
        continue
      }
      if let first = tag.first, "fpcurq".contains(first) { return false }
      if tag.hasPrefix("v"), (frequencies.frequency(of: single) ?? 0) > 20_000 { return false }
    }
    return true
  }

  /// Whether single characters after a framed surname may be its given name: none is a common
  /// preposition (曾 | 给 他 "once gave him"), and the surname's character does not come back as the
  /// last one (边听边记, 越走越远: the correlative 边…边, 越…越).
  func mergeFits(_ scalars: [Unicode.Scalar]) -> Bool {
    let surname = NameFinder.surnameLength(scalars)
    if scalars.count == surname + 2, scalars.last == scalars.first { return false }
    guard let frequencies = dictionary.frequencies else { return true }
    for scalar in scalars.dropFirst(surname) {
      let single = String(scalar)
      if frequencies.tag(of: single)?.hasPrefix("p") == true,
        (frequencies.frequency(of: single) ?? 0) > 20_000
      {
        return false
      }
    }
    return true
  }

  /// Surname + title (王先生 "Mr. Wang", 李老师 "Teacher Li"): the surname's length and the English title.
  static func honorific(_ scalars: [Unicode.Scalar]) -> (surname: Int, title: String)? {
    let surname = surnameLength(scalars)
    guard surname > 0, scalars.count > surname else { return nil }
    let rest = ScalarString.make(scalars[surname...])
    guard let title = honorifics[rest] else { return nil }
    return (surname, title)
  }

  /// Titles after a surname and their English.
  static let honorifics: [String: String] = [
    "先生": "Mr.", "女士": "Ms.", "小姐": "Miss", "同志": "Comrade", "老师": "Teacher", "教授": "Professor",
    "夫人": "Mrs.", "书记": "Secretary", "主任": "Director", "师傅": "Master", "博士": "Dr.",
    "局长": "Director", "部长": "Minister", "市长": "Mayor", "省长": "Governor", "经理": "Manager",
  ]

  /// The lengths of a place name's components as Hanyu Pinyin orthography (GB/T 16159) writes them
  /// apart: proper parts and generic administrative parts (上海市浦东新区 → 上海 市 浦东 新区,
  /// 中华人民共和国 → 中华 人民 共和国). Each proper part is a CC-CEDICT word of two or more characters
  /// not ending in a generic part; the split with fewest parts wins. Nil when the name has no such
  /// split, or has no generic part and is shorter than five characters (哈尔滨, 乌鲁木齐 stay whole).
  func placeParts(_ word: String) -> [Int]? {
    let s = Array(word.unicodeScalars)
    guard s.count >= 3, s.count <= 24, s.allSatisfy(\.isHan) else { return nil }
    func text(_ r: Range<Int>) -> String { ScalarString.make(s[r]) }
    func isGeneric(_ r: Range<Int>) -> Bool { NameFinder.genericPlaceWords.contains(text(r)) }
    func endsGeneric(_ r: Range<Int>) -> Bool {
      (1..<r.count).contains { isGeneric((r.upperBound - $0)..<r.upperBound) }
    }
    // best[i]: the fewest parts covering s[i...], with whether one is generic.
    var best = [(parts: [Int], generic: Bool)?](repeating: nil, count: s.count + 1)
    best[s.count] = ([], false)
    for i in stride(from: s.count - 1, through: 0, by: -1) {
      for j in (i + 1)...s.count where !(i == 0 && j == s.count) {
        guard let rest = best[j] else { continue }
        let r = i..<j
        let generic = i > 0 && isGeneric(r)
        guard generic || (r.count >= 2 && !endsGeneric(r) && dictionary.contains(text(r))) else {
          continue
        }
        let candidate = ([r.count] + rest.parts, rest.generic || generic)
        if best[i] == nil || candidate.0.count < best[i]!.parts.count { best[i] = candidate }
      }
    }
    guard let split = best[0], split.generic || s.count >= 5 else { return nil }
    return split.parts
  }

  /// Generic parts of place names written apart from the proper part (GB/T 16159: 专名和通名分写).
  static let genericPlaceWords: Set<String> = [
    "省", "市", "县", "区", "镇", "乡", "村", "州", "旗", "盟", "新区", "自治区", "自治州", "自治县",
    "自治旗", "特别行政区", "开发区", "地区", "街道",
  ]

  /// One-character generic parts of place names written apart (市 Shì, 区 Qū, 省 Shěng).
  static let genericPlaceParts = ScalarSet("省市县区镇乡村州".unicodeScalars)

  /// Last characters of place names (宝山区, 浦东新区, 徐汇镇).
  static let placeSuffixes = ScalarSet("省市县区镇乡村州岛湾港山河湖江路街".unicodeScalars)

  /// Surname + one or two given-name characters split into single-character tokens (徐 | 静) after a
  /// title, before a speech verb or alone in a byline: merged into one token.
  private func mergeNamesByShape(
    _ tokens: inout [Token], isByline: Bool
  ) -> [Int] {
    var merged: [Int] = []
    var t = 0
    while t < tokens.count {
      // The text alone (a copy of the whole token was four retains per token).
      let text = tokens[t].text
      // One or two Han characters are at most 8 UTF-8 bytes: longer tokens are let through unread,
      // and so is a token whose first character starts no surname (most: no array is built).
      let opens =
        text.utf8.count <= 8
        && text.unicodeScalars.first.map {
          NameFinder.surnames.contains($0) || NameFinder.doubleSurnameStarts.contains($0)
        } ?? false
      let scalars = opens ? Array(text.unicodeScalars) : []
      guard (1...2).contains(scalars.count), NameFinder.surnameLength(scalars) == scalars.count
      else {
        t += 1
        continue
      }
      // Up to two given-name characters from the following single-character tokens.
      var end = t + 1
      var given = 0
      while end < tokens.count, given < 2 {
        // One scalar, read in place (no array per token).
        let view = tokens[end].text.unicodeScalars
        guard let next = view.first, view.index(after: view.startIndex) == view.endIndex,
          next.isHan, !NameFinder.notInNames.contains(next),
          !NameFinder.creditSuffixes.contains(next)
        else {
          break
        }
        given += 1
        end += 1
      }
      guard given >= 1 else {
        t += 1
        continue
      }
      var p = t - 1
      while p >= 0, tokens[p].text.allSatisfy(\.isWhitespace) { p -= 1 }
      let previous = p >= 0 ? tokens[p].text : nil
      let following = end < tokens.count ? tokens[end].text : nil
      let afterTitle = previous.map(isTitle) ?? false
      let beforeSpeech = following.map(NameFinder.afterNames.contains) ?? false
      let alone =
        isByline && (following.map { !$0.unicodeScalars.contains(where: \.isHan) } ?? true)
      // The given name must fit one (老师曾给他… is no 曾给, 主席边听边记 no 边听边).
      let candidate = Array(tokens[t..<end].map(\.text).joined().unicodeScalars)
      guard afterTitle || beforeSpeech || alone, mergeFits(candidate) else {
        t += 1
        continue
      }
      let name = Token(
        text: tokens[t..<end].map(\.text).joined(), start: tokens[t].start, end: tokens[end - 1].end
      )
      tokens.replaceSubrange(t..<end, with: [name])
      merged.append(t)
      t += 1
    }
    return merged
  }

  /// Pinyin for a name from its numbered syllables, in the given style.
  static func pinyin(
    _ syllables: [String], kind: Kind, word: String, style: PinyinStyle, givenStart: Int? = nil,
    parts: [Int]? = nil
  ) -> String {
    let rendered = syllables.map { style.render($0.lowercased()) }
    switch kind {
    case .place:
      // A long name written apart by its components (Shànghǎi Shì Pǔdōng Xīnqū).
      if let parts, parts.count > 1, parts.reduce(0, +) == rendered.count {
        var pieces: [String] = []
        var at = 0
        for length in parts {
          pieces.append(capitalised(joined(Array(rendered[at..<(at + length)]), style: style)))
          at += length
        }
        return pieces.joined(separator: " ")
      }
      // A place's generic last part stands apart, capitalised: Shànghǎi Shì, Bǎoshān Qū.
      if rendered.count > 2, let last = word.unicodeScalars.last, genericPlaceParts.contains(last) {
        return capitalised(joined(Array(rendered.dropLast()), style: style)) + " "
          + capitalised(rendered[rendered.count - 1])
      }
      return capitalised(joined(rendered, style: style))
    case .person:
      if let (surnameCount, _) = honorific(Array(word.unicodeScalars)),
        rendered.count > surnameCount
      {
        let family = capitalised(joined(Array(rendered.prefix(surnameCount)), style: style))
        return family + " " + joined(Array(rendered.dropFirst(surnameCount)), style: style)
      }
      if givenStart == 0 { return capitalised(joined(rendered, style: style)) }  // 肖邦 Xiāobāng
      let surname = max(
        1, min(givenStart ?? surnameLength(Array(word.unicodeScalars)), rendered.count))
      let family = capitalised(joined(Array(rendered.prefix(surname)), style: style))
      let given = Array(rendered.dropFirst(surname))
      return given.isEmpty ? family : family + " " + capitalised(joined(given, style: style))
    }
  }

  /// A proper noun CC-CEDICT writes with capitals (中央军事委员会 Zhong1 yang1 Jun1 shi4 Wei3 yuan2
  /// hui4, 新华社 Xin1 hua2 she4) in Hanyu Pinyin orthography: a word per capitalised syllable and the
  /// lower-case ones after it (Zhōngyāng Jūnshì Wěiyuánhuì, Xīnhuáshè); a run of more than four
  /// syllables is cut at its dictionary words (中国特色社会主义 → Zhōngguó Tèsè Shèhuìzhǔyì). Nil for an
  /// ordinary word (first syllable lower case), one syllable, or a date (十二月: CC-CEDICT capitalises
  /// months as English does; pinyin does not).
  func properNounPinyin(_ syllables: [String], word: String, style: PinyinStyle) -> String? {
    guard syllables.count >= 2, let first = syllables.first?.first, first.isUppercase else {
      return nil
    }
    let scalars = Array(word.unicodeScalars)
    guard syllables.count == scalars.count else { return nil }
    if let last = scalars.last, "月日号年".unicodeScalars.contains(last),
      scalars.dropLast().allSatisfy(ChineseNumerals.isNumeral)
    {
      return nil
    }
    // Groups of syllables: each capital opens one.
    var groups: [Range<Int>] = []
    for (i, syllable) in syllables.enumerated() {
      if syllable.first?.isUppercase == true || groups.isEmpty {
        groups.append(i..<(i + 1))
      } else {
        groups[groups.count - 1] = groups[groups.count - 1].lowerBound..<(i + 1)
      }
    }
    var words: [String] = []
    for group in groups {
      let parts =
        group.count > 4
        ? (placeParts(ScalarString.make(scalars[group])) ?? [group.count])
        : [group.count]
      var at = group.lowerBound
      for length in parts {
        let rendered = syllables[at..<(at + length)].map { style.render($0.lowercased()) }
        words.append(NameFinder.capitalised(NameFinder.joined(rendered, style: style)))
        at += length
      }
    }
    return words.joined(separator: " ")
  }

  /// The English gloss: "(person name) Xu Jing", "(place name) Baoshan".
  static func gloss(
    _ syllables: [String], kind: Kind, word: String, givenStart: Int? = nil, parts: [Int]? = nil
  ) -> String {
    let scalars = Array(word.unicodeScalars)
    if let (surnameCount, title) = honorific(scalars) {
      let family = capitalised(
        joined(
          syllables.prefix(surnameCount).map { PinyinStyle.none.render($0.lowercased()) },
          style: .none))
      return "\(title) \(family)"
    }
    let plain = pinyin(
      syllables, kind: kind, word: word, style: .none, givenStart: givenStart, parts: parts
    )
    .replacingOccurrences(of: "'", with: "")
    return "(\(kind.rawValue == "person" ? "person" : "place") name) \(plain)"
  }

  /// Syllables joined into one word; numbered style keeps spaces (xi1 an1 would not read back).
  private static func joined(_ syllables: [String], style: PinyinStyle) -> String {
    guard style != .numbers else { return syllables.joined(separator: " ") }
    var out = ""
    for (i, syllable) in syllables.enumerated() {
      if i > 0, let first = syllable.unicodeScalars.first,
        "aoeāáǎàōóǒòēéěè".unicodeScalars.contains(first)
      {
        out += "'"
      }
      out += syllable
    }
    return out
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// How many leading characters form a surname (2 for 欧阳, 1 for 徐), or 0.
  static func surnameLength(_ scalars: [Unicode.Scalar]) -> Int {
    if scalars.count >= 2, doubleSurnameStarts.contains(scalars[0]),
      doubleSurnames.contains(ScalarString.make(scalars[0..<2]))
    {
      return 2
    }
    guard let first = scalars.first else { return 0 }
    return surnames.contains(first) ? 1 : 0
  }

  /// Two or three characters, a surname first, and no character that never stands in a name.
  static func isPersonShape(_ scalars: [Unicode.Scalar]) -> Bool {
    let surname = surnameLength(scalars)
    guard surname > 0, (surname + 1...surname + 2).contains(scalars.count) else { return false }
    return !scalars.dropFirst(surname).contains(where: notInNames.contains)
  }

  /// Readings of surnames that differ from the character's common reading (单 Shàn, 曾 Zēng).
  static let surnameReadings: [Unicode.Scalar: String] = [
    "单": "shan4", "曾": "zeng1", "解": "xie4", "朴": "piao2", "仇": "qiu2", "查": "zha1", "区": "ou1",
    "盖": "ge3", "乐": "yue4", "华": "hua4", "任": "ren2", "曲": "qu1", "缪": "miao4", "尉": "yu4",
    "翟": "zhai2", "覃": "qin2", "种": "chong2", "长": "chang2", "重": "chong2", "沈": "shen3",
  ]

  /// Common single-character surnames (the Hundred Family Surnames' commonest, by modern frequency).
  static let surnames = ScalarSet(
    ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
      + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
      + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
      + "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
      + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
      + "明佘池查麻苑迟邝").unicodeScalars)

  /// Whether a (lower-cased) sense holds one of `placeWords`, by its bytes (the words are ASCII).
  static func mentionsPlace(_ sense: String) -> Bool {
    placeWords.contains { sense.containsBytes($0) }
  }

  /// Words in CC-CEDICT's first sense of a place name.
  static let placeWords = [
    "district", "county", "city", "province", "prefecture", "town", "municipality", "river",
    "mountain", "island", "region", "capital", "village", "lake", "port", "place name",
  ]

  /// Two-character surnames.
  /// The first characters of `doubleSurnames`: most words start with none of them, and need no
  /// string built to be looked up.
  static let doubleSurnameStarts = ScalarSet(
    doubleSurnames.compactMap(\.unicodeScalars.first))

  static let doubleSurnames: Set<String> = [
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "公孙", "夏侯", "尉迟", "长孙",
    "宇文", "端木", "西门", "南宫",
  ]

  /// Words before a name: titles and reporting roles (记者 徐静, 部长 徐静).
  static let titles: Set<String> = [
    "记者", "通讯员", "编辑", "作者", "摄影", "文", "图", "特约记者", "本报记者", "部长", "书记", "主任", "委员",
    "常委", "主席", "总理", "市长", "省长", "县长", "区长", "局长", "校长", "院长", "处长", "科长", "经理",
    "董事长", "总经理", "教授", "博士", "老师", "同志", "先生", "女士", "队长", "厂长", "村长", "镇长",
    "主编", "总编", "社长", "会长", "理事长", "秘书长", "副部长", "副主任", "副书记", "副市长", "副省长",
    "代表", "委员长", "大使", "部长助理", "研究员", "工程师", "撰稿", "口述", "整理", "实习生",
  ]

  /// Whether a word before a name is a title or role: one of `titles`, or a word of two or more
  /// characters ending in 长 员 者 家 手 师 (站长, 演员, 学者, 指挥家, 选手, 工程师) that is no verb
  /// (CC-CEDICT's first sense "to …": 增长, 回家), pronoun, conjunction or adverb (大家, 或者), nor
  /// 国家 "state", whose 家 is no agent. (jieba's tags alone mislead: it tags 站长 and 选手 `v`.)
  func isTitle(_ word: String) -> Bool {
    if NameFinder.titles.contains(word) { return true }
    let scalars = word.unicodeScalars
    guard scalars.count >= 2, let last = scalars.last, NameFinder.roleEndings.contains(last),
      word != "国家"
    else { return false }
    if let first = dictionary.frequencies?.tag(of: word)?.unicodeScalars.first,
      "rcdp".unicodeScalars.contains(first)
    {
      return false
    }
    let sense = dictionary.entries(for: word).first { !$0.isProperNoun }?.senses.first ?? ""
    return !sense.hasPrefix("to ") && !sense.hasPrefix("lit. to ")
  }

  /// Last characters of role nouns before a name.
  static let roleEndings = ScalarSet("长员者家手师".unicodeScalars)

  /// Locality words after a noun (旗上, 会里): such a word is a thing, not a person.
  static let localities: Set<String> = ["上", "里", "中", "内", "下", "旁", "前", "后", "外"]

  /// Credits after a photographer's name that the segmenter glues to it (刘宇摄 is 刘宇 + 摄 "photo
  /// by"): split off when the rest is a person's name.
  static let creditSuffixes: ScalarSet = ["摄"]

  /// Splits a credit suffix off a name-shaped token (新华社记者刘宇摄 → 刘宇 | 摄).
  static func splitCredits(_ tokens: inout [Token]) {
    var t = 0
    while t < tokens.count {
      // Three or four Han characters are 9 to 16 UTF-8 bytes: other tokens build no array.
      // Nor do those that end in no credit suffix.
      let bytes = tokens[t].text.utf8.count
      let scalars =
        (9...16).contains(bytes)
          && tokens[t].text.unicodeScalars.last.map(creditSuffixes.contains) == true
        ? Array(tokens[t].text.unicodeScalars) : []
      if (3...4).contains(scalars.count), let last = scalars.last, creditSuffixes.contains(last),
        scalars.allSatisfy(\.isHan), isPersonShape(Array(scalars.dropLast())),
        tokens[t].end - tokens[t].start == scalars.count
      {
        let token = tokens[t]
        let name = Token(
          text: String(String.UnicodeScalarView(scalars.dropLast())), start: token.start,
          end: token.end - 1)
        let credit = Token(text: String(last), start: token.end - 1, end: token.end)
        tokens.replaceSubrange(t...t, with: [name, credit])
        t += 2
        continue
      }
      t += 1
    }
  }

  /// Words after a name (徐静 说, 徐静 同志).
  static let afterNames: Set<String> = [
    "说", "表示", "指出", "认为", "介绍", "强调", "同志", "先生", "女士", "教授", "博士", "报道", "摄",
    "告诉", "透露", "称", "谈到", "回忆", "主持", "讲话", "发言", "一行", "等", "老师", "书记", "部长",
    // A letter's salutation: 陈耀朋友, 李明同学.
    "朋友", "同学",
  ]

  /// Characters that never stand in a given name here: particles, pronouns, common verbs and
  /// prepositions (so 王 说 or 张 的 never merge).
  static let notInNames = ScalarSet(
    "的了在是和与及就也都说等将把被对向从为又而并很不着过这那我你他她它们个之于以其所或者吗呢吧啊年月日号上下中里来去到有要会能"
      .unicodeScalars)
}

extension NameFinder.Kind {
  /// Where the token field is written.
  static let field = "name"
}

/// Name verdicts on whole words, shared by the sentences of a run (a word's verdict does not depend
/// on the document): most words recur, and judging one costs several dictionary lookups.
typealias NameVerdicts = LockedMemo<WordKey, NameFinder.WordVerdict>
