import JieduKnowledge
import Testing

/// Entries written by `KnowledgeArchive` read back as they were, every field and the location too;
/// bytes that are not such an archive read as nil, never as entries.
@Suite struct KnowledgeArchiveTests {
  static let full = KnowledgeEntry(
    term: "三会一课", en: "three meetings and one lesson", pinyin: "sān huì yī kè",
    note: "a note with \"quotes\", <b>markup</b> and a\nline break", category: "organisation",
    aliases: ["三會一課", ""], source: "Qiushi",
    location: KnowledgeLocation(file: "f.yaml", line: 12, column: 3),
    items: ["支部党员大会", "支部委员会", "党小组会", "党课"], count: 4, status: .established,
    url: "https://example.org/x?y=1", also: ["three sessions and one class"], region: "shanghai",
    itemsEn: [
      "branch general meeting", "branch committee meeting", "Party group meeting", "Party lecture",
    ])
  static let bare = KnowledgeEntry(term: "党建", en: "Party building")
  static let located = KnowledgeEntry(
    term: "𠀀", en: "", location: KnowledgeLocation(file: "region/上海.yaml", line: 1_000_000),
    count: -3, status: .descriptive)

  private func roundTrip(_ entries: [KnowledgeEntry]) -> [KnowledgeEntry]? {
    KnowledgeArchive.encode(entries).withUnsafeBytes { KnowledgeArchive.decode($0) }
  }

  @Test(arguments: [[], [full], [bare], [full, bare, located]])
  func entriesReadBackAsTheyWere(_ entries: [KnowledgeEntry]) throws {
    let back = try #require(roundTrip(entries))
    #expect(back == entries)
    #expect(back.map(\.location) == entries.map(\.location))
    #expect(back.map(\.status) == entries.map(\.status))
    #expect(back.map(\.count) == entries.map(\.count))
    #expect(back.map(\.pinyin) == entries.map(\.pinyin))
  }

  @Test func bytesCutShortOrWithMoreAfterThemAreNoArchive() {
    let bytes = KnowledgeArchive.encode([Self.full, Self.bare, Self.located])
    for length in 0..<bytes.count {
      #expect(Array(bytes.prefix(length)).withUnsafeBytes { KnowledgeArchive.decode($0) } == nil)
    }
    #expect((bytes + [0]).withUnsafeBytes { KnowledgeArchive.decode($0) } == nil)
  }

  @Test func anotherMagicOrAnUnknownStatusOrTagIsNoArchive() {
    var bytes = KnowledgeArchive.encode([Self.bare])
    bytes[0] = UInt8(ascii: "X")
    #expect(bytes.withUnsafeBytes { KnowledgeArchive.decode($0) } == nil)
    var status = Self.bare
    status.status = .official
    var withStatus = KnowledgeArchive.encode([status])
    let official = Array("official".utf8)
    let at = withStatus.indices.first { withStatus[$0...].starts(with: official) }!
    withStatus.replaceSubrange(at..<(at + official.count), with: Array("offishal".utf8))
    #expect(withStatus.withUnsafeBytes { KnowledgeArchive.decode($0) } == nil)
    var tag = KnowledgeArchive.encode([Self.bare])
    // The byte after the two strings "党建" and "Party building": pinyin's tag.
    tag[4 + 1 + 1 + 6 + 1 + 14] = 7
    #expect(tag.withUnsafeBytes { KnowledgeArchive.decode($0) } == nil)
  }
}
