import Foundation
import Testing

/// Issue 13 through the binary: numbers read out, tone sandhi on request, names and composed glosses
/// marked in the JSON.
@Suite("Readings and senses in context, end to end")
struct ContextReadingTests {
  @Test func pinyinReadsNumbersOutWhenAsked() throws {
    let input = Data("2021年，35人，二○○一年\n".utf8)
    let kept = try CLIRunner.run(["pinyin"], stdin: input)
    #expect(kept.status == 0, "\(kept.stderr)")
    #expect(kept.stdoutText.hasPrefix("2021 nián"))
    #expect(kept.stdoutText.contains("èr líng líng yī nián"))
    let read = try CLIRunner.run(["pinyin", "--numbers", "read"], stdin: input)
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdoutText == "èr líng èr yī nián ， sān shí wǔ rén ， èr líng líng yī nián\n")
    let wrong = try CLIRunner.run(["pinyin", "--numbers", "loud"], stdin: input)
    #expect(wrong.status == 64)
  }

  @Test func pinyinShowsToneSandhiWhenAsked() throws {
    let run = try CLIRunner.run(["pinyin", "--sandhi"], stdin: Data("一个不是\n".utf8))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutText == "yí gè bú shì\n")
  }

  @Test func annotateMarksNamesAndComposedGlosses() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("in.txt")
    try Data("记者徐静报道：他为社会多做贡献，新世纪的上海更高地发展。\n".utf8).write(to: input)
    let run = try CLIRunner.run(["annotate", input.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdoutText.utf8)) as? [String: Any])
    let blocks = try #require(json["blocks"] as? [[String: Any]])
    let tokens = blocks.flatMap { ($0["sentences"] as? [[String: Any]]) ?? [] }
      .flatMap { ($0["tokens"] as? [[String: Any]]) ?? [] }
    func token(_ text: String) -> [String: Any]? { tokens.first { $0["text"] as? String == text } }
    let xu = try #require(token("徐静"))
    #expect(xu["pinyin"] as? String == "Xú Jìng")
    #expect(xu["name"] as? String == "person")
    #expect((xu["glosses"] as? [String])?.first == "(person name) Xu Jing")
    #expect(token("上海")?["name"] as? String == "place")
    #expect(token("上海")?["pinyin"] as? String == "Shànghǎi")
    let century = try #require(token("新世纪"))
    #expect(century["composed"] as? Bool == true)
    #expect((century["glosses"] as? [String])?.first == "new + century")
    #expect(token("为")?["pinyin"] as? String == "wèi")
    #expect(token("地")?["pinyin"] as? String == "de")
    #expect(token("高地") == nil)
  }
}
