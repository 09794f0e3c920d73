extension PDFColumnTable {
    /// Section 二's 第二十条 items drawn without a grid, from line `start` (an item's title or its 信息内容 header) on:
    /// each item's title a row of one cell, its header naming the value columns, its rows a label then the values.
    ///
    /// Each item has columns of its own, taken from its header's words; a value overlapping no column or two, or a
    /// second value in a column, leaves its row out.
    ///
    /// With `carried` (the value columns of an item running at the foot of the page before), the lines atop the page go
    /// on with that item: the rest of its wrapped header words come back as `cut`, by grid column.
    static func disclosure(in lines: [PDFLine], at start: Int, page: Int, carried: ItemColumns? = nil)
        -> (table: PDFTable, end: Int, open: ItemColumns?, cut: [(level: Int, text: String)])? {
        guard carried != nil || opensDisclosure(lines, at: start) else { return nil }
        var rows: [[String]] = []
        var spans = carried?.spans ?? []
        var size = carried?.size ?? 10.0
        var cut: [(level: Int, text: String)] = []
        var bottom: Double?
        var top: Double?
        var index = start
        var dataRows = 0
        while index < lines.count {
            let line = lines[index]
            let fragments = PDFFragment.fragments(of: line)
            let text = line.text.removingWhitespace()
            if let bottom, line.box.y1 - bottom > 2.5 * size { break }
            if SectionHeading.parse(line.text)?.kind != nil { break }
            if fragments.count == 1, text.contains("第二十条") {
                rows.append([text])
                spans = []
            } else if fragments.first?.text.removingWhitespace() == "信息内容", fragments.count >= 2 {
                let heights = fragments.flatMap { $0.glyphs.map(\.box.height) }.sorted()
                size = heights[heights.count / 2]
                spans = fragments.dropFirst().map { $0.box.x1...$0.box.x2 }
                rows.append(fragments.map { $0.text.removingWhitespace() })
            } else {
                guard let first = spans.first else { break }
                let edge = first.lowerBound - 0.5 * size
                // Running text crosses from the labels into the value columns.
                if fragments.contains(where: { $0.box.x1 < edge - size && $0.box.x2 > edge + 2 * size }) { break }
                let label = fragments.filter { $0.box.midX < edge }.map(\.text).joined()
                let values = fragments.filter { $0.box.midX >= edge }
                let headerAbove = rows.last?.first == "信息内容" || carried != nil && rows.isEmpty
                if label.isEmpty, headerAbove, !values.contains(where: { $0.text.contains(where: \.isNumber) }) {
                    // The rest of header words a narrow column wrapped (本年新 over 制作数量).
                    for value in values {
                        guard let i = spans.indices.first(where: { value.box.x2 > spans[$0].lowerBound && value.box.x1 < spans[$0].upperBound })
                        else { continue }
                        if let last = rows.indices.last { rows[last][i + 1] += value.text.removingWhitespace() } else {
                            cut.append((i + 1, value.text.removingWhitespace()))
                        }
                        spans[i] = min(spans[i].lowerBound, value.box.x1)...max(spans[i].upperBound, value.box.x2)
                    }
                } else if values.isEmpty {
                    // The rest of a label a narrow column wrapped, under its row.
                    guard !label.isEmpty, itemNumber(label) == nil, let last = rows.indices.last, rows[last].count > 1,
                          rows[last][0] != "信息内容" else { break }
                    rows[last][0] += label
                } else {
                    var cells = [label] + Array(repeating: "", count: spans.count)
                    var placed = true
                    for value in values {
                        let overlapped = spans.indices.filter { value.box.x2 > spans[$0].lowerBound && value.box.x1 < spans[$0].upperBound }
                        guard overlapped.count == 1, let i = overlapped.first, cells[i + 1].isEmpty else { placed = false; break }
                        cells[i + 1] = value.text
                    }
                    // A row whose values cannot be placed is left out, never guessed.
                    if placed { rows.append(cells) }
                    dataRows += 1
                }
            }
            top = top ?? line.box.y1
            bottom = max(bottom ?? line.box.y2, line.box.y2)
            index += 1
        }
        // A title or header at the foot of a page opens the item the next page goes on with.
        guard dataRows > 0 || index == lines.count || !cut.isEmpty, let top, let bottom else { return nil }
        /// Grid column `column` as an x position, as `table(rows:…)` places them.
        func x(_ column: Int) -> Double { Double(column) * 100 }
        let width = rows.map(\.count).max() ?? 1
        var cells: [PDFTable.Cell] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() {
                cells.append(PDFTable.Cell(text: text, row: r, rowSpan: 1, x1: x(c), x2: x(row.count == 1 ? width : c + 1)))
            }
        }
        // The items' value columns differ, so the outline is the first value column's left edge, at the table's start
        // and at its end: the parts of an item cut by a page break have it at one place.
        let first = carried?.spans.first?.lowerBound ?? lines[start].box.x1
        let last = spans.first?.lowerBound ?? lines[start].box.x1
        let table = PDFTable(cells: cells, rowPages: Array(repeating: page, count: rows.count), unreliableRows: [],
                             firstBox: PDFBox(x1: first, y1: top, x2: first, y2: bottom),
                             lastBox: PDFBox(x1: last, y1: top, x2: last, y2: bottom), joinsCutCells: false)
        let open = index == lines.count && !spans.isEmpty ? ItemColumns(spans: spans, size: size) : nil
        return (table, index, open, cut)
    }

    /// The value columns of a 第二十条 item, carried to the next page when the item runs on.
    struct ItemColumns: Sendable {
        /// The value columns' x ranges, left to right.
        var spans: [ClosedRange<Double>]
        /// The header's character height.
        var size: Double
    }

    /// Whether line `start` opens section 二's items: a 信息内容 header, or a 第二十条 title right above one or last on
    /// its page.
    static func opensDisclosure(_ lines: [PDFLine], at start: Int) -> Bool {
        /// Whether line `i` is an item's 信息内容 header.
        func isHeader(_ i: Int) -> Bool {
            i < lines.count && PDFFragment.fragments(of: lines[i]).first?.text.removingWhitespace() == "信息内容"
        }
        let text = lines[start].text.removingWhitespace()
        return isHeader(start) || text.hasPrefix("第二十条") && text.count <= 12 && (isHeader(start + 1) || start == lines.count - 1)
    }
}
