import Foundation
import Synchronization
import Testing

@testable import TranslationStage

@Suite("Translation cache")
struct CacheTests {
  func entry(_ i: Int, writer: Int) -> CachedTranslation {
    CachedTranslation(
      key: "k\(writer)-\(i)", source: "句子\(i)", text: "Sentence \(i)", backend: "openai", model: "m"
    )
  }

  @Test func storedEntriesAreFoundAndCounted() throws {
    let url = try TranslationFixture.temporaryDirectory().appendingPathComponent("c.sqlite")
    let cache = try TranslationCache(url: url)
    try cache.store([entry(1, writer: 0), entry(2, writer: 0)])
    #expect(try cache.lookup(["k0-1", "k0-9"]) == ["k0-1": "Sentence 1"])
    #expect(try cache.statistics().total == 2)
    try cache.clear()
    #expect(try cache.statistics().total == 0)
  }

  @Test func aCorruptFileIsMovedAsideWithANotice() throws {
    let url = try TranslationFixture.temporaryDirectory().appendingPathComponent("c.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: url)
    var notices: [String] = []
    let cache = try TranslationCache(url: url) { notices.append($0) }
    try cache.store([entry(1, writer: 0)])
    #expect(notices.count == 1 && notices[0].contains("not a readable SQLite database"))
    #expect(FileManager.default.fileExists(atPath: url.path + ".corrupt"))
  }

  /// Several connections opening one new cache at the same moment, as two jiedu processes do:
  /// SQLite refuses a concurrent `journal_mode = WAL` at once ("database is locked") unless the
  /// opens are taken in turn. Every open must succeed, in every round.
  @Test func manyOpeningOneNewCacheAtOnceAllSucceed() throws {
    let folder = try TranslationFixture.temporaryDirectory()
    for round in 0..<12 {
      let url = folder.appendingPathComponent("c\(round).sqlite")
      let failures = Mutex<[String]>([])
      let threads = (0..<6).map { writer in
        Thread {
          do {
            let cache = try TranslationCache(url: url)
            try cache.store([CacheTests().entry(round, writer: writer)])
          } catch {
            failures.withLock { $0.append("\(error)") }
          }
        }
      }
      for thread in threads { thread.start() }
      while threads.contains(where: { !$0.isFinished }) { usleep(2_000) }
      #expect(failures.withLock { $0 }.isEmpty, "round \(round)")
      #expect(try TranslationCache(url: url).statistics().total == 6)
    }
  }

  /// Two processes writing one cache at once (WAL, busy timeout): every entry of both arrives.
  @Test func twoProcessesWriteAtOnce() throws {
    let url = try TranslationFixture.temporaryDirectory().appendingPathComponent("c.sqlite")
    _ = try TranslationCache(url: url)
    let script = """
      import sqlite3, sys, time
      db = sqlite3.connect(sys.argv[1], timeout=30)
      for i in range(200):
          db.execute("INSERT OR REPLACE INTO translation VALUES (?, ?, ?, 'openai', 'm', ?)",
                     ("py-%d" % i, "句", "S", time.time()))
          db.commit()
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, url.path]
    try process.run()
    let cache = try TranslationCache(url: url)
    for i in 0..<200 { try cache.store([entry(i, writer: 1)]) }
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try cache.statistics().total == 400)
  }
}
