import Foundation
import JieduCore
import JieduSegmenter
import Testing

/// Runs of characters the lexicon does not know go to the HMM.
@Suite struct HiddenMarkovModelTests {
  /// Tables under which 龘 begins a word and 靐 ends one.
  static let tables = """
    {"start": {"B": -0.1, "M": -3.14e100, "E": -3.14e100, "S": -2.0},
     "trans": {"B": {"E": -0.1, "M": -2.3}, "E": {"B": -0.5, "S": -0.9},
               "M": {"E": -0.3, "M": -1.2}, "S": {"B": -0.7, "S": -0.6}},
     "emit": {"B": {"龘": -1.0, "靐": -9.0}, "E": {"龘": -9.0, "靐": -1.0},
              "M": {"龘": -9.0, "靐": -9.0}, "S": {"龘": -5.0, "靐": -5.0, "的": -1.0}}}
    """

  @Test func unknownRunIsJoinedByTheModel() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let hmm = try fixtures.write("hmm.json", Self.tables)
    #expect(words(try fixtures.segmenter(hmm: hmm), "我们龘靐的") == ["我们", "龘靐", "的"])
  }

  @Test func commonSingleCharacterWordsAreNotGlued() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    // 的 is a frequent word of its own: even if the model joined it, it stays single.
    let glue = Self.tables.replacingOccurrences(of: "\"的\": -1.0", with: "\"的\": -9.0")
      .replacingOccurrences(
        of: "\"E\": {\"龘\": -9.0, \"靐\": -1.0}",
        with: "\"E\": {\"龘\": -9.0, \"靐\": -1.0, \"的\": -0.1}")
    let hmm = try fixtures.write("hmm.json", glue)
    #expect(words(try fixtures.segmenter(hmm: hmm), "了的") == ["了", "的"])
  }

  @Test func badTablesAreAnErrorNamingTheFile() throws {
    let fixtures = try SegmenterFixtures()
    defer { fixtures.remove() }
    let hmm = try fixtures.write("hmm.json", "[1, 2]")
    let error = #expect(throws: JieduError.self) { try fixtures.segmenter(hmm: hmm) }
    #expect(error?.message.contains("hmm.json") == true)
  }
}
