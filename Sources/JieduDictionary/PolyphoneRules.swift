/// Context rules for characters whose reading no word entry settles (a single-character word, or a
/// word the dictionary lacks). Each rule returns a numbered syllable, or nil to fall through to the
/// character's default. Written for this project; tuned on the CPP dev split only.
enum PolyphoneRules {
  typealias Rule = @Sendable (PolyphoneContext) -> String?

  /// The rule's reading for the character, or nil when no rule fires.
  static func reading(for scalar: Unicode.Scalar, _ c: PolyphoneContext) -> String? {
    if let classifier = reduplicatedClassifier(scalar, c) { return classifier }
    guard let rule = rules[scalar] else { return nil }
    // A classifier said twice after a numeral (一只只 "one after another", 三只只) reads as it
    // does right after the numeral: the rule is asked about the first of the two.
    if c.char(-1) == scalar, c.isCounter(-2) {
      let pieceIndex =
        c.pieces[c.pieceIndex].contains(c.index - 1) ? c.pieceIndex : max(0, c.pieceIndex - 1)
      return rule(
        PolyphoneContext(
          scalars: c.scalars, index: c.index - 1, pieces: c.pieces, pieceIndex: pieceIndex,
          dictionary: c.dictionary))
    }
    return rule(c)
  }

  /// A classifier said twice after a numeral (一处处, 一种种, 一重重), either of the two: its reading
  /// as a classifier — the one reading whose CC-CEDICT senses say "classifier" — or nil when no
  /// reading or more than one does (卷 juǎn / juàn; 行, whose rows CC-CEDICT calls "row" and "line",
  /// is its rule's).
  static func reduplicatedClassifier(_ scalar: Unicode.Scalar, _ c: PolyphoneContext) -> String? {
    guard (c.char(1) == scalar && c.isNumeral(-1)) || (c.char(-1) == scalar && c.isNumeral(-2))
    else { return nil }
    var readings: [String] = []
    for entry in c.dictionary.entries(for: String(scalar))
    where !entry.isProperNoun && entry.syllableCount == 1
      && entry.senses.contains(where: { $0.lowercased().hasPrefix("classifier") })
    {
      let syllable = entry.pinyinNumbered.lowercased()
      if !readings.contains(syllable) { readings.append(syllable) }
    }
    return readings.count == 1 ? readings[0] : nil
  }

  /// Corrections of whole-word readings (none yet; the hook keeps the reader's order of evidence).
  static func adjustWord(_ word: String, syllables: [String]) -> [String]? {
    nil
  }

