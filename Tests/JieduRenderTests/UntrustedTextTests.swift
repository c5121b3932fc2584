import Foundation
import JieduCore
import Testing

@testable import JieduRender

/// Glossary and dictionary text is untrusted: it must show as text in every format.
@Suite struct UntrustedTextTests {
  @Test func hostileGlossaryEntryShowsAsTextInHTML() throws {
    let html = try Rendered.text(.html)
    #expect(Rendered.count("<script", in: html) == 1, "only the page's own script")
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"))
  }

  @Test func hostileTokenTextAndDictionaryGlossesAreEscaped() throws {
    var builder = SampleDocumentBuilder()
    builder.lexicon = ["坏": ("huài\"><script>", ["<b onmouseover=x>bad</b>"])]
    builder.block(.title, "坏 <i>")
    builder.block(.paragraph, "坏 。")
    let html = try Rendered.text(builder.document(), .html)
    #expect(Rendered.count("<script", in: html) == 1, "only the page's own script")
    #expect(!html.contains("<b onmouseover"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("<rt>huài&quot;&gt;&lt;script&gt;</rt>"))
    #expect(html.contains("&lt;b onmouseover=x&gt;bad&lt;/b&gt;"))
  }

  @Test func hostileTemplateValuesInAUserTemplateAreEscapedByMustache() throws {
    let folder = try Rendered.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("mine.mustache")
    try "<ul>{{#terms}}<li>{{term}}: {{english}} / {{note}}</li>{{/terms}}</ul>".write(
      to: template, atomically: true, encoding: .utf8)
    let html = try Rendered.text(SampleDocument.make(), .html, RenderOptions(templateURL: template))
    #expect(html.contains("<li>科创: &lt;img src=x onerror=alert(2)&gt; / &lt;script&gt;"))
    #expect(!html.contains("<img"))
  }

  @Test func hostileTextIsEscapedInMarkdown() throws {
    let md = try Rendered.text(.md)
    // Every `<` is backslash-escaped, so a Markdown renderer shows it as text.
    #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<"))
    #expect(md.contains("\\<img src=x onerror=alert\\(2\\)\\>"))
  }

  @Test func htmlEscapeCoversEveryMarkupCharacter() {
    #expect(
      HTMLEscape.text("<a href='x' title=\"y\">&</a>")
        == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;")
    #expect(HTMLEscape.text("a\u{0}b\u{7}c\nd") == "abc\nd")
  }
}
