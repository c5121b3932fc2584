import Foundation
import JieduCore
import JieduDictionary
import Testing

@testable import GlossStage

/// `ComposedGloss.firstSense` reads an ASCII sense by its bytes: it must give what reading it by
/// characters gives, for CC-CEDICT's own senses and for the odd spacing and brackets they hold.
@Suite("The first sense of a CC-CEDICT sense, by bytes and by characters")
struct FirstSenseTests {
  @Test(arguments: [
    "to walk; to go", "ginkgo (tree with fan-shaped leaves)",
    "(of; 's; marks what describes a noun)",
    "  a  (x)  , b ;c", "a ,", " ,,", "()", "(", ")", "a (b (c) d) e; f", "\tword\t", "", ";",
    "hello , world (greeting) ,", "CL:ge4", "x (y; z) w; v",
  ])
  func bytesAndCharactersAgree(sense: String) {
    #expect(ComposedGloss.firstSenseOfASCII(sense) == ComposedGloss.firstSenseByCharacters(sense))
  }

  @Test func notASCIIGoesByCharacters() {
    #expect(ComposedGloss.firstSenseOfASCII("Lǎozǐ (the philosopher)") == nil)
    #expect(ComposedGloss.firstSense("Lǎozǐ (the philosopher)") == "Lǎozǐ")
  }

  /// Every ASCII sense of every seventh line of the real CC-CEDICT.
  @Test func cedictSensesAgree() throws {
    guard GlossTestData.available else { return }
    let url = GlossTestData.directory.appendingPathComponent(DataLocation.cedictFile)
    let text = try String(contentsOf: url, encoding: .utf8)
    var checked = 0
    let lines = text.split(whereSeparator: \.isNewline)  // CC-CEDICT ends its lines with CRLF
    for (n, line) in lines.enumerated() where n % 7 == 0 && !line.hasPrefix("#") {
      for sense in line.split(separator: "/").dropFirst() {
        let sense = String(sense)
        guard let fast = ComposedGloss.firstSenseOfASCII(sense) else { continue }
        #expect(fast == ComposedGloss.firstSenseByCharacters(sense), "\(sense)")
        checked += 1
      }
    }
    #expect(checked > 10_000)
  }
}

/// `lowercasedQuickly` stands in for `lowercased()` on the senses the gloss stage tests: the same
/// bytes for every sense of the real CC-CEDICT that is not all ASCII.
@Suite("Quick lower-casing of CC-CEDICT's senses")
struct QuickLowercaseOfSensesTests {
  @Test func everySenseAgrees() throws {
    guard GlossTestData.available else { return }
    let url = GlossTestData.directory.appendingPathComponent(DataLocation.cedictFile)
    let text = try String(contentsOf: url, encoding: .utf8)
    var checked = 0
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      for sense in line.split(separator: "/").dropFirst() where !sense.allSatisfy(\.isASCII) {
        let sense = String(sense)
        #expect(Array(sense.lowercasedQuickly.utf8) == Array(sense.lowercased().utf8), "\(sense)")
        checked += 1
      }
    }
    #expect(checked > 10_000)
  }
}
