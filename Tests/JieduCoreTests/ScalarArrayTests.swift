import Foundation
import JieduCore
import Testing

/// `scalarArray` decodes UTF-8 itself: it must give what `Array(unicodeScalars)` gives.
@Suite struct ScalarArrayTests {
  @Test(arguments: [
    "", "a", "党建引领", "三会一课 (three meetings and one lesson)", "é̃ ñ", "😀👩‍👩‍👧 𠀀𪚥",
    "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    "上海市\r\n徐汇区\t…「」", String(repeating: "中a", count: 5_000),
  ])
  func givesTheStringsScalars(text: String) {
    #expect(text.scalarArray == Array(text.unicodeScalars))
  }

  /// A string Foundation made (bridged storage on some platforms) reads the same.
  @Test func aFoundationStringReadsTheSame() {
    let text = NSString(string: "徐汇区 Xuhui 😀").appendingPathComponent("党建")
    #expect(text.scalarArray == Array(text.unicodeScalars))
  }
}
