import Foundation
import GlossStage
import JieduCore
import JieduDictionary
import JieduPipeline
import JieduStageTesting
import JieduVocabulary
import Testing

/// The hand-written fixtures of issue 13 (readings and senses in context) through the library, with
/// their accuracy floors, and the pieces behind them: names, composed glosses, numbers.
@Suite(.enabled(if: GlossTestData.available, "needs CC-CEDICT in data/ (make data)"))
struct ContextFixtureTests {
  /// One fixture row: the sentence, the text before the marked word, the word, the answer.
  struct Row {
    var sentence: String
    var before: String
    var word: String
    var answer: String
  }

  static func rows(_ name: String) throws -> [Row] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tsv"))
    var rows: [Row] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("#") || line.isEmpty { continue }
      let fields = line.split(separator: "\t").map(String.init)
      let parts = fields[0].components(separatedBy: "\u{2581}")
      guard fields.count == 2, parts.count == 3 else { continue }
      rows.append(
        Row(sentence: parts.joined(), before: parts[0], word: parts[1], answer: fields[1]))
    }
    return rows
  }

  @Test func polyphonesInProseReachTheFloor() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let reader = PinyinReader(dictionary: dictionary)
    let rows = try Self.rows("polyphones-in-context")
    #expect(rows.count >= 400)
    var right = 0
    var misses: [String] = []
    for row in rows {
      let position = row.before.unicodeScalars.filter(\.properties.isIdeographic).count
      let syllables = reader.syllables(forLine: row.sentence, style: .numbers)
      let want = row.answer.replacingOccurrences(of: "u:", with: "ü")
      if position < syllables.count, syllables[position] == want {
        right += 1
      } else {
        misses.append("\(row.sentence) \(row.word) want \(want)")
      }
    }
    let accuracy = Double(right) / Double(rows.count)
    #expect(accuracy >= 0.97, "accuracy \(accuracy); misses: \(misses.joined(separator: "; "))")
    // Every character of the issue with both of its readings.
    let readings = Dictionary(grouping: rows, by: \.word).mapValues { Set($0.map(\.answer)) }
    for character in "地为得还长都种处数好少分应相教难发干正便差重行乐觉调" {
      #expect((readings[String(character)]?.count ?? 0) >= 2, "\(character) lacks a second reading")
    }
  }

  /// Whether `gloss` holds one of the `|`-separated answers on word boundaries (case-insensitive).
  static func accepts(_ gloss: String, _ answers: String) -> Bool {
    let lower = gloss.lowercased()
    for answer in answers.split(separator: "|") {
      let a = answer.trimmingCharacters(in: .whitespaces).lowercased()
      var search = lower.startIndex..<lower.endIndex
      while let found = lower.range(of: a, range: search) {
        let before =
          found.lowerBound == lower.startIndex ? nil : lower[lower.index(before: found.lowerBound)]
        let after = found.upperBound == lower.endIndex ? nil : lower[found.upperBound]
        if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
        search = found.upperBound..<lower.endIndex
      }
    }
    return false
  }

  /// The fixture's sentences as paragraphs of one document through the real segmenter and the stage.
  static func annotated(_ sentences: [String]) async throws -> Document {
    let setup = try StageTestKit.setup()
    let dictionary = try setup.context.shared(ChineseDictionary.self)
    let text = sentences.joined(separator: "\n\n") + "\n"
    return try await StageTestKit.run(
      GlossStage(dictionary: dictionary), bytes: Array(text.utf8),
      segmenter: try setup.segmenter(), context: setup.context)
  }

  @Test func firstGlossFitsTheSentence() async throws {
    let rows = try Self.rows("senses-in-context")
    #expect(rows.count >= 300)
    let document = try await Self.annotated(rows.map(\.sentence))
    var blocks: [String: Block] = [:]
    for block in document.blocks where blocks[block.text] == nil { blocks[block.text] = block }
    var right = 0
    var misses: [String] = []
    for row in rows {
      let start = row.before.unicodeScalars.count
      let end = start + row.word.unicodeScalars.count
      let token = blocks[row.sentence]?.sentences.flatMap(\.tokens).first {
        $0.start <= start && $0.end >= end
      }
      let first = token?.glosses?.first ?? ""
      if Self.accepts(first, row.answer) {
        right += 1
      } else {
        misses.append("\(row.word) in \(row.sentence): \(first)")
      }
    }
    let accuracy = Double(right) / Double(rows.count)
    #expect(accuracy >= 0.90, "accuracy \(accuracy); misses: \(misses.joined(separator: "; "))")
  }

  /// The SIGHAN raw test text, read in place beside the project (never the gold files).
  static let corpus = GlossTestData.directory.deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpora/icwb2")

  @Test(
    .enabled(
      if: FileManager.default.fileExists(
        atPath: ContextFixtureTests.corpus.appendingPathComponent("pku_test.utf8").path),
      "needs ../shared/corpora/icwb2"))
  func fewMultiCharacterWordsAreLeftWithoutAGloss() async throws {
    var sentences: [String] = []
    for name in ["pku_test.utf8", "msr_test.utf8"] {
      let text = try String(
        contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
      sentences += text.split(separator: "\n").prefix(400).map(String.init)
    }
    let document = try await Self.annotated(sentences)
    let words = document.allTokens.map(\.token).filter {
      $0.text.unicodeScalars.count >= 2 && $0.text.unicodeScalars.allSatisfy(\.isHan)
    }
    let bare = words.filter { ($0.glosses ?? []).isEmpty }
    #expect(words.count > 5000)
    let share = Double(bare.count) / Double(words.count)
    #expect(share <= 0.02, "bare: \(bare.prefix(30).map(\.text))")
  }

  @Test func namesAreOneTokenCapitalisedAndGlossedAsNames() async throws {
    let document = try await Self.annotated(["记者徐静报道，陈耀说，上海很美。"])
    let tokens = document.allTokens.map(\.token)
    let xu = try #require(tokens.first { $0.text == "徐静" })
    #expect(xu.pinyin == "Xú Jìng")
    #expect(xu.glosses?.first == "(person name) Xu Jing")
    #expect(xu.nameKind == "person")
    let chen = try #require(tokens.first { $0.text == "陈耀" })
    #expect(chen.pinyin == "Chén Yào")
    let shanghai = try #require(tokens.first { $0.text == "上海" })
    #expect(shanghai.pinyin == "Shànghǎi")
    #expect(shanghai.nameKind == "place")
    #expect(!tokens.contains { $0.text == "徐" || $0.text == "静" })
  }

  /// A letter's salutation frames a name as 说 does: 陈耀朋友 is Chén Yào, not "lay out + brilliant".
  @Test(arguments: ["陈耀朋友：", "李明同学：你好！"])
  func aSalutationFramesTheName(_ line: String) async throws {
    let document = try await Self.annotated([line])
    let name = try #require(document.allTokens.map(\.token).first { $0.nameKind == "person" })
    #expect(name.pinyin?.first?.isUppercase == true)
    #expect(name.composedGloss == false)
  }

  /// A sense CC-CEDICT marks "(old)" sinks below the real ones, so 年 is "year", not the old
  /// variant 秊's "grain; harvest (old)".
  @Test func oldSensesSinkBelowRealOnes() async throws {
    let document = try await Self.annotated(["这些年国家发展很快。"])
    let year = try #require(document.allTokens.map(\.token).first { $0.text == "年" })
    #expect(year.glosses?.first == "year")
    #expect(year.traditional == nil)
  }

  @Test func wordsTheDictionaryLacksGetAComposedGlossAndNoTraditionalForm() async throws {
    let document = try await Self.annotated(["新世纪的腐败分子。", "你家。"])
    let tokens = document.allTokens.map(\.token)
    let century = try #require(tokens.first { $0.text == "新世纪" })
    #expect(century.glosses?.first == "new + century")
    #expect(century.composedGloss)
    #expect(century.traditional == nil)
    let yours = try #require(tokens.first { $0.text == "你家" })
    #expect(yours.traditional == nil, "never 你傢")
  }

  @Test func adverbialDeIsSplitFromHighland() async throws {
    let document = try await Self.annotated(["经济更高地发展起来。"])
    let tokens = document.allTokens.map(\.token)
    #expect(!tokens.contains { $0.text == "高地" })
    #expect(tokens.first { $0.text == "地" }?.pinyin == "de")
  }

  @Test func circleZeroReadsLing() throws {
    let dictionary = try #require(GlossTestData.dictionary)
    let reader = PinyinReader(dictionary: dictionary)
    #expect(
      reader.syllables(forLine: "二○○一年", style: .marks) == ["èr", "líng", "líng", "yī", "nián"])
  }

  @Test(arguments: [
    ("2021年", "二〇二一年"), ("35人", "三十五人"), ("105", "一百〇五"), ("3.5%", "百分之三点五"),
    ("120000", "十二万"), ("10", "十"), ("0", "〇"), ("1008611", "一百万八千六百一十一"),
    ("20050", "二万〇五十"),
  ])
  func numbersAreSpelledOut(text: String, spelled: String) {
    #expect(NumberReading.spellOut(text) == spelled)
  }

  @Test func glossaryRenderingComesFirstForEveryOccurrence() async throws {
    let dictionary = try #require(GlossTestData.dictionary)
    var document = try Ingestion.document(from: Array("群众路线，群众。".utf8), name: "t")
    Ingestion.tokenize(&document, with: SimpleSegmenter(words: ["群众", "路线"]))
    document.annotations = [
      Annotation(
        stage: "glossary", type: .term, block: 0, start: 0, end: 2, text: "群众",
        rendering: "the people")
    ]
    try await GlossStage(dictionary: dictionary).annotate(
      &document, context: StageContext(baseDirectory: GlossTestData.directory))
    let masses = document.allTokens.map(\.token).filter { $0.text == "群众" }
    #expect(masses.count == 2)
    for token in masses { #expect(token.glosses?.first == "the people") }
  }
}
