/// Knowledge entries as bytes and back, every field kept (the location too): what a stage keeps in
/// its cache folder so that a later run reads a checked list without parsing its YAML again.
///
/// The layout: a magic number, the entry count, then each entry's fields in declaration order —
/// a string as its UTF-8 length (LEB128) and bytes, an optional as a 0 or 1 byte before the value, a
/// list as its count and items, a number as a zigzag LEB128. A cache that keeps these bytes names
/// its version (bumped when this layout changes) and is sealed, so `decode` checks that the bytes
/// are well formed, not that they are plausible.
public enum KnowledgeArchive {
  private static let magic: [UInt8] = Array("JKA1".utf8)

  /// The bytes of `entries`.
  public static func encode(_ entries: [KnowledgeEntry]) -> [UInt8] {
    var out = Output()
    out.bytes += magic
    out.number(entries.count)
    for entry in entries {
      out.string(entry.term)
      out.string(entry.en)
      out.optional(entry.pinyin) { $0.string($1) }
      out.optional(entry.note) { $0.string($1) }
      out.optional(entry.category) { $0.string($1) }
      out.strings(entry.aliases)
      out.optional(entry.source) { $0.string($1) }
      out.optional(entry.location) { out, location in
        out.string(location.file)
        out.number(location.line)
        out.optional(location.column) { $0.number($1) }
      }
      out.optional(entry.items) { $0.strings($1) }
      out.optional(entry.count) { $0.number($1) }
      out.optional(entry.status?.rawValue) { $0.string($1) }
      out.optional(entry.url) { $0.string($1) }
      out.strings(entry.also)
      out.optional(entry.region) { $0.string($1) }
      out.optional(entry.itemsEn) { $0.strings($1) }
    }
    return out.bytes
  }

  /// The entries `encode` wrote into `bytes`, or nil when the bytes are not such an archive (wrong
  /// magic, cut short, bytes left over, an unknown status).
  public static func decode(_ bytes: UnsafeRawBufferPointer) -> [KnowledgeEntry]? {
    var input = Input(bytes: bytes)
    guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
      return nil
    }
    input.offset = magic.count
    guard let count = input.number(), count >= 0, count <= bytes.count else { return nil }
    var entries: [KnowledgeEntry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      guard let entry = input.entry() else { return nil }
      entries.append(entry)
    }
    return input.offset == bytes.count ? entries : nil
  }

  private struct Output {
    var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
      var zigzag = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
      while zigzag >= 0x80 {
        bytes.append(UInt8(zigzag & 0x7F) | 0x80)
        zigzag >>= 7
      }
      bytes.append(UInt8(zigzag))
    }

    mutating func string(_ text: String) {
      number(text.utf8.count)
      bytes += text.utf8
    }

    mutating func strings(_ list: [String]) {
      number(list.count)
      for text in list { string(text) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout Output, T) -> Void) {
      guard let value else {
        bytes.append(0)
        return
      }
      bytes.append(1)
      write(&self, value)
    }
  }

  private struct Input {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func number() -> Int? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while offset < bytes.count, shift < 64 {
        let byte = bytes[offset]
        offset += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 {
          return Int(
            truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
        }
        shift += 7
      }
      return nil
    }

    mutating func string() -> String? {
      guard let length = number(), length >= 0, length <= bytes.count - offset else { return nil }
      let text = String(
        decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self
      )
      offset += length
      return text
    }

    mutating func strings() -> [String]? {
      guard let count = number(), count >= 0, count <= bytes.count - offset else { return nil }
      var list: [String] = []
      list.reserveCapacity(count)
      for _ in 0..<count {
        guard let text = string() else { return nil }
        list.append(text)
      }
      return list
    }

    /// `.some(nil)` for an absent value, nil for malformed bytes.
    mutating func optional<T>(_ read: (inout Input) -> T?) -> T?? {
      guard offset < bytes.count else { return nil }
      let tag = bytes[offset]
      offset += 1
      switch tag {
      case 0: return .some(nil)
      case 1: return read(&self).map { .some($0) }
      default: return nil
      }
    }

    mutating func entry() -> KnowledgeEntry? {
      guard let term = string(), let en = string(),
        let pinyin = optional({ $0.string() }), let note = optional({ $0.string() }),
        let category = optional({ $0.string() }), let aliases = strings(),
        let source = optional({ $0.string() }),
        let location = optional({ input -> KnowledgeLocation? in
          guard let file = input.string(), let line = input.number(),
            let column = input.optional({ $0.number() })
          else { return nil }
          return KnowledgeLocation(file: file, line: line, column: column)
        }),
        let items = optional({ $0.strings() }), let count = optional({ $0.number() }),
        let statusName = optional({ $0.string() }), let url = optional({ $0.string() }),
        let also = strings(), let region = optional({ $0.string() }),
        let itemsEn = optional({ $0.strings() })
      else { return nil }
      var status: KnowledgeStatus?
      if let statusName {
        guard let known = KnowledgeStatus(rawValue: statusName) else { return nil }
        status = known
      }
      return KnowledgeEntry(
        term: term, en: en, pinyin: pinyin, note: note, category: category, aliases: aliases,
        source: source, location: location, items: items, count: count, status: status, url: url,
        also: also, region: region, itemsEn: itemsEn)
    }
  }
}
