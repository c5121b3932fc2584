/// Names built from ordinal numbers, recognised by rule rather than listed: Party congresses
/// (十九大, 党的二十大), plenary sessions (十九届四中全会, 省委十四届九次全会), sessions of the NPC and
/// CPPCC (十四届全国人大二次会议), Five-Year Plans (十四五, 第十四个五年规划) and anniversaries
/// (建党百年, 建国七十周年, 70周年).
///
/// The glossary stage annotates them as terms; the abbreviations stage does not read their numerals
/// as a formula's count (十五大精神 announces no fifteen items).
public enum OrdinalNames {
  /// One recognised name: where it stands (scalar offsets) and its English.
  public struct Match: Sendable, Equatable {
    /// Start offset in scalars.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The English name (`the 19th CPC National Congress`).
    public var en: String
    /// The kind, used as the annotation's category note (`congress`, `plenum`, `session`, `plan`,
    /// `anniversary`).
    public var kind: Kind

    /// Creates a match.
    public init(start: Int, end: Int, en: String, kind: Kind) {
      self.start = start
      self.end = end
      self.en = en
      self.kind = kind
    }
  }

  /// What a name names.
  public enum Kind: String, Sendable, Equatable {
    case congress, plenum, session, plan, anniversary
  }

  /// Every name in the scalars (simplified), leftmost first, not overlapping.
  public static func find(in text: [Unicode.Scalar]) -> [Match] {
    var scanner = Scanner(text: text)
    return scanner.run()
  }

  /// The ranges of `find(in:)`, as a flag per scalar: true inside a name.
  public static func coverage(in text: [Unicode.Scalar]) -> [Bool] {
    var covered = [Bool](repeating: false, count: text.count)
    for match in find(in: text) {
      for i in match.start..<match.end { covered[i] = true }
    }
    return covered
  }

  // MARK: - English

  /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
  public static func ordinal(_ n: Int) -> String {
    let tens = (n / 10) % 10
    let suffix: String
    switch (tens == 1, n % 10) {
    case (false, 1): suffix = "st"
    case (false, 2): suffix = "nd"
    case (false, 3): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }

  /// `First` … `Tenth`, then `11th`.
  public static func ordinalWord(_ n: Int) -> String {
    let words = [
      "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    ]
    return n >= 1 && n <= words.count ? words[n - 1] : ordinal(n)
  }

  /// The years a Five-Year Plan covers: the 1st 1953–1957, the 2nd 1958–1962, then from the 3rd
  /// (1966–1970) in steps of five.
  public static func planYears(_ n: Int) -> (Int, Int)? {
    switch n {
    case 1: return (1953, 1957)
    case 2: return (1958, 1962)
    case 3...: return (1966 + 5 * (n - 3), 1970 + 5 * (n - 3))
    default: return nil
    }
  }

  // MARK: - Numerals

  static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]

  /// Whether `s` is one of `digits`' keys, 十 or 百 (a switch: asked of every character).
  static func isNumeral(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百": return true
    default: return false
    }
  }

  static func isArabic(_ s: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
  }

  /// The value of Chinese numerals up to 999 (十九 → 19, 二十 → 20, 一百 → 100, 七〇 → 70), nil if
  /// they do not form a number.
  static func value(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !run.isEmpty else { return nil }
    if run.count > 1, run.allSatisfy({ digits[$0] != nil }) {
      return run.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
    }
    var total = 0
    var number: Int?
    for s in run {
      if let d = digits[s] {
        guard number == nil else { return nil }
        number = d
      } else if s == "十" {
        total += (number ?? 1) * 10
        number = nil
      } else if s == "百" {
        total += (number ?? 1) * 100
        number = nil
      } else {
        return nil
      }
    }
    return total + (number ?? 0)
  }

  static func arabicValue(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    var value = 0
    for s in run {
      let v = s.value >= 0xFF10 ? s.value - 0xFF10 : s.value - 0x30
      value = value * 10 + Int(v)
      if value > 100_000 { return nil }
    }
    return run.isEmpty ? nil : value
  }

