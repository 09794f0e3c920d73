extension PDFTable {
    /// Whether `next`, at the top of the following page, continues this table: the same outline left and right.
    func continues(into next: PDFTable) -> Bool {
        abs(lastBox.x1 - next.firstBox.x1) <= Self.tolerance * 2 && abs(lastBox.x2 - next.firstBox.x2) <= Self.tolerance * 2
    }

    /// This table with `next`'s rows after its own; a cell cut by the page break has its two parts' text joined.
    func joined(with next: PDFTable) -> PDFTable {
        var result = self
        let offset = rowPages.count
        let lastRow = offset - 1
        var carried = next.cells.map { cell -> Cell in
            var cell = cell
            cell.row += offset
            return cell
        }
        // The part above a cut cell is the cell of the last row in the same columns, holding text of its own.
        func partAbove(_ cell: Cell) -> Int? {
            result.cells.firstIndex { above in
                above.row + above.rowSpan - 1 == lastRow && abs(above.x1 - cell.x1) <= Self.tolerance
                    && abs(above.x2 - cell.x2) <= Self.tolerance && !above.text.isEmpty && CellValue.asciiFigure(above.text) == nil
            }
        }
        let firstRow = carried.indices.filter { carried[$0].row == offset }
        // A row cut by the break goes on atop the page: with its figures (the label's end beside them), or as the
        // label's end alone, every text of it continuing a label above. A header repeated atop the page is neither.
        let goesOn = firstRow.contains { CellValue.asciiFigure(carried[$0].text) != nil }
        let tail = !goesOn && firstRow.contains { !carried[$0].text.isEmpty } && firstRow.allSatisfy { i in
            carried[i].text.isEmpty || Self.isContinuation(carried[i].text) && partAbove(carried[i]) != nil
        }
        for i in firstRow where (goesOn || tail) && next.joinsCutCells && Self.isContinuation(carried[i].text) {
            guard let j = partAbove(carried[i]) else { continue }
            result.cells[j].text += "\n" + carried[i].text
            carried[i].text = ""
        }
        result.cells += carried
        result.rowPages += next.rowPages
        result.unreliableRows.formUnion(next.unreliableRows.map { $0 + offset })
        result.lastBox = next.lastBox
        return result
    }

    /// Text that reads as the rest of a label cut by a page break: not a figure, and not starting a numbered item
    /// (`1.`, `（二）`, `三、`), which opens a row of its own.
    static func isContinuation(_ text: String) -> Bool {
        guard !text.isEmpty, CellValue.asciiFigure(text) == nil else { return false }
        let scalars = Array(text.unicodeScalars.prefix(6))
        var i = 0
        if i < scalars.count, scalars[i] == "（" || scalars[i] == "(" { i += 1 }
        let start = i
        while i < scalars.count, ("0"..."9").contains(scalars[i]) || "一二三四五六七八九十".unicodeScalars.contains(scalars[i]) { i += 1 }
        guard i > start, i < scalars.count else { return true }
        return !"）).．、，,".unicodeScalars.contains(scalars[i])
    }
}
