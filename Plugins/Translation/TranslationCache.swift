import Foundation
import GRDB
import Glibc
import JieduCore

/// Backend answers kept in SQLite (WAL, safe with several jiedu processes at once), keyed by
/// everything the answer depends on: backend, model, prompt version, sentence, context and the
/// required renderings. A change to any of them is a miss.
public final class TranslationCache: Sendable {
  /// The database file.
  public let url: URL
  private let pool: DatabasePool

  /// Opens (or creates) the cache. A file that is not a SQLite database is moved aside to
  /// `NAME.corrupt` and a new cache is made; `notice` is told so in one line.
  public init(url: URL, notice: (String) -> Void = { _ in }) throws {
    self.url = url
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    do {
      pool = try TranslationCache.open(url)
    } catch let error as DatabaseError
      where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode)
    {
      let aside = url.appendingPathExtension("corrupt")
      try? FileManager.default.removeItem(at: aside)
      do {
        try FileManager.default.moveItem(at: url, to: aside)
        for suffix in ["-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
        pool = try TranslationCache.open(url)
      } catch {
        throw JieduError("translation cache \(url.path) is damaged and cannot be rebuilt: \(error)")
      }
      notice(
        "translation cache \(url.path) was not a readable SQLite database (\(error.resultCode)); "
          + "moved it to \(aside.lastPathComponent) and started a new one")
    } catch {
      throw JieduError("cannot open the translation cache \(url.path): \(error)")
    }
  }

  /// Opens the pool while holding `NAME.lock` (an exclusive `flock`): SQLite answers "database is
  /// locked" at once, without its busy timeout, when two connections set `journal_mode = WAL` at
  /// the same moment, as two jiedu processes opening one cache do (GRDB sets it on every open).
  private static func open(_ url: URL) throws -> DatabasePool {
    let lock = Glibc.open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    defer { if lock >= 0 { close(lock) } }
    if lock >= 0 { while flock(lock, LOCK_EX) != 0 && errno == EINTR {} }
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.label = "jiedu-translation-cache"
    let pool = try DatabasePool(path: url.path, configuration: configuration)
    try pool.write { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS translation (
            key TEXT PRIMARY KEY NOT NULL,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            backend TEXT NOT NULL,
            model TEXT NOT NULL,
            created REAL NOT NULL
          )
          """)
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS rejection (
            key TEXT PRIMARY KEY NOT NULL,
            reason TEXT NOT NULL,
            created REAL NOT NULL
          )
          """)
    }
    return pool
  }

  /// The cached English for each key that has one.
  public func lookup(_ keys: [String]) throws -> [String: String] {
    try values(keys, sql: "SELECT text FROM translation WHERE key = ?")
  }

  /// The reasons answers were rejected, for each key that has one.
  public func rejections(_ keys: [String]) throws -> [String: String] {
    try values(keys, sql: "SELECT reason FROM rejection WHERE key = ?")
  }

  /// One text column for each key that has a row.
  private func values(_ keys: [String], sql: String) throws -> [String: String] {
    guard !keys.isEmpty else { return [:] }
    return try pool.read { db in
      var found: [String: String] = [:]
      for key in keys {
        if let value = try String.fetchOne(db, sql: sql, arguments: [key]) { found[key] = value }
      }
      return found
    }
  }

  /// Records answers that were rejected, so the same request is not sent again.
  public func reject(_ entries: [(key: String, reason: String)]) throws {
    guard !entries.isEmpty else { return }
    try pool.write { db in
      for entry in entries {
        try db.execute(
          sql: "INSERT OR REPLACE INTO rejection (key, reason, created) VALUES (?, ?, ?)",
          arguments: [entry.key, entry.reason, Date().timeIntervalSince1970])
      }
    }
  }

  /// Stores answers (replacing any with the same key).
  public func store(_ entries: [CachedTranslation]) throws {
    guard !entries.isEmpty else { return }
    try pool.write { db in
      for entry in entries {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO translation (key, source, text, backend, model, created)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            entry.key, entry.source, entry.text, entry.backend, entry.model,
            Date().timeIntervalSince1970,
          ])
      }
    }
  }

  /// Entries per backend and model, and the file's size.
  public func statistics() throws -> CacheStatistics {
    let rows = try pool.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT backend, model, COUNT(*) AS n FROM translation GROUP BY backend, model ORDER BY n DESC"
      ).map {
        (backend: $0["backend"] as String, model: $0["model"] as String, count: $0["n"] as Int)
      }
    }
    var bytes = 0
    for suffix in ["", "-wal", "-shm"] {
      let size =
        (try? FileManager.default.attributesOfItem(atPath: url.path + suffix)[.size]) as? Int
      bytes += size ?? 0
    }
    return CacheStatistics(groups: rows, bytes: bytes)
  }

  /// Removes every entry.
  public func clear() throws {
    try pool.write { db in
      try db.execute(sql: "DELETE FROM translation")
      try db.execute(sql: "DELETE FROM rejection")
    }
    try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
  }
}

/// One answer to keep.
public struct CachedTranslation: Sendable {
  /// The cache key.
  public var key: String
  /// The Chinese sentence.
  public var source: String
  /// The English.
  public var text: String
  /// The backend kind.
  public var backend: String
  /// The model.
  public var model: String
}

/// What `jiedu cache stats` shows of the translation cache.
public struct CacheStatistics: Sendable {
  /// Entries per backend and model, largest first.
  public var groups: [(backend: String, model: String, count: Int)]
  /// Bytes on disk, with the WAL files.
  public var bytes: Int
  /// All entries.
  public var total: Int { groups.reduce(0) { $0 + $1.count } }
}
