/// A fast reader for the one YAML shape glossaries use: a block list of flat mappings whose values are
/// plain or quoted one-line scalars, flow lists (`[a, b]`) or block lists of such scalars.
///
/// It works over bytes, line by line, and gives up (returns nil) on anything else — anchors, tags,
/// multi-line scalars, nested mappings, flow mappings, tabs, odd escapes — so that the full YAML
/// parser handles those with its own positioned messages. On the shapes it accepts it reads exactly
/// what a YAML parser would.
enum FastYAMLGlossaryParser {
  /// Raw entries, or nil when the text is not in the simple shape.
  static func parse(_ bytes: [UInt8], name: String) -> [RawGlossaryEntry]? {
    var reader = Reader(bytes: bytes, name: name)
    return reader.run()
  }

  private struct Reader {
    let bytes: [UInt8]
    let name: String
    var entries: [RawGlossaryEntry] = []
    var current: RawGlossaryEntry?
    var entryIndent = -1
    var keyIndent = -1
    /// Index in `current.fields` of a key with no value yet, which a block list may fill.
    var openList: Int?
    var listIndent = -1
    var lineNumber = 0
    var lineStart = 0
    var sawContent = false

    init(bytes: [UInt8], name: String) {
      self.bytes = bytes
      self.name = name
    }

    mutating func run() -> [RawGlossaryEntry]? {
      let n = bytes.count
      entries.reserveCapacity(n / 64)
      var start = 0
      while start < n {
        var lineEnd = start
        while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var end = lineEnd
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        lineNumber += 1
        lineStart = start
        guard line(start, end) else { return nil }
        start = lineEnd + 1
      }
      if let current { entries.append(current) }
      return entries
    }

    func location(_ index: Int) -> GlossaryLocation {
      GlossaryLocation(file: name, line: lineNumber, column: index - lineStart + 1)
    }

    /// Handles one line; false means "not the simple shape".
    mutating func line(_ start: Int, _ end: Int) -> Bool {
      var i = start
      while i < end, bytes[i] == 0x20 { i += 1 }
      if i == end { return true }
      let first = bytes[i]
      if first == 0x09 { return false }
      if first == 0x23 { return true }  // comment
      let indent = i - start
      if indent == 0, end - i >= 3, first == 0x2D || first == 0x2E, bytes[i + 1] == first,
        bytes[i + 2] == first
      {
        // A document marker: accept one leading `---`, nothing else.
        guard first == 0x2D, !sawContent, restIsBlank(i + 3, end) else { return false }
        sawContent = true
        return true
      }
      sawContent = true
      let isItem = first == 0x2D && (i + 1 == end || bytes[i + 1] == 0x20)
      if isItem {
        if entryIndent < 0 { entryIndent = indent }
        if indent == entryIndent {
          if let done = current { entries.append(done) }
          openList = nil
          var j = i + 1
          while j < end, bytes[j] == 0x20 { j += 1 }
          guard j < end, bytes[j] != 0x23, bytes[j] != 0x2D else { return false }
          keyIndent = j - start
          var entry = RawGlossaryEntry(location: location(j))
          entry.fields.reserveCapacity(8)
          current = entry
          return keyValue(j, end)
        }
        guard let open = openList, current != nil, indent >= keyIndent,
          listIndent < 0 || indent == listIndent
        else { return false }
        listIndent = indent
        var j = i + 1
        while j < end, bytes[j] == 0x20 { j += 1 }
        guard j < end, let (value, next) = scalar(j, end, inFlow: false), restIsBlank(next, end)
        else { return false }
        guard var entry = current else { return false }
        if case .list(var items) = entry.fields[open].value {
          items.append(value)
          entry.fields[open].value = .list(items)
        } else {
          entry.fields[open].value = .list([value])
          entry.fields[open].valueLocation = location(i)
        }
        current = entry
        return true
      }
      guard current != nil, indent == keyIndent else { return false }
      openList = nil
      return keyValue(i, end)
    }

    /// `key: value` starting at `start`.
    mutating func keyValue(_ start: Int, _ end: Int) -> Bool {
      var k = start
      while k < end, Reader.isKeyByte(bytes[k]) { k += 1 }
      guard k > start, k < end, bytes[k] == 0x3A, k + 1 == end || bytes[k + 1] == 0x20 else {
        return false
      }
      let key = String(decoding: bytes[start..<k], as: UTF8.self)
      var v = k + 1
      while v < end, bytes[v] == 0x20 { v += 1 }
      var field = RawGlossaryEntry.Field(
        key: key, value: .scalar(nil), keyLocation: location(start), valueLocation: location(v))
      if v == end || bytes[v] == 0x23 {
        current?.fields.append(field)
        openList = (current?.fields.count ?? 1) - 1
        listIndent = -1
        return true
      }
      if bytes[v] == 0x5B {
        guard let (items, next) = flowList(v, end), restIsBlank(next, end) else { return false }
        field.value = .list(items)
      } else {
        guard let (value, next) = scalar(v, end, inFlow: false), restIsBlank(next, end) else {
          return false
        }
        field.value = .scalar(value)
      }
      current?.fields.append(field)
      return true
    }

