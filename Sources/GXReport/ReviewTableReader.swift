/// Reads table 四: the one row of fifteen figures below the two header rows.
struct ReviewTableReader {
    var source: String
    /// Every cell text is known to be plain (see `PlainText`), so no search needs to check it.
    var plain = false

    static let headerWords = WordIndex(anyOf: ["维持", "纠正", "结果", "审结", "总计", "复议", "诉讼", "起诉"])

    /// The header's names of the fifteen figure columns, in order: three blocks of five.
    static let columnWords = Array(repeating: ["维持", "纠正", "其他", "审结", "总计"], count: 3).flatMap { $0 }

    func read(_ section: Section) -> (table: ReviewTable?, findings: [Finding]) {
        let tables = section.blocks.compactMap { block -> RawTable? in
            if case .table(let t) = block { return t }
            return nil
        }
        var columns = FigureColumns.fromEnd(Self.columnWords.count)
        for raw in tables {
            let found = FigureColumns.find(in: raw, words: Self.columnWords)
            if let found { columns = found }
            for row in raw.rows {
                let split = columns.split(row, orFromEnd: found == nil)
                guard let (prefix, values) = split else { continue }
                // Figures, most cells, are their own display text and hold no header word.
                let isHeader = values.contains { i in
                    CellValue.asciiFigure(row[i].text) == nil && Self.headerWords.occurs(in: SearchText(row[i].displayText, knownPlain: plain))
                }
                if isHeader { continue }
                // Leading cells beyond the fifteen may only be labels, never figures.
                if row[prefix].contains(where: { !CellValue(parsing: $0.displayText).isTextual && !$0.displayText.isEmpty }) { continue }
                let cells = values.map { Cell(removingWhitespaceFrom: row[$0].text, location: row[$0].location) }
                return (ReviewTable(cells: cells, location: raw.location), [])
            }
        }
        if tables.isEmpty, let recovered = FlattenedTableReader(source: source, plain: plain).readReview(section) { return recovered }
        let location = tables.first?.location ?? section.location
        let message = tables.isEmpty
            ? FlattenedTable.sample(in: section, labels: ["行政复议", "行政诉讼", "维持", "总计"]).map { Messages.flattenedTable(.reviewLitigation, sample: $0) } ?? Messages.tableMissing(.reviewLitigation)
            : Messages.reviewRowMissing()
        return (nil, [Finding(rule: "unparsed-table", severity: .error, file: source, location: location, message: message)])
    }
}
