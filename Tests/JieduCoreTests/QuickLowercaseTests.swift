import JieduCore
import Testing

/// `lowercasedQuickly` folds ASCII on its bytes and maps only the other scalars: it must give what
/// `lowercased()` gives, whatever the mix.
@Suite struct QuickLowercaseTests {
  @Test(arguments: [
    "variant of 為|为[wei4]", "See 那個|那个[na4 ge5]", "Lǎozǐ (The Philosopher)", "ÀÉÎÕÜ ÆØÅ",
    "İstanbul", "KELVIN \u{212A} and ANGSTROM \u{212B}", "ΣΑΣ ΟΔΟΣ", "Straße STRASSE ẞ",
    "ＡＢＣ full width", "ǅ ǈ ǋ title case", "e\u{301} combining", "", "plain ascii ONLY",
    "中国", "🙂 Emoji A", "ﬁ ligature ﬀ", "Ⅻ ROMAN Ⓐ",
  ])
  func agreesWithLowercased(_ text: String) {
    #expect(text.lowercasedQuickly == text.lowercased())
    #expect(Array(text.lowercasedQuickly.utf8) == Array(text.lowercased().utf8))
  }
}
