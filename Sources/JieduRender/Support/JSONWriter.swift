import JieduCore

/// Writes JSON bytes into a buffer as it goes, the way `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` would print them (UTF-8 unescaped, `\u00XX` for other control
/// characters, keys in byte order), without building a tree of the whole document first.
///
/// The caller writes an object's keys in sorted order itself; `flush` is called with the buffer
/// whenever it grows past `chunkSize`, so a document can go to a file or a pipe in pieces.
struct JSONWriter {
  /// The bytes written since the last flush.
  private(set) var buffer: [UInt8] = []
  private let chunkSize: Int
  private let sink: ((borrowing [UInt8]) -> Void)?

  /// A writer that keeps everything in `buffer` (no sink) or hands it to `sink` in chunks; room for
  /// `reserving` bytes is made at once (for a sink, a chunk's worth when not given).
  init(chunkSize: Int = 1 << 20, reserving: Int = 0, sink: ((borrowing [UInt8]) -> Void)? = nil) {
    self.chunkSize = chunkSize
    self.sink = sink
    buffer.reserveCapacity(reserving > 0 ? reserving : sink == nil ? 0 : chunkSize + 4096)
  }

  /// Hands what is buffered to the sink (no-op without one).
  mutating func flush() {
    guard let sink, !buffer.isEmpty else { return }
    sink(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func maybeFlush() {
    if sink != nil, buffer.count >= chunkSize { flush() }
  }

  // MARK: Structure

  /// Containers open (0 at the top level).
  private var depth = 0
  /// Bit `d`: whether the container at depth `d` (under 64) has an item already, so a comma goes
  /// before the next one. Bits, not an array: every value asks.
  private var itemBits: UInt64 = 0
  /// The same for depths from 64 on (deeply nested extra fields only).
  private var deepItems: [Bool] = []
  /// Set between a key and its value: the value needs no comma.
  private var afterKey = false

  /// The comma before a value, unless it is the first of its container or follows its key.
  private mutating func valueOpening() {
    if afterKey {
      afterKey = false
      return
    }
    if depth < 64 {
      let bit: UInt64 = 1 << UInt64(depth)
      if itemBits & bit != 0 {
        buffer.append(UInt8(ascii: ","))
      } else {
        itemBits |= bit
      }
    } else if deepItems[depth - 64] {
      buffer.append(UInt8(ascii: ","))
    } else {
      deepItems[depth - 64] = true
    }
  }

  /// A container opens: it has no item yet.
  private mutating func opened() {
    depth += 1
    if depth < 64 {
      itemBits &= ~(1 << UInt64(depth))
    } else {
      deepItems.append(false)
    }
  }

  /// The innermost container closes.
  private mutating func closed() {
    if depth >= 64 { deepItems.removeLast() }
    depth -= 1
  }

  /// `{`, as a value.
  mutating func beginObject() {
    valueOpening()
    buffer.append(UInt8(ascii: "{"))
    opened()
  }

  /// `}`.
  mutating func endObject() {
    closed()
    buffer.append(UInt8(ascii: "}"))
    maybeFlush()
  }

  /// `[`, as a value.
  mutating func beginArray() {
    valueOpening()
    buffer.append(UInt8(ascii: "["))
    opened()
  }

  /// `]`.
  mutating func endArray() {
    closed()
    buffer.append(UInt8(ascii: "]"))
    maybeFlush()
  }

  /// `"key":` inside an object; the value follows.
  mutating func key(_ name: StaticString) {
    valueOpening()
    buffer.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { buffer.append(contentsOf: $0) }
    buffer.append(UInt8(ascii: "\""))
    buffer.append(UInt8(ascii: ":"))
    afterKey = true
  }

  /// A key that is not known in advance (a stage's own field), escaped.
  mutating func key(_ name: String) {
    valueOpening()
    appendQuoted(name)
    buffer.append(UInt8(ascii: ":"))
    afterKey = true
  }

  // MARK: Values

  /// A string value.
  mutating func string(_ value: String) {
    valueOpening()
    appendQuoted(value)
  }

  /// A whole number.
  mutating func int(_ value: Int) {
    valueOpening()
    appendInt(value)
  }

  /// A number that may have a fraction, as `JSONEncoder` prints a `Double`.
  mutating func double(_ value: Double) {
    valueOpening()
    buffer.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
  }

  /// `true` or `false`.
  mutating func bool(_ value: Bool) {
    valueOpening()
    buffer.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// `null`.
  mutating func null() {
    valueOpening()
    buffer.append(contentsOf: "null".utf8)
  }

  /// A line end after a top-level value.
  mutating func newline() {
    buffer.append(0x0A)
    maybeFlush()
  }

  /// Values already encoded by another writer (`a,b,c` with no brackets), as the next items of
  /// the current array.
  mutating func items(_ encoded: [UInt8]) {
    guard !encoded.isEmpty else { return }
    valueOpening()
    buffer.append(contentsOf: encoded)
    maybeFlush()
  }

  /// One value whose bytes `body` appends itself (a whole value: the writer's nesting is unchanged).
  mutating func raw(_ body: (inout [UInt8]) -> Void) {
    valueOpening()
    body(&buffer)
    maybeFlush()
  }

  /// An array of strings.
  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Any JSON value, objects with their keys in byte order.
  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { int(Int(n)) } else { double(n) }
    case .string(let s): string(s)
    case .array(let items):
      beginArray()
      for item in items { self.value(item) }
      endArray()
    case .object(let fields):
      beginObject()
      for key in fields.keys.sorted(by: JSONWriter.byteOrder) {
        self.key(key)
        self.value(fields[key]!)
      }
      endObject()
    }
  }

  /// Keys in the order `JSONEncoder`'s `.sortedKeys` prints them: by their UTF-8 bytes.
  static func byteOrder(_ a: String, _ b: String) -> Bool { a.precedesInBytes(b) }

  // MARK: Bytes

  private mutating func appendInt(_ value: Int) {
    JSONWriter.appendInt(value, to: &buffer)
  }

  /// The digits of `value` (with a minus sign when negative) appended to `bytes`.
  static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      while magnitude > 0 {
        raw[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[i]) }
    }
  }

  private mutating func appendQuoted(_ text: String) {
    JSONQuoting.append(text, to: &buffer)
  }
}
