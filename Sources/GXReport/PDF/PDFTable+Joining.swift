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
        // Only a first row that carries on with figures continues a row group; a header repeated atop the page does not.
        let goesOn = carried.contains { $0.row == offset && CellValue.asciiFigure($0.text) != nil }
        for i in carried.indices where goesOn && next.joinsCutCells && carried[i].row == offset && Self.isContinuation(carried[i].text) {
            // The part above is the cell of the last row in the same columns, holding text of its own.
            guard let j = result.cells.firstIndex(where: { above in
                above.row + above.rowSpan - 1 == lastRow && abs(above.x1 - carried[i].x1) <= Self.tolerance
                    && abs(above.x2 - carried[i].x2) <= Self.tolerance && !above.text.isEmpty
                    && CellValue.asciiFigure(above.text) == nil
            }) else { continue }
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
