import JieduCore

/// Reads CSV (RFC 4180 quoting) and TSV glossaries.
///
/// Columns are `term, en, note` by default. A first row whose first cell is `term` names the columns
/// instead; then any of term, en, note, pinyin, category, aliases and also (lists separated by `|` or
/// `;`), source, status, url and region may appear, in any order.
enum DelimitedGlossaryParser {
  /// The column names a header row may use.
  static let columns = [
    "term", "en", "note", "pinyin", "category", "aliases", "source", "status", "url", "also",
    "region",
  ]

  /// Raw entries and problems with the header.
  static func parse(
    _ text: String, separator: Unicode.Scalar, name: String
  ) -> (entries: [RawGlossaryEntry], problems: [GlossaryProblem]) {
    let rows = DelimitedRows.split(text, separator: separator, quoting: separator == ",")
    var problems: [GlossaryProblem] = []
    var names = ["term", "en", "note"]
    var body = rows[...]
    if let header = rows.first,
      header.cells.first.map({ GlossaryEntryValidator.trim($0.text).lowercased() }) == "term"
    {
      names = header.cells.map { GlossaryEntryValidator.trim($0.text).lowercased() }
      for (cell, column) in zip(header.cells, names) where !columns.contains(column) {
        problems.append(
          GlossaryProblem(
            file: name, line: header.line, column: cell.column,
            message:
              "unknown column '\(column)'\(NameSuggestion.didYouMean(column, in: columns)); valid: "
              + columns.joined(separator: ", ")))
      }
      body = rows.dropFirst()
    }
    var entries: [RawGlossaryEntry] = []
    for row in body {
      if row.cells.allSatisfy({ GlossaryEntryValidator.trim($0.text).isEmpty }) { continue }
      if row.cells.first?.text.hasPrefix("#") == true { continue }
      var raw = RawGlossaryEntry(location: GlossaryLocation(file: name, line: row.line, column: 1))
      for (index, cell) in row.cells.enumerated() {
        let location = GlossaryLocation(file: name, line: row.line, column: cell.column)
        guard index < names.count else {
          if !GlossaryEntryValidator.trim(cell.text).isEmpty {
            problems.append(
              GlossaryProblem(
                at: location,
                "extra column \(index + 1) (expected \(names.count) columns: \(names.joined(separator: ", ")))"
              ))
          }
          continue
        }
        let key = names[index]
        guard columns.contains(key) else { continue }
        let value: RawGlossaryEntry.Value
        if key == "aliases" || key == "also" {
          let parts = cell.text.split(whereSeparator: { $0 == "|" || $0 == ";" }).map {
            GlossaryEntryValidator.trim(String($0))
          }
          value = .list(parts.filter { !$0.isEmpty })
        } else if key == "term" || key == "en" {
          value = .scalar(cell.text)
        } else {
          value = .scalar(cell.text.isEmpty ? nil : cell.text)
        }
        raw.fields.append(
          RawGlossaryEntry.Field(
            key: key, value: value, keyLocation: location, valueLocation: location))
      }
      entries.append(raw)
    }
    return (entries, problems)
  }
}

/// Splits delimited text into rows of cells, remembering each row's line and each cell's column.
enum DelimitedRows {
  /// A cell's text and its 1-based column.
  struct Cell {
    var text: String
    var column: Int
  }

  /// A row's cells and its 1-based line.
  struct Row {
    var cells: [Cell]
    var line: Int
  }

  /// Splits the text. With `quoting`, a cell starting with `"` runs to the closing quote (`""` is a
  /// quote) and may span lines. Works over UTF-8 bytes: separators, quotes and line ends are ASCII.
  static func split(_ text: String, separator: Unicode.Scalar, quoting: Bool) -> [Row] {
    let bytes = Array(text.utf8)
    let sep = UInt8(truncatingIfNeeded: separator.value)
    let quote: UInt8 = 0x22
    var rows: [Row] = []
    var cells: [Cell] = []
    var line = 1
    var rowLine = 1
    var lineStart = 0
    var i = 0
    let n = bytes.count
    /// 1-based column in scalars of a byte offset on the current line.
    func column(_ offset: Int) -> Int {
      var c = 1
      var k = lineStart
      while k < offset {
        if bytes[k] & 0xC0 != 0x80 { c += 1 }
        k += 1
      }
      return c
    }
    while i < n {
      let cellColumn = column(i)
      var text: String
      if quoting, bytes[i] == quote {
        var out: [UInt8] = []
        i += 1
        while i < n {
          let b = bytes[i]
          if b == quote {
            if i + 1 < n, bytes[i + 1] == quote {
              out.append(quote)
              i += 2
              continue
            }
            i += 1
            break
          }
          if b == 0x0A {
            line += 1
            lineStart = i + 1
          }
          if !(b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) { out.append(b) }
          i += 1
        }
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        let rest = i
        while i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        out += bytes[rest..<i]
        text = String(decoding: out, as: UTF8.self)
      } else {
        let start = i
        while i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        text = String(decoding: bytes[start..<i], as: UTF8.self)
      }
      cells.append(Cell(text: text, column: cellColumn))
      if i < n, bytes[i] == sep {
        i += 1
        if i == n { cells.append(Cell(text: "", column: column(i))) }
        continue
      }
      // End of line (or of text): close the row.
      rows.append(Row(cells: cells, line: rowLine))
      cells = []
      if i < n, bytes[i] == 0x0D { i += 1 }
      if i < n, bytes[i] == 0x0A { i += 1 }
      line += 1
      rowLine = line
      lineStart = i
    }
    return rows
  }
}
