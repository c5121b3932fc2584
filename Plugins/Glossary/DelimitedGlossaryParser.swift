import JieduCore

/// Reads CSV (RFC 4180 quoting) and TSV glossaries.
///
/// Columns are `term, en, note` by default. A first row whose first cell is `term` names the columns
/// instead; then any of term, en, note, pinyin, category, aliases (separated by `|` or `;`) and source
/// may appear, in any order.
enum DelimitedGlossaryParser {
  /// The column names a header row may use.
  static let columns = ["term", "en", "note", "pinyin", "category", "aliases", "source"]

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
        if key == "aliases" {
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
  /// quote) and may span lines.
  static func split(_ text: String, separator: Unicode.Scalar, quoting: Bool) -> [Row] {
    let scalars = Array(text.unicodeScalars)
    var rows: [Row] = []
    var cells: [Cell] = []
    var cell = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var column = 1
    var cellColumn = 1
    var i = 0
    let n = scalars.count
    func endCell() {
      cells.append(Cell(text: String(cell), column: cellColumn))
      cell = String.UnicodeScalarView()
    }
    while i < n {
      let s = scalars[i]
      if quoting, s == "\"", cell.isEmpty {
        i += 1
        column += 1
        while i < n {
          let q = scalars[i]
          if q == "\"" {
            if i + 1 < n, scalars[i + 1] == "\"" {
              cell.append("\"")
              i += 2
              column += 2
              continue
            }
            i += 1
            column += 1
            break
          }
          if q == "\n" {
            line += 1
            column = 0
          }
          if !(q == "\r" && i + 1 < n && scalars[i + 1] == "\n") { cell.append(q) }
          i += 1
          column += 1
        }
        continue
      }
      if s == separator {
        endCell()
        i += 1
        column += 1
        cellColumn = column
        continue
      }
      if s == "\n" || s == "\r" {
        endCell()
        rows.append(Row(cells: cells, line: rowLine))
        cells = []
        if s == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
        i += 1
        line += 1
        rowLine = line
        column = 1
        cellColumn = 1
        continue
      }
      cell.append(s)
      i += 1
      column += 1
    }
    if !cell.isEmpty || !cells.isEmpty {
      endCell()
      rows.append(Row(cells: cells, line: rowLine))
    }
    return rows
  }
}
