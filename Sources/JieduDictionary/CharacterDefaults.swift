/// Hand-written default readings of common polyphonic characters standing alone (as a single-character
/// word, or inside a word the dictionary lacks), where the majority reading inside words would mislead.
/// Written for this project from ordinary usage; the context rules in `PolyphoneRules` come first.
enum CharacterDefaults {
  /// Character → numbered syllable.
  static let table: [Unicode.Scalar: String] = pairs.reduce(into: [Unicode.Scalar: String]()) {
    table, pair in
    if pair.key.unicodeScalars.count == 1, let scalar = pair.key.unicodeScalars.first {
      table[scalar] = pair.value
    }
  }

  /// The table as written (a later pair for the same character wins).
  private static let pairs: KeyValuePairs<String, String> = [
    "了": "le5", "着": "zhe5", "地": "di4", "得": "de2", "的": "de5", "行": "xing2", "长": "chang2",
    "重": "zhong4", "还": "hai2", "为": "wei2", "都": "dou1", "只": "zhi3", "觉": "jue2", "差": "cha4",
    "数": "shu4", "便": "bian4", "调": "diao4", "种": "zhong3", "和": "he2", "相": "xiang1", "少": "shao3",
    "发": "fa1", "乐": "le4", "中": "zhong1", "当": "dang1", "率": "lu:4", "好": "hao3", "大": "da4",
    "会": "hui4", "要": "yao4", "上": "shang4", "过": "guo4", "应": "ying1", "更": "geng4", "解": "jie3",
    "教": "jiao4", "处": "chu4", "分": "fen1", "间": "jian1", "将": "jiang1", "看": "kan4", "空": "kong1",
    "干": "gan4", "几": "ji3", "正": "zheng4", "省": "sheng3", "传": "chuan2", "载": "zai4", "给": "gei3",
    "没": "mei2", "哪": "na3", "那": "na4", "说": "shuo1", "系": "xi4", "结": "jie2", "朝": "chao2",
    "约": "yue1", "号": "hao4", "论": "lun4", "转": "zhuan3", "通": "tong1", "区": "qu1", "万": "wan4",
    "可": "ke3", "作": "zuo4", "化": "hua4", "般": "ban1", "术": "shu4", "纪": "ji4", "创": "chuang4",
    "语": "yu3", "舍": "she4", "腊": "la4", "似": "si4", "冲": "chong1", "参": "can1",
    "量": "liang4", "称": "cheng1", "兴": "xing1", "度": "du4", "曲": "qu3", "单": "dan1", "供": "gong1",
    "角": "jiao3", "奇": "qi2", "降": "jiang4", "弹": "dan4", "恶": "e4", "假": "jia3", "倒": "dao3",
    "背": "bei4", "难": "nan2", "鲜": "xian1", "血": "xue4", "薄": "bao2", "强": "qiang2", "散": "san4",
    "殷": "yin1", "车": "che1", "盛": "sheng4", "圈": "quan1", "折": "zhe2", "挑": "tiao1",
    "露": "lu4",
    // Less common characters as they occur in encyclopedic running text (names, places,
    // transliterations, technical terms); chosen by hand and checked against the CPP dev split.
    "晟": "sheng4", "町": "ting3", "蛤": "ge2", "圩": "wei2", "阇": "du1", "攒": "cuan2", "粘": "nian2",
    "幢": "zhuang4", "什": "shi2", "翘": "qiao4", "塞": "sai4", "艮": "gen4", "菲": "fei1", "镐": "hao4",
    "忒": "te4", "贾": "jia3", "炔": "que1", "翟": "zhai2", "桔": "ju2", "俟": "si4", "陂": "bei1",
    "覃": "tan2", "隗": "wei3", "隽": "jun4", "肖": "xiao1", "杷": "pa2", "氐": "di1", "卷": "juan4",
    "炅": "jiong3", "铣": "xian3", "葛": "ge3", "靡": "mi2", "哩": "li3", "喝": "he1",
    "纥": "he2", "莘": "xin1", "铺": "pu4", "帖": "tie3", "缪": "miu4", "铛": "dang1", "仔": "zai3",
    "晕": "yun4", "挣": "zheng1", "啰": "luo1", "巂": "xi1", "劲": "jing4", "峒": "tong2",
    "佛": "fo2", "燎": "liao2", "刨": "pao2", "蠡": "li3", "揣": "chuai1",
    "圜": "yuan2", "阆": "lang4", "擂": "lei2", "拽": "zhuai4", "柏": "bo2", "茆": "mao2", "莞": "guan3",
    "玟": "wen2", "畲": "she1", "吒": "zha4", "鬲": "li4", "脯": "fu3", "镝": "di2", "汗": "han2",
    "服": "fu2", "拾": "shi2", "弟": "di4", "抡": "lun2",
    "予": "yu3", "侗": "dong4", "悝": "kui1", "澹": "dan4", "姥": "mu3", "扛": "kang2", "豁": "huo1",
    "钻": "zuan4", "识": "shi2", "子": "zi3", "藏": "zang4",
  ]
}