  static let rules: [Unicode.Scalar: Rule] = [
    "了": { c in
      // V不了 / V得了 (cannot / can manage): liǎo at the end of the phrase.
      if c.char(-1, in: "不") && (c.isBoundary(1) || c.char(1, in: "的啦吧呢么吗")) { return "liao3" }
      return "le5"
    },
    "着": { c in
      if c.char(-1, in: "睡找猜摸") { return "zhao2" }
      if c.char(1, in: "手陆眼墨笔落装色") && !c.char(-1, in: "看听说拿带跟沿随围按顺接") { return "zhuo2" }
      return "zhe5"
    },
    "地": { c in
      // Adverbial particle after an adjective/adverb/idiom and before a verb: de.
      if c.isSingle, c.pieceIndex > 0, let previous = c.word(-1),
        previous.unicodeScalars.count >= 2,
        c.tag(-1, startsWith: "adzil"), !c.isBoundary(1), c.tag(1, startsWith: "vdp")
      {
        return "de5"
      }
      return "di4"
    },
    "得": { c in
      if c.char(-1, in: "不") { return "de2" }  // 不得 is a word; 不得不 too
      if c.char(1, in: "不") && c.char(2, in: "不") { return "de2" }
      if c.pieceIndex > 0, c.tag(-1, startsWith: "va"), !c.isBoundary(-1) { return "de5" }
      if c.char(1, in: "到以知分奖票主") { return "de2" }
      if c.isBoundary(-1) { return "de2" }
      return "de2"
    },
    "的": { c in
      if c.char(1, in: "确") { return "di2" }
      return "de5"
    },
    "行": { c in
      // A line or row after a numeral: 两行字, 一行行 "row upon row" (the second 行 is asked about
      // the first).
      if c.isCounter(-1) && (c.char(1, in: "字诗文") || c.char(1) == "行") { return "hang2" }
      if c.char(-1, in: "第") || (c.isCounter(-1) && c.char(-2, in: "第")) { return "hang2" }
      return "xing2"
    },
    "长": { c in
      if c.char(1, in: "出成满大高胖着了") { return "zhang3" }
      if c.char(-1, in: "很更最太较极好全总延增身特漫细狭修冗") { return "chang2" }
      if c.char(1, in: "于达约度期久短远城江河篇寿") { return "chang2" }
      if !c.isBoundary(-1), c.word(-1).map({ $0.unicodeScalars.count >= 2 }) == true,
        c.tag(-1, startsWith: "n")
      {
        return "zhang3"  // 局长, 委员长: the head of an organisation
      }
      return "chang2"
    },
    "重": { c in
      if c.char(1, in: "新复建修返回组编启制印申演播现生审置构整游逢叠围") { return "chong2" }
      if c.isCounter(-1) && !c.char(1, in: "量要大") { return "chong2" }
      return "zhong4"
    },
    "还": { c in
      if c.char(1, in: "给钱债款原乡俗击手礼愿本") { return "huan2" }
      if c.char(-1, in: "归偿退送交返奉索讨") { return "huan2" }
      return "hai2"
    },
    "为": { c in
      if c.char(1, in: "了何此什其之着他她我你它们人民国大全广") { return "wei4" }
      return "wei2"
    },
    "都": { c in
      if c.char(-1, in: "首国古旧建迁定京陪故帝成") { return "du1" }
      if c.char(1, in: "市城督") { return "du1" }
      return "dou1"
    },
    "只": { c in
      if c.isCounter(-1) { return "zhi1" }
      return "zhi3"
    },
    "觉": { c in
      if c.char(-1, in: "睡午一懒") { return "jiao4" }
      return "jue2"
    },
    "差": { c in
      if c.char(1, in: "别异距值额价分") { return "cha1" }
      if c.char(-1, in: "出公邮信钦") { return "chai1" }
      if c.char(1, in: "事役遣使") { return "chai1" }
      return "cha4"
    },
    "数": { c in
      if c.isBoundary(-1) && c.char(1, in: "十百千万") { return "shu4" }
      if c.char(1, in: "一不得清落说") && !c.isCounter(-1) { return "shu3" }
      return "shu4"
    },
    "便": { c in
      if c.char(1, in: "宜") { return "pian2" }
      return "bian4"
    },
    "调": { c in
      if c.char(1, in: "节整和解理控制试配皮剂情笑侃教") { return "tiao2" }
      return "diao4"
    },
    "种": { c in
      if c.isCounter(-1) || c.char(-1, in: "各此该本同异物品人兵良纯杂变亚新") { return "zhong3" }
      if c.char(1, in: "植树地田菜花草粮豆瓜麦稻在下出上满了着") { return "zhong4" }
      return "zhong3"
    },
    "和": { c in
      if c.char(-1, in: "暖搀掺") { return "huo5" }
      if c.char(-1, in: "附唱应") && c.isSingle { return "he4" }
      return "he2"
    },
    "相": { c in
      if c.char(-1, in: "首外丞宰液固气晶真变照面色品扮亮") { return "xiang4" }
      if c.isCounter(-1) && !c.isBoundary(1) && !c.char(1, in: "互同关") { return "xiang4" }
      return "xiang1"
    },
    "少": { c in
      if c.char(1, in: "年女将校尉帅爷妇林儿先") { return "shao4" }
      return "shao3"
    },
    "发": { c in
      if c.char(-1, in: "头毛白黑金短长假卷削束护染烫剪美脱落理怒") { return "fa4" }
      if c.char(1, in: "型廊夹卡菜") { return "fa4" }
      return "fa1"
    },
    "乐": { c in
      if c.char(1, in: "队器曲团手章谱坛师府律评理音") { return "yue4" }
      if c.char(-1, in: "音声礼器管弦爵奏民古雅军交国配伴舞") { return "yue4" }
      return "le4"
    },
    "中": { c in
      if c.char(1, in: "毒弹奖标风暑邪计招签箭枪选") { return "zhong4" }
      if c.char(-1, in: "击命打看考射猜") { return "zhong4" }
      if c.char(1, in: "了过") && c.char(2, in: "奖标彩毒弹枪箭计举") { return "zhong4" }
      return "zhong1"
    },
    "当": { c in
      if c.char(1, in: "作成做铺") { return "dang4" }
      if c.char(-1, in: "恰适妥稳得典上相") { return "dang4" }
      return "dang1"
    },
    "率": { c in
      if c.char(1, in: "领军部队兵众团师先") { return "shuai4" }
      if c.isBoundary(-1) || c.char(-1, in: "并亲曾又再他她将由即遂乃") { return "shuai4" }
      return "lu:4"
    },
  ]
}
