extension PDFTable {
    /// The table's rows as raw cells on its grid, row `i` numbered line `firstLine + i`.
    ///
    /// The grid's columns are every distinct cell edge; a merged cell starts at its first row and spans its columns,
    /// and each later row it covers holds an empty cell at its column, as a Word file's vertical merge reads.
    /// Rows whose cells cannot be placed on the grid reliably are left out.
    func rawRows(firstLine: Int) -> [[RawCell]] {
        let edges = Self.clustered(cells.flatMap { [$0.x1, $0.x2] })
        func column(_ x: Double) -> Int? {
            guard let index = edges.indices.min(by: { abs(edges[$0] - x) < abs(edges[$1] - x) }),
                  abs(edges[index] - x) <= Self.tolerance else { return nil }
            return index
        }
        var rows = Array(repeating: [RawCell](), count: rowPages.count)
        var unplaced = unreliableRows
        for cell in cells {
            let covered = cell.row..<min(rowPages.count, cell.row + cell.rowSpan)
            guard let first = column(cell.x1), let last = column(cell.x2), last > first else {
                unplaced.formUnion(covered)
                continue
            }
            // Two figures in one drawn cell mean a missing border: their columns are unknown.
            if Self.holdsSeveralFigures(cell.text) { unplaced.formUnion(covered) }
            for row in covered {
                let location = SourceLocation(line: firstLine + row, column: first + 1, page: rowPages[row])
                rows[row].append(RawCell(text: row == cell.row ? cell.text : "", location: location,
                                         gridColumn: first, gridSpan: last - first))
            }
        }
        // A row with no text at all is a sliver between two borders drawn a little apart, not a row of the table.
        return rows.enumerated().compactMap { index, row in
            unplaced.contains(index) || row.allSatisfy(\.text.isEmpty) ? nil : row.sorted { $0.gridColumn < $1.gridColumn }
        }
    }

    /// Whether `text` holds figures parted by a space or a line break, as cells drawn without their border do.
    static func holdsSeveralFigures(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return parts.count > 1 && parts.filter { CellValue.asciiFigure(String($0)) != nil }.count > 1
    }
}
