import JieduCore
import JieduVocabulary

/// Builds documents by hand for renderer tests: blocks given as words separated by spaces, readings
/// from a small lexicon, annotations placed by finding their text.
struct SampleDocumentBuilder {
  /// Readings by word: pinyin and glosses.
  var lexicon: [String: (pinyin: String, glosses: [String])] = [:]
  private(set) var blocks: [Block] = []
  private(set) var annotations: [Annotation] = []

  /// Adds a block; `segmented` is the text with a space between tokens (`_` stands for a real space).
  /// Sentences end after 。！？.
  mutating func block(_ kind: BlockKind, _ segmented: String) {
    let words = segmented.split(separator: " ").map { $0.replacingOccurrences(of: "_", with: " ") }
    var text = ""
    var offset = 0
    var sentences: [Sentence] = []
    var current = Sentence(start: 0, end: 0)
    for word in words {
      var token = Token(text: word, start: offset, end: offset + word.unicodeScalars.count)
      if let reading = lexicon[word] {
        token.pinyin = reading.pinyin
        token.glosses = reading.glosses
      }
      text += word
      offset = token.end
      current.tokens.append(token)
      current.end = offset
      if ["。", "！", "？"].contains(word) {
        sentences.append(current)
        current = Sentence(start: offset, end: offset)
      }
    }
    if !current.tokens.isEmpty { sentences.append(current) }
    blocks.append(Block(id: blocks.count, kind: kind, text: text, sentences: sentences))
  }

  /// Annotates every occurrence of `text` in block `block` (or the first only).
  mutating func annotate(
    _ type: AnnotationKind, _ text: String, in block: Int, stage: String,
    everyOccurrence: Bool = true,
    configure: (inout Annotation) -> Void = { _ in }
  ) {
    let scalars = Array(blocks[block].text.unicodeScalars)
    let target = Array(text.unicodeScalars)
    var i = 0
    while i + target.count <= scalars.count {
      if Array(scalars[i..<(i + target.count)]) == target {
        var annotation = Annotation(
          stage: stage, type: type, block: block, start: i, end: i + target.count, text: text)
        configure(&annotation)
        annotations.append(annotation)
        if !everyOccurrence { return }
        i += target.count
      } else {
        i += 1
      }
    }
  }

  /// Replaces the blocks (to set token fields after building them).
  mutating func replaceBlocks(_ new: [Block]) { blocks = new }

  /// The finished document.
  func document(name: String = "sample.txt") -> Document {
    Document(
      source: SourceInfo(
        name: name, encoding: "utf-8", sha256: String(repeating: "ab", count: 32), bytes: 100),
      blocks: blocks, annotations: annotations,
      diagnostics: [Diagnostic.warning("a test warning", stage: "abbreviations", block: 3)])
  }
}

/// The sample article used across the renderer tests, with a hostile glossary entry.
enum SampleDocument {
  /// The text of the hostile rendering.
  static let hostileRendering = "<img src=x onerror=alert(2)>"
  /// The text of the hostile note.
  static let hostileNote = "<script>alert(\"x\")</script> & more"

  /// Builds the sample.
  static func make() -> Document {
    var b = SampleDocumentBuilder()
    b.lexicon = [
      "各地": ("gè dì", ["in all parts of (a country)", "various regions"]),
      "实践": ("shí jiàn", ["practice", "to put into practice"]),
      "推动": ("tuī dòng", ["to push (for acceptance of a plan)", "to push forward", "to promote"]),
      "基层": ("jī céng", ["basic level", "grass-roots unit"]),
      "党建": ("dǎng jiàn", ["party building"]),
      "与": ("yǔ", ["and", "to give"]),
      "科创": ("kē chuàng", ["scientific and technological innovation"]),
      "强区": ("qiáng qū", []),
      "同频共振": ("tóng pín gòng zhèn", ["resonance"]),
      "宝山区": ("Bǎo shān qū", ["Baoshan district"]),
      "坚持": ("jiān chí", ["to persevere with", "to persist in"]),
      "三会一课": ("sān huì yī kè", []),
      "制度": ("zhì dù", ["system", "institution", "CL:個|个[ge4]"]),
      "全区": ("quán qū", ["whole district"]),
      "推进": ("tuī jìn", ["to promote", "to advance"]),
      "两个": ("liǎng gè", ["two"]),
      "覆盖": ("fù gài", ["to cover"]),
      "加强": ("jiā qiáng", ["to reinforce", "to strengthen"]),
      "工作": ("gōng zuò", ["to work", "job"]),
      "党": ("dǎng", ["party", "association"]),
      "的": ("de", ["of", "~'s (possessive particle)"]),
      "领导": ("lǐng dǎo", ["to lead", "leadership"]),
      "举办": ("jǔ bàn", ["to conduct", "to hold"]),
      "启动": ("qǐ dòng", ["to start"]),
      "仪式": ("yí shì", ["ceremony"]),
      "引领": ("yǐn lǐng", ["to lead"]),
      "发展": ("fā zhǎn", ["development", "to develop"]),
      "落实": ("luò shí", ["to implement"]),
      "四个一": ("sì gè yī", []),
      "要求": ("yāo qiú", ["to request", "requirement"]),
      "七十二": ("qī shí èr", ["seventy-two"]),
    ]
    b.block(.kicker, "各地 实践")
    b.block(.title, "推动 基层 党建 与 科创 强区 同频共振")
    b.block(.byline, "■ 上海市 宝山区 委 常委 _ 徐静")
    b.block(.paragraph, "宝山区 坚持 “ 三会一课 ” 制度 。 全区 推进 “ 两个 覆盖 ” ， 加强 党建 工作 。 七十二 年 。")
    b.block(.heading, "坚持 加强 党 的 领导")
    b.block(.caption, "宝山区 举办 启动 仪式 。")
    b.block(.paragraph, "党建 引领 发展 ， 落实 “ 四个一 ” 要求 。 科创 引领 。")
    b.annotate("term", "党建", in: 1, stage: "glossary") { term in
      term.rendering = "Party building"
      term.category = "party"
      term.note = "Strengthening the Party's own organisation and work."
      term.source = "Xinhua style guide"
    }
    b.annotate("term", "党建", in: 3, stage: "glossary") { $0.rendering = "Party building" }
    b.annotate("term", "党建", in: 6, stage: "glossary") { $0.rendering = "Party building" }
    b.annotate("term", "科创", in: 1, stage: "glossary") { term in
      term.rendering = hostileRendering
      term.note = hostileNote
    }
    b.annotate("term", "科创", in: 6, stage: "glossary") { $0.rendering = hostileRendering }
    b.annotate("abbreviation", "三会一课", in: 3, stage: "abbreviations") { formula in
      formula.rendering = "three meetings and one lesson"
      formula.expansion = ["支部党员大会", "支部委员会", "党小组会", "党课"]
      formula.formulaOrigin = .glossary
    }
    b.annotate("abbreviation", "两个覆盖", in: 3, stage: "abbreviations") { formula in
      formula.rendering = "two coverages"
      formula.expansion = ["组织覆盖", "工作覆盖"]
      formula.formulaOrigin = .document
    }
    b.annotate("abbreviation", "四个一", in: 6, stage: "abbreviations") {
      $0.formulaOrigin = .unresolved
    }
    b.annotate("entity", "宝山区", in: 5, stage: "ner") { $0.rendering = "Baoshan District" }
    b.annotate("translation", "宝山区坚持“三会一课”制度。", in: 3, stage: "mt") {
      $0.rendering = "Baoshan District upholds the “three meetings and one lesson” system."
    }
    return b.document()
  }
}
