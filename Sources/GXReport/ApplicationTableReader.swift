/// Reads table 三 from its section: rows recognised by their labels, never by position alone.
struct ApplicationTableReader {
    var source: String
    /// Every cell text is known to be plain (see `PlainText`), so no search needs to check it.
    var plain = false

    static let headerWords = WordIndex(anyOf: ["申请人情况", "自然人", "商业企业", "科研机构", "勾稽关系", "法人或其他组织"])

    /// The header's names of the seven figure columns, in order.
    static let columnWords = ApplicantColumn.allCases.map(\.label)

    /// The display text of every cell of a row, nil when the row is part of the header (a cell that is not a figure
    /// holds a header word).
    func displayTexts(of row: [RawCell]) -> [String]? {
        var texts: [String] = []
        texts.reserveCapacity(row.count)
        for cell in row {
            // Most cells are figures: their display text is themselves and holds no header word.
            if CellValue.asciiFigure(cell.text) != nil {
                texts.append(cell.text)
                continue
            }
            let text = cell.displayText
            if Self.headerWords.occurs(in: SearchText(text, knownPlain: plain)) { return nil }
            texts.append(text)
        }
        return texts
    }

    /// What reading the rows of one section's table 三 has gathered so far.
    private struct Reading {
        /// The rows recognised.
        var table: ApplicationTable
        /// Rows that could not be read, in order; the first becomes the finding.
        var problems: [(SourceLocation, String)] = []
        /// The group of outcome rows the last recognised row belongs to, for labels that depend on it.
        var group: ApplicationRow.Group?
        /// Bit `ordinal` is set for every row already read.
        var seen: UInt64 = 0
    }

    /// Table 三 of `section`, and an `unparsed-table` finding for the first row or part that could not be read.
    func read(_ section: Section) -> (table: ApplicationTable?, findings: [Finding]) {
        let tables = section.blocks.compactMap { block -> RawTable? in
            if case .table(let t) = block { return t }
            return nil
        }
        guard let first = tables.first else {
            if let recovered = FlattenedTableReader(source: source, plain: plain).readApplications(section) { return recovered }
            return (nil, [unparsed(section.location, flattenedMessage(section) ?? Messages.tableMissing(.applications))])
        }
        var reading = Reading(table: ApplicationTable(location: first.location))
        var columns = FigureColumns.fromEnd(ApplicationTable.width)
        for raw in tables {
            // A table without a header of its own continues the one before it (split by a page break or by hand), or
            // has its figures last.
            let found = FigureColumns.find(in: raw, words: Self.columnWords)
            if let found { columns = found }
            for row in raw.rows {
                readRow(row, columns: columns, orFromEnd: found == nil, into: &reading)
            }
        }
        let table = reading.table
        if reading.problems.isEmpty, table.template == .other, !table.rows.isEmpty {
            let expected = table.rows.contains(.other) || !table.rows.contains(.otherOther) ? ApplicationRow.rows2019 : ApplicationRow.rows2021
            let absent = expected.filter { !table.contains($0) }.map(\.displayLabel)
            if !absent.isEmpty { reading.problems.append((table.location, Messages.missingRows(absent))) }
        }
        if table.rows.isEmpty {
            return (nil, [unparsed(first.location, reading.problems.first?.1 ?? Messages.tableMissing(.applications))])
        }
        return (table, reading.problems.prefix(1).map { unparsed($0.0, $0.1) })
    }

    /// Reads one row into `reading`: header rows are skipped, a recognised row adds its figures, any other is a problem.
    private func readRow(_ row: [RawCell], columns: FigureColumns, orFromEnd: Bool, into reading: inout Reading) {
        guard let texts = displayTexts(of: row) else { return }
        guard let (labelCells, figureCells) = columns.split(row, orFromEnd: orFromEnd) else {
            let labels = texts.filter { !$0.isEmpty && CellValue(parsing: $0).isTextual }
            if !labels.isEmpty {
                var probe = reading.group
                let label = ApplicationRow.match(labels: labels, current: &probe, plain: plain)?.displayLabel ?? labels.joined(separator: " ")
                reading.problems.append((row[0].location, Messages.wrongCellCount(label, found: max(0, row.count - labels.count), expected: 7)))
            }
            return
        }
        let labels = Array(texts[labelCells])
        guard labels.contains(where: { !$0.isEmpty }) else { return }
        guard labelCells.count <= 4, let kind = ApplicationRow.match(labels: labels, current: &reading.group, plain: plain) else {
            let shown = labels.filter { !$0.isEmpty }.joined(separator: " ")
            reading.problems.append((row[0].location, Messages.unknownRow(String(shown.prefix(40)))))
            return
        }
        let bit: UInt64 = 1 << UInt64(kind.ordinal)
        if reading.seen & bit != 0 {
            reading.problems.append((row[0].location, Messages.repeatedRow(kind.displayLabel)))
            return
        }
        reading.seen |= bit
        let labelPlace = labels.lastIndex { !$0.isEmpty }.map { row[labelCells.lowerBound + $0].location } ?? row[0].location
        reading.table.add(kind, cells: figureCells.map { i in
            let (text, location) = (row[i].text, row[i].location)
            return CellValue.asciiFigure(text).map { Cell(raw: text, value: .number($0), location: location) }
                ?? Cell(raw: text.removingWhitespace(), location: location)
        }, label: labelPlace)
    }

    func unparsed(_ location: SourceLocation, _ message: String) -> Finding {
        Finding(rule: "unparsed-table", severity: .error, file: source, location: location, message: message)
    }

    /// A paragraph that glues a row label to digits (`本年新收政府信息公开申请数量000`) is a flattened table.
    func flattenedMessage(_ section: Section) -> String? {
        FlattenedTable.sample(in: section, labels: ["本年新收", "上年结转", "予以公开", "总计"]).map {
            Messages.flattenedTable(.applications, sample: $0)
        }
    }
}

extension CellValue {
    /// True when the value is text rather than a figure or a blank.
    var isTextual: Bool {
        if case .text = self { return true }
        return false
    }
}

/// Finds section text where a table's labels and figures were run together.
enum FlattenedTable {
    static func sample(in section: Section, labels: [String]) -> String? {
        for case .paragraph(let text, _) in section.blocks {
            let compact = text.removingWhitespace()
            for label in labels {
                guard let range = compact.fastRange(of: label) else { continue }
                let tail = compact[range.upperBound...]
                if tail.prefix(12).contains(where: { $0.isASCII && $0.isNumber }) {
                    return String(compact.prefix(30))
                }
            }
        }
        return nil
    }
}