  // MARK: - Scanner

  private struct Scanner {
    let text: [Unicode.Scalar]
    var result: [Match] = []

    init(text: [Unicode.Scalar]) { self.text = text }

    func at(_ i: Int, _ word: String) -> Bool {
      var k = i
      for s in word.unicodeScalars {
        guard k < text.count, text[k] == s else { return false }
        k += 1
      }
      return true
    }

    func before(_ i: Int, _ word: String) -> Bool {
      let n = word.unicodeScalars.count
      return i >= n && at(i - n, word)
    }

    /// End of the numeral run (Chinese) starting at i.
    func numeralEnd(_ i: Int) -> Int {
      var k = i
      while k < text.count, OrdinalNames.isNumeral(text[k]) { k += 1 }
      return k
    }

    mutating func run() -> [Match] {
      var i = 0
      while i < text.count {
        if let match = match(at: i) {
          result.append(match)
          i = match.end
        } else {
          i += 1
        }
      }
      return result
    }

    func match(at i: Int) -> Match? {
      let s = text[i]
      if s == "建" || s == "新" || s == "改" { return anniversaryByEvent(at: i) }
      if s == "第" { return numberedPlan(at: i) }
      if s == "党" || s == "中" { return prefixed(at: i) }
      if s == "省" || s == "市" || s == "区" || s == "县" { return localPlenum(at: i) }
      if s == "全" { return cppcc(at: i) }
      if OrdinalNames.isArabic(s) {
        guard i == 0 || !OrdinalNames.isArabic(text[i - 1]) else { return nil }
        return arabicAnniversary(at: i)
      }
      guard OrdinalNames.isNumeral(s), i == 0 || !OrdinalNames.isNumeral(text[i - 1]),
        i == 0 || (text[i - 1] != "第" && !OrdinalNames.isArabic(text[i - 1]))
      else { return nil }
      return numbered(at: i, prefixStart: nil)
    }

    /// 党的二十大, 中共十九大, 中共十九届四中全会.
    func prefixed(at i: Int) -> Match? {
      let prefix: Int
      if at(i, "党的") {
        prefix = 2
      } else if at(i, "中共") {
        prefix = 2
      } else {
        return nil
      }
      let n = i + prefix
      guard n < text.count, OrdinalNames.isNumeral(text[n]) else { return nil }
      return numbered(at: n, prefixStart: i)
    }

    /// What starts with a numeral at i: N大, N届M中全会, N届全国人大M次会议, 十X五, N周年.
    func numbered(at i: Int, prefixStart: Int?) -> Match? {
      let m = numeralEnd(i)
      // 十X五: the 11th to 15th Five-Year Plans (the numerals are no single number).
      if prefixStart == nil, m - i == 3, text[i] == "十", text[m - 1] == "五",
        let k = OrdinalNames.digits[text[i + 1]], k >= 1, k <= 5, planFollows(m)
      {
        return plan(10 + k, start: i, end: m)
      }
      guard m < text.count, let n = OrdinalNames.value(text[i..<m]) else { return nil }
      let start = prefixStart ?? i
      // N届…
      if text[m] == "届" {
        if let plenum = plenum(term: n, from: m + 1, start: start, body: "CPC Central Committee") {
          return plenum
        }
        if at(m + 1, "全国人大"),
          let session = session(
            term: n, from: m + 5, start: start, body: "National People's Congress")
        {
          return session
        }
        if at(m + 1, "全国政协"),
          let session = session(
            term: n, from: m + 5, start: start, body: "CPPCC National Committee")
        {
          return session
        }
        return nil
      }
      // M中全会 without 届 (三中全会: the Third Plenary Session).
      if at(m, "中全会"), n >= 1, n <= 9 {
        return Match(
          start: start, end: m + 3,
          en: "the \(OrdinalNames.ordinalWord(n)) Plenary Session of the CPC Central Committee",
          kind: .plenum)
      }
      // N大: a Party congress.
      if text[m] == "大", n >= 1, n <= 30,
        !(m + 1 < text.count && OrdinalNames.isNumeral(text[m + 1]))
      {
        if prefixStart != nil || (n >= 11 && congressFollows(m + 1)) {
          return Match(
            start: start, end: m + 1, en: "the \(OrdinalNames.ordinal(n)) CPC National Congress",
            kind: .congress)
        }
        return nil
      }
      // N周年, N周年纪念
      if at(m, "周年"), n >= 1 {
        return Match(
          start: start, end: m + 2, en: "the \(OrdinalNames.ordinal(n)) anniversary",
          kind: .anniversary)
      }
      return nil
    }

