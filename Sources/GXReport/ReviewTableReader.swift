/// Reads table 四: the one row of fifteen figures below the two header rows.
struct ReviewTableReader {
    var source: String

    static let headerWords = ["维持", "纠正", "结果", "审结", "总计", "复议", "诉讼", "起诉"]

    func read(_ section: Section) -> (table: ReviewTable?, findings: [Finding]) {
        let tables = section.blocks.compactMap { block -> RawTable? in
            if case .table(let t) = block { return t }
            return nil
        }
        for raw in tables {
            for row in raw.rows where row.count >= 15 {
                let values = Array(row.suffix(15))
                let texts = values.map(\.displayText)
                if texts.contains(where: { t in Self.headerWords.contains { t.contains($0) } }) { continue }
                let prefix = row.dropLast(15)
                // Leading cells beyond the fifteen may only be labels, never figures.
                if prefix.contains(where: { !CellValue(parsing: $0.displayText).isTextual && !$0.displayText.isEmpty }) { continue }
                let cells = values.map { Cell(raw: $0.text.removingWhitespace(), location: $0.location) }
                return (ReviewTable(cells: cells, location: raw.location), [])
            }
        }
        let location = tables.first?.location ?? section.location
        let message = tables.isEmpty
            ? FlattenedTable.sample(in: section, labels: ["行政复议", "行政诉讼", "维持", "总计"]).map { Messages.flattenedTable(.reviewLitigation, sample: $0) } ?? Messages.tableMissing(.reviewLitigation)
            : Messages.reviewRowMissing()
        return (nil, [Finding(rule: "unparsed-table", severity: .error, file: source, location: location, message: message)])
    }
}
