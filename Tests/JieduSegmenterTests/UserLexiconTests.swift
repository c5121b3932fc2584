import Foundation
import JieduCore
import JieduSegmenter
import Testing

/// User lexicons: words with punctuation, digits and Latin letters; optional frequencies; clear errors.
@Suite struct UserLexiconTests {
  @Test(arguments: [
    ("马克思·恩格斯全集", ["马克思·恩格斯", "全", "集"]),
    ("COVID-19疫情", ["COVID-19", "疫", "情"]),
    ("5G网络", ["5G网络"]),
    ("ＣＯＶＩＤ－１９", ["ＣＯＶＩＤ－１９"]),
    ("科创强区", ["科创强区"]),
  ])
  func userWordStaysWhole(text: String, expected: [String]) throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let lexicon = try fixtures.write(
      "user.txt", "\u{FEFF}# my words\r\n马克思·恩格斯\r\nCOVID-19\r\n\r\n5G网络 50\n科创强区 10 n\n")
    let base = try fixtures.segmenter()
    #expect(words(base, text) != expected, "the base lexicon alone should not give \(expected)")
    #expect(words(try fixtures.segmenter(userLexicons: [lexicon]), text) == expected)
  }

  @Test func badFrequencyNamesFileAndLine() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let lexicon = try fixtures.write("bad.txt", "三会一课\nNew York\n")
    let error = #expect(throws: JieduError.self) { try fixtures.segmenter(userLexicons: [lexicon]) }
    #expect(error?.message.contains("bad.txt:2:") == true)
    #expect(error?.message.contains("'York'") == true)
  }

  @Test func missingSourceNamesThePath() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let missing = fixtures.directory.appendingPathComponent("nope.txt")
    let error = #expect(throws: JieduError.self) { try fixtures.segmenter(userLexicons: [missing]) }
    #expect(error?.message.contains("nope.txt") == true)
    #expect(error.map { !$0.message.contains("\n") } == true)
  }

  @Test func cedictHeadwordsJoinTheLexicon() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cedict = try fixtures.write(
      "cedict.txt",
      "# CC-CEDICT\r\n#! version=1\r\n黨建 党建 [dang3 jian4] /Party building/\r\n"
        + "一朝被蛇咬，十年怕井繩 一朝被蛇咬，十年怕井绳 [x] /proverb/\r\n")
    let segmenter = try LexiconSegmenter(
      configuration: SegmenterConfiguration(
        jiebaDictionary: fixtures.dictionaryURL, cedict: cedict, hmm: nil))
    #expect(words(segmenter, "党建的黨建") == ["党建", "的", "黨建"])
  }

  /// The one CC-CEDICT reader skips a line that is not an entry (the gloss stage reports it);
  /// the entries around it still join the lexicon.
  @Test func malformedCedictLineIsSkipped() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let cedict = try fixtures.write(
      "cedict.txt", "黨建 党建 [dang3 jian4] /Party building/\nbroken\n科創 科创 [ke1 chuang4] /sci-tech innovation/\n")
    let segmenter = try LexiconSegmenter(
      configuration: SegmenterConfiguration(jiebaDictionary: nil, cedict: cedict, hmm: nil))
    #expect(words(segmenter, "党建科创") == ["党建", "科创"])
  }
}