    /// Nothing but spaces and an optional comment from `start` on.
    func restIsBlank(_ start: Int, _ end: Int) -> Bool {
      var i = start
      while i < end, bytes[i] == 0x20 { i += 1 }
      if i == end { return true }
      return bytes[i] == 0x23 && i > 0 && bytes[i - 1] == 0x20
    }

    /// `[a, "b", 'c']`.
    func flowList(_ start: Int, _ end: Int) -> ([String?], Int)? {
      var items: [String?] = []
      var i = start + 1
      while i < end, bytes[i] == 0x20 { i += 1 }
      if i < end, bytes[i] == 0x5D { return (items, i + 1) }
      while i < end {
        guard let (value, next) = scalar(i, end, inFlow: true) else { return nil }
        items.append(value)
        i = next
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end else { return nil }
        if bytes[i] == 0x5D { return (items, i + 1) }
        guard bytes[i] == 0x2C else { return nil }
        i += 1
        while i < end, bytes[i] == 0x20 { i += 1 }
      }
      return nil
    }

    /// A plain, single- or double-quoted scalar on one line; nil value for YAML null.
    func scalar(_ start: Int, _ end: Int, inFlow: Bool) -> (String?, Int)? {
      switch bytes[start] {
      case 0x22: return doubleQuoted(start, end)
      case 0x27: return singleQuoted(start, end)
      default: return plain(start, end, inFlow: inFlow)
      }
    }

    func plain(_ start: Int, _ end: Int, inFlow: Bool) -> (String?, Int)? {
      // Indicators that cannot start a plain scalar here, or that we leave to the full parser.
      switch bytes[start] {
      case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25,
        0x40, 0x60:
        return nil
      default: break
      }
      var i = start
      var last = start  // one past the last non-space byte
      while i < end {
        let b = bytes[i]
        if b == 0x09 { return nil }
        if b == 0x23, bytes[i - 1] == 0x20 { break }
        if b == 0x3A, i + 1 == end || bytes[i + 1] == 0x20 { return nil }
        if inFlow {
          if b == 0x2C || b == 0x5D { break }
          if b == 0x5B || b == 0x7B || b == 0x7D || b == 0x3A { return nil }
        }
        if b != 0x20 { last = i + 1 }
        i += 1
      }
      let text = String(decoding: bytes[start..<last], as: UTF8.self)
      switch text {
      case "~", "null", "Null", "NULL": return (nil, i)
      default: return (text, i)
      }
    }

    func singleQuoted(_ start: Int, _ end: Int) -> (String?, Int)? {
      var out: [UInt8] = []
      var i = start + 1
      while i < end {
        if bytes[i] == 0x27 {
          if i + 1 < end, bytes[i + 1] == 0x27 {
            out.append(0x27)
            i += 2
            continue
          }
          return (String(decoding: out, as: UTF8.self), i + 1)
        }
        out.append(bytes[i])
        i += 1
      }
      return nil
    }

    func doubleQuoted(_ start: Int, _ end: Int) -> (String?, Int)? {
      var out: [UInt8] = []
      var i = start + 1
      while i < end {
        let b = bytes[i]
        if b == 0x22 { return (String(decoding: out, as: UTF8.self), i + 1) }
        if b != 0x5C {
          out.append(b)
          i += 1
          continue
        }
        guard i + 1 < end else { return nil }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case 0x22, 0x5C, 0x2F: out.append(e)
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x72: out.append(0x0D)
        case 0x30: out.append(0x00)
        case 0x20: out.append(0x20)
        case 0x78, 0x75, 0x55:
          let digits = e == 0x78 ? 2 : (e == 0x75 ? 4 : 8)
          guard i + digits <= end, let value = Reader.hex(bytes[i..<(i + digits)]),
            let scalar = Unicode.Scalar(value)
          else { return nil }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
          i += digits
        default: return nil
        }
      }
      return nil
    }

    static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
      var value: UInt32 = 0
      for d in digits {
        let v: UInt32
        switch d {
        case 0x30...0x39: v = UInt32(d - 0x30)
        case 0x41...0x46: v = UInt32(d - 0x41 + 10)
        case 0x61...0x66: v = UInt32(d - 0x61 + 10)
        default: return nil
        }
        value = value << 4 | v
      }
      return value
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
      (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
        || b == 0x2D
    }
  }
}
