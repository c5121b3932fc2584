import Foundation
import GRDB
import JieduCore

/// Writes an Anki collection file (`collection.anki2`, schema 11) holding one deck, the Jiedu
/// note type and the given notes, two new cards each.
enum AnkiCollection {
  /// Writes the collection.
  static func write(_ notes: [AnkiNote], deckName: String, to url: URL) throws {
    let now = Int(Date().timeIntervalSince1970)
    let modelID = 1_700_000_000_000 + Int(stableHash(AnkiNoteType.name) % 1_000_000)
    let deckID = 1_700_000_000_000 + Int(stableHash(deckName) % 1_000_000) + 1
    do {
      let queue = try DatabaseQueue(path: url.path)
      try queue.write { db in
        try db.execute(sql: schema)
        try db.execute(
          sql: """
            INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')
            """,
          arguments: [
            now - now % 86400, now * 1000, now * 1000, json(configuration(deckID)),
            json([String(modelID): model(modelID, deckID: deckID, now: now)]),
            json(decks(deckID, name: deckName, now: now)), json(["1": deckOptions()]),
          ])
        for (index, note) in notes.enumerated() {
          let noteID = now * 1000 + index
          let first = note.fields.first ?? ""
          try db.execute(
            sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, '', ?, ?, ?, 0, '')",
            arguments: [
              noteID, note.guid, modelID, now, note.fields.joined(separator: "\u{1F}"), first,
              checksum(first),
            ])
          for ord in 0..<2 {
            try db.execute(
              sql:
                "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
              arguments: [noteID * 2 + ord, noteID, deckID, ord, now, index + 1])
          }
        }
      }
      try queue.close()
    } catch let error as JieduError {
      throw error
    } catch {
      throw JieduError("could not write the Anki collection: \(error)")
    }
  }

  /// A stable 10-character note id (Anki's `guid`) from the text.
  static func guid(_ text: String) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var value = stableHash(text)
    var out = ""
    for _ in 0..<10 {
      out.append(alphabet[Int(value % UInt64(alphabet.count))])
      value /= UInt64(alphabet.count)
    }
    return out
  }

  /// FNV-1a over the UTF-8 bytes: the same every run (Swift's `hashValue` is seeded).
  static func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// Anki's field checksum: the first 8 hex digits of the SHA-1 of the first field without HTML.
  static func checksum(_ field: String) -> Int {
    let plain = TagStripping.text(field)
    let digest = SHA1.hash(Array(plain.utf8))
    return Int(digest[0]) << 24 | Int(digest[1]) << 16 | Int(digest[2]) << 8 | Int(digest[3])
  }

  private static func json(_ value: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  private static func configuration(_ deckID: Int) -> [String: Any] {
    [
      "activeDecks": [deckID], "curDeck": deckID, "newSpread": 0, "collapseTime": 1200,
      "timeLim": 0, "estTimes": true, "dueCounts": true, "curModel": NSNull(), "nextPos": 1,
      "sortType": "noteFld", "sortBackwards": false, "addToCur": true,
    ]
  }

  private static func model(_ id: Int, deckID: Int, now: Int) -> [String: Any] {
    let fields: [[String: Any]] = AnkiNoteType.fields.enumerated().map { index, name in
      [
        "name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial",
        "size": 20, "media": [] as [String],
      ]
    }
    func template(_ name: String, _ ord: Int, _ front: String, _ back: String) -> [String: Any] {
      [
        "name": name, "ord": ord, "qfmt": front, "afmt": back, "did": NSNull(), "bqfmt": "",
        "bafmt": "",
      ]
    }
    return [
      "id": id, "name": AnkiNoteType.name, "type": 0, "mod": now, "usn": -1, "sortf": 0,
      "did": deckID, "flds": fields,
      "tmpls": [
        template("Word in context", 0, AnkiNoteType.recognitionFront, AnkiNoteType.recognitionBack),
        template("Cloze", 1, AnkiNoteType.clozeFront, AnkiNoteType.clozeBack),
      ],
      "css": AnkiNoteType.css, "tags": [] as [String], "vers": [] as [Int],
      "latexPre":
        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
      "latexPost": "\\end{document}", "req": [[0, "any", [0]], [1, "any", [5]]],
    ]
  }

  private static func decks(_ id: Int, name: String, now: Int) -> [String: Any] {
    func deck(_ id: Int, _ name: String) -> [String: Any] {
      [
        "id": id, "name": name, "mod": now, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
        "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false,
        "desc": "", "dyn": 0, "conf": 1, "extendNew": 10, "extendRev": 50,
      ]
    }
    return ["1": deck(1, "Default"), String(id): deck(id, name)]
  }

  private static func deckOptions() -> [String: Any] {
    [
      "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true,
      "timer": 0, "replayq": true, "dyn": false,
      "new": [
        "delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1, "perDay": 20,
        "bury": false,
      ],
      "rev": [
        "perDay": 200, "ease4": 1.3, "ivlFct": 1, "maxIvl": 36500, "hardFactor": 1.2, "bury": false,
      ],
      "lapse": ["delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1],
    ]
  }

  private static let schema = """
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
      scm integer not null, ver integer not null, dty integer not null, usn integer not null,
      ls integer not null, conf text not null, models text not null, decks text not null,
      dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
      mod integer not null, usn integer not null, tags text not null, flds text not null,
      sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
      ord integer not null, mod integer not null, usn integer not null, type integer not null,
      queue integer not null, due integer not null, ivl integer not null, factor integer not null,
      reps integer not null, lapses integer not null, left integer not null, odue integer not null,
      odid integer not null, flags integer not null, data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
      ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
      time integer not null, type integer not null);
    CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
    CREATE INDEX ix_notes_usn on notes (usn);
    CREATE INDEX ix_cards_usn on cards (usn);
    CREATE INDEX ix_revlog_usn on revlog (usn);
    CREATE INDEX ix_cards_nid on cards (nid);
    CREATE INDEX ix_cards_sched on cards (did, queue, due);
    CREATE INDEX ix_revlog_cid on revlog (cid);
    CREATE INDEX ix_notes_csum on notes (csum);
    """
}