    /// M中全会 after 届.
    func plenum(term n: Int, from k: Int, start: Int, body: String) -> Match? {
      let e = numeralEnd(k)
      guard e > k, let m = OrdinalNames.value(text[k..<e]), m >= 1, m <= 12 else { return nil }
      if at(e, "中全会") {
        return Match(
          start: start, end: e + 3,
          en:
            "the \(OrdinalNames.ordinalWord(m)) Plenary Session of the \(OrdinalNames.ordinal(n)) \(body)",
          kind: .plenum)
      }
      return nil
    }

    /// M次会议 after 全国人大 / 全国政协.
    func session(term n: Int, from k: Int, start: Int, body: String) -> Match? {
      let e = numeralEnd(k)
      guard e > k, let m = OrdinalNames.value(text[k..<e]), m >= 1, m <= 12, at(e, "次会议")
      else { return nil }
      return Match(
        start: start, end: e + 3,
        en: "the \(OrdinalNames.ordinalWord(m)) Session of the \(OrdinalNames.ordinal(n)) \(body)",
        kind: .session)
    }

    /// 省委十四届九次全会, 市委十二届五次全会, 区委…, 县委….
    func localPlenum(at i: Int) -> Match? {
      let bodies: [(String, String)] = [
        ("省委", "Provincial Party Committee"), ("市委", "Municipal Party Committee"),
        ("区委", "District Party Committee"), ("县委", "County Party Committee"),
      ]
      guard let (word, body) = bodies.first(where: { at(i, $0.0) }) else { return nil }
      let k = i + 2
      let e = numeralEnd(k)
      guard e > k, let n = OrdinalNames.value(text[k..<e]), at(e, "届") else { return nil }
      let k2 = e + 1
      let e2 = numeralEnd(k2)
      guard e2 > k2, let m = OrdinalNames.value(text[k2..<e2]), m >= 1, m <= 20 else { return nil }
      let end: Int
      if at(e2, "次全会") {
        end = e2 + 3
      } else if at(e2, "次全体会议") {
        end = e2 + 5
      } else if at(e2, "中全会") {
        end = e2 + 3
      } else {
        return nil
      }
      _ = word
      return Match(
        start: i, end: end,
        en:
          "the \(OrdinalNames.ordinalWord(m)) Plenary Session of the \(OrdinalNames.ordinal(n)) \(body)",
        kind: .plenum)
    }

    /// 全国人大N届… is rare; 全国政协十四届二次会议.
    func cppcc(at i: Int) -> Match? {
      for (word, body) in [
        ("全国政协", "CPPCC National Committee"), ("全国人大", "National People's Congress"),
      ] where at(i, word) {
        let k = i + 4
        let e = numeralEnd(k)
        guard e > k, let n = OrdinalNames.value(text[k..<e]), at(e, "届") else { return nil }
        return session(term: n, from: e + 1, start: i, body: body)
      }
      return nil
    }

