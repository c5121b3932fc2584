import Foundation
import JieduDictionary
import Testing

@Suite struct PolyphonicCharactersTests {
  static let sample = """
    行 行 [hang2] /row/line/
    行 行 [xing2] /to walk/to go/
    行 行 [Xing2] /surname Xing/
    子 子 [zi3] /son/child/
    子 子 [zi5] /(noun suffix)/
    差 差 [ci1] /used in 參差|参差[cen1 ci1]/
    差 差 [cha4] /differ from/short of/
    好 好 [hao3] /good/
    好 好 [hao4] /to be fond of/

    """

  @Test func aCharactersReadingsLeaveOutNamesCrossReferencesAndNeutralToneTwins() {
    let dictionary = ChineseDictionary(bytes: Array(Self.sample.utf8))
    #expect(PolyphonicCharacters.readings(of: "行", in: dictionary) == ["háng", "xíng"])
    #expect(PolyphonicCharacters.readings(of: "子", in: dictionary) == ["zǐ"])
    #expect(PolyphonicCharacters.readings(of: "差", in: dictionary) == ["chà"])
    #expect(PolyphonicCharacters.readings(of: "好", in: dictionary) == ["hǎo", "hào"])
    #expect(PolyphonicCharacters.readings(of: "没", in: dictionary).isEmpty)
  }

  @Test func theCommonPolyphonesAreTheOnesTheReadingRulesCover() {
    for character in ["行", "长", "重", "了", "为", "还"] as [Character] {
      #expect(PolyphonicCharacters.common.contains(character), "\(character)")
    }
    #expect(!PolyphonicCharacters.common.contains("我"))
  }
}
