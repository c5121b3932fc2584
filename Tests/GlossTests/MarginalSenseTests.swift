import Foundation
import JieduCore
import JieduDictionary
import Testing

@testable import GlossStage

/// A sense's rank and whether it is marginal are read off an ASCII sense's bytes: they must be what
/// the tests on its lower-cased text say, for CC-CEDICT's own senses and for odd cases.
@Suite("Marginal senses, by bytes and by the lower-cased text")
struct MarginalSenseTests {
  /// The tests as written on the lower-cased text.
  static func rankByText(_ sense: String) -> Int {
    let lower = sense.lowercased()
    let references = [
      "variant of ", "old variant of ", "japanese variant of ", "archaic variant of ", "see ",
      "see also ", "used in ", "erhua variant of ", "(old) variant of ", "(archaic) variant of ",
      "also written ",
    ]
    if references.contains(where: { lower.hasPrefix($0) }) || lower.contains(" variant of ") {
      return 3
    }
    if lower.hasPrefix("surname ") || lower == "surname" { return 2 }
    if ["(archaic)", "(old)", "(literary)", "(classical)"].contains(where: { lower.hasPrefix($0) })
      || lower.hasSuffix("(archaic)") || lower.hasSuffix("(old)")
    {
      return 1
    }
    return 0
  }

  static func marginalByText(_ sense: String) -> Bool {
    let lower = sense.lowercased()
    return rankByText(sense) > 0
      || ["(slang)", "(vulgar)", "(dialect)", "(internet slang)"].contains(where: {
        lower.hasPrefix($0)
      }) || lower.contains("(slang) homosexual")
  }

  @Test(arguments: [
    "Variant of 章[zhang1]", "SURNAME", "surname", "Surname Li", "surnames", "See Also x", "see",
    "an old Variant of x", "(Old)", "a word (ARCHAIC)", "(Slang) homosexual",
    "(slang) homosexuality",
    "to walk", "", "(internet slang) lol", "(dialect)x", "also written 乾", "K\u{212A}",
    "(old)\u{212A}",
    "\u{212A}ariant of", "see\u{00A0}x", "İ (archaic)", "erhua variant", "(classical) x",
    "(literary",
  ])
  func bytesAndTextAgree(sense: String) {
    #expect(SenseCleaner.rank(of: sense) == Self.rankByText(sense), "\(sense)")
    #expect(SenseChooser.isMarginal(sense) == Self.marginalByText(sense), "\(sense)")
    #expect(
      (SenseChooser.withoutMarginal([sense, "a real sense"]) == ["a real sense"])
        == Self.marginalByText(sense), "\(sense)")
  }

  /// Every sense of every third line of the real CC-CEDICT.
  @Test func cedictSensesAgree() throws {
    guard GlossTestData.available else { return }
    let url = GlossTestData.directory.appendingPathComponent(DataLocation.cedictFile)
    let text = try String(contentsOf: url, encoding: .utf8)
    var marginal = 0
    let lines = text.split(whereSeparator: \.isNewline)
    for (n, line) in lines.enumerated() where n % 3 == 0 && !line.hasPrefix("#") {
      for sense in line.split(separator: "/").dropFirst() {
        let sense = String(sense)
        #expect(SenseCleaner.rank(of: sense) == Self.rankByText(sense), "\(sense)")
        let expected = Self.marginalByText(sense)
        #expect(SenseChooser.isMarginal(sense) == expected, "\(sense)")
        if expected { marginal += 1 }
      }
    }
    #expect(marginal > 1_000)
  }
}
