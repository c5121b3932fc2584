import Foundation
import Testing

@testable import JieduCore

@Suite("The seed article's structure")
struct SeedStructureTests {
  let document: Document

  init() throws {
    document = try Ingestion.document(from: try FixtureFiles.seed(), name: "seed.txt")
  }

  @Test func blockKindsInOrder() throws {
    let expected = try FixtureFiles.text("seed-blocks.txt").split(separator: "\n").map {
      line -> (BlockKind, String) in
      let parts = line.split(separator: "\t", maxSplits: 1)
      return (BlockKind(rawValue: String(parts[0]))!, String(parts[1]))
    }
    #expect(document.blocks.count == expected.count)
    for (block, (kind, prefix)) in zip(document.blocks, expected) {
      #expect(
        block.kind == kind,
        "block \(block.id) '\(block.text.prefix(12))' is \(block.kind), expected \(kind)")
      #expect(
        block.text.hasPrefix(prefix),
        "block \(block.id) starts '\(block.text.prefix(12))', expected '\(prefix)'")
    }
  }

  @Test(arguments: [
    "设立区委书记牵头领衔的工作领导小组，对重大问题",
    "建立“党建联席会议制度”，以党建创优",
    "党组织就建到哪里，理顺“园区—园中园—企业”",
  ])
  func brokenParagraphsAreRejoined(_ joined: String) {
    #expect(document.blocks.contains { $0.kind == .paragraph && $0.text.contains(joined) })
  }

  @Test func halfWidthCommasInsideChineseBecomeFullWidth() {
    let title = document.blocks.first { $0.kind == .paragraph }!
    #expect(title.text.hasPrefix("72年前，宝山作为上海解放的主战场，"))
    #expect(!document.blocks.contains { $0.text.contains(",") })
  }

  @Test func sentencesCoverEveryBlockExactly() {
    for block in document.blocks {
      let count = block.text.unicodeScalars.count
      #expect(block.sentences.first?.start == 0)
      #expect(block.sentences.last?.end == count)
      for (a, b) in zip(block.sentences, block.sentences.dropFirst()) { #expect(a.end == b.start) }
    }
  }

  @Test func sourceCarriesEncodingAndDigest() throws {
    #expect(document.source.encoding == "utf-8")
    #expect(document.source.sha256 == SHA256Digest.hex(try FixtureFiles.seed()))
    #expect(document.source.sha256.count == 64)
  }
}