    /// 第十四个五年规划, 第十四个五年计划.
    func numberedPlan(at i: Int) -> Match? {
      let k = i + 1
      let e = numeralEnd(k)
      guard e > k, let n = OrdinalNames.value(text[k..<e]), n >= 1, n <= 20, at(e, "个五年") else {
        return nil
      }
      let after = e + 3
      let end = at(after, "规划") || at(after, "计划") ? after + 2 : after
      return plan(n, start: i, end: end)
    }

    func plan(_ n: Int, start: Int, end: Int) -> Match? {
      guard let (from, to) = OrdinalNames.planYears(n) else { return nil }
      return Match(
        start: start, end: end, en: "the \(OrdinalNames.ordinal(n)) Five-Year Plan (\(from)–\(to))",
        kind: .plan)
    }

    /// 建党百年, 建党100周年, 建党一百周年, 建国七十周年, 新中国成立70周年, 建军九十周年, 改革开放四十周年.
    func anniversaryByEvent(at i: Int) -> Match? {
      let events: [(String, String)] = [
        ("建党", "the founding of the CPC"), ("建国", "the founding of the People's Republic of China"),
        ("新中国成立", "the founding of the People's Republic of China"),
        ("建军", "the founding of the People's Liberation Army"),
        ("改革开放", "reform and opening up"),
      ]
      guard let (word, event) = events.first(where: { at(i, $0.0) }) else { return nil }
      let k = i + word.unicodeScalars.count
      if at(k, "百年"), !at(k + 2, "未有") {
        return Match(start: i, end: k + 2, en: "the centenary of \(event)", kind: .anniversary)
      }
      var e = k
      let n: Int?
      if k < text.count, OrdinalNames.isArabic(text[k]) {
        while e < text.count, OrdinalNames.isArabic(text[e]) { e += 1 }
        n = OrdinalNames.arabicValue(text[k..<e])
      } else {
        e = numeralEnd(k)
        n = e > k ? OrdinalNames.value(text[k..<e]) : nil
      }
      guard let n, n >= 1, at(e, "周年") else { return nil }
      let what =
        n == 100
        ? "the centenary of \(event)" : "the \(OrdinalNames.ordinal(n)) anniversary of \(event)"
      return Match(start: i, end: e + 2, en: what, kind: .anniversary)
    }

    /// 70周年.
    func arabicAnniversary(at i: Int) -> Match? {
      var e = i
      while e < text.count, OrdinalNames.isArabic(text[e]) { e += 1 }
      guard at(e, "周年"), let n = OrdinalNames.arabicValue(text[i..<e]), n >= 1, n <= 5000 else {
        return nil
      }
      return Match(
        start: i, end: e + 2, en: "the \(OrdinalNames.ordinal(n)) anniversary", kind: .anniversary)
    }

    /// Whether what follows 十九大 reads as the congress (十九大精神, 十九大以来, 十九大报告…).
    func congressFollows(_ k: Int) -> Bool {
      guard k < text.count else { return true }
      let s = text[k]
      if !s.properties.isIdeographic { return true }
      let words = [
        "精神", "以来", "报告", "代表", "召开", "胜利", "提出", "强调", "作出", "部署", "党章", "以后", "之后", "前",
        "期间", "上", "的", "和", "与", "及", "后", "确定", "明确", "开幕", "闭幕", "会议", "文件", "决策", "修改",
        "通过", "描绘", "擘画", "是", "把", "将", "对", "首次", "再次", "进一步", "关于", "主题", "新", "时",
      ]
      return words.contains { at(k, $0) }
    }

    /// Whether what follows 十四五 reads as the plan (not a count or a quantity).
    func planFollows(_ k: Int) -> Bool {
      guard k < text.count else { return true }
      let s = text[k]
      if OrdinalNames.isNumeral(s) || OrdinalNames.isArabic(s) { return false }
      let stops: Set<Unicode.Scalar> = [
        "个", "年", "岁", "倍", "点", "万", "亿", "元", "米", "分", "人", "次", "%", "％", "号", "楼",
      ]
      return !stops.contains(s)
    }
  }
}
