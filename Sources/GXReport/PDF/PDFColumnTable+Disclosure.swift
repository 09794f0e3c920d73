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
        var items = DisclosureItems(spans: carried?.spans ?? [], size: carried?.size ?? 10.0, carries: carried != nil)
        var bottom: Double?
        var top: Double?
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let bottom, line.box.y1 - bottom > 2.5 * items.size { break }
            if SectionHeading.parse(line.text)?.kind != nil { break }
            guard items.read(line) else { break }
            top = top ?? line.box.y1
            bottom = max(bottom ?? line.box.y2, line.box.y2)
            index += 1
        }
        // A title or header at the foot of a page opens the item the next page goes on with.
        guard items.dataRows > 0 || index == lines.count || !items.cut.isEmpty, let top, let bottom else { return nil }
        // The items' value columns differ, so the outline is the first value column's left edge, at the table's start
        // and at its end: the parts of an item cut by a page break have it at one place.
        let first = carried?.spans.first?.lowerBound ?? lines[start].box.x1
        let last = items.spans.first?.lowerBound ?? lines[start].box.x1
        let table = PDFTable(cells: gridCells(of: items.rows), rowPages: Array(repeating: page, count: items.rows.count),
                             unreliableRows: [],
                             firstBox: PDFBox(x1: first, y1: top, x2: first, y2: bottom),
                             lastBox: PDFBox(x1: last, y1: top, x2: last, y2: bottom), joinsCutCells: false)
        let open = index == lines.count && !items.spans.isEmpty ? ItemColumns(spans: items.spans, size: items.size) : nil
        return (table, index, open, items.cut)
    }

    /// The cells of the rows, one grid column each, a row of one cell (an item's title) across the whole width.
    private static func gridCells(of rows: [[String]]) -> [PDFTable.Cell] {
        /// Grid column `column` as an x position, as `table(rows:…)` places them.
        func x(_ column: Int) -> Double { Double(column) * 100 }
        let width = rows.map(\.count).max() ?? 1
        var cells: [PDFTable.Cell] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() {
                cells.append(PDFTable.Cell(text: text, row: r, rowSpan: 1, x1: x(c), x2: x(row.count == 1 ? width : c + 1)))
            }
        }
        return cells
    }

    /// The rows of section 二's items read so far, with the value columns of the item being read.
    private struct DisclosureItems {
        /// The rows: titles of one cell, headers, and a label followed by one cell per value column.
        var rows: [[String]] = []
        /// The current item's value columns' x ranges, left to right.
        var spans: [ClosedRange<Double>]
        /// The current item's header character height, the unit of every distance.
        var size: Double
        /// The rest of wrapped header words of an item carried from the page before, by grid column.
        var cut: [(level: Int, text: String)] = []
        /// How many lines were rows of values, placed or left out.
        var dataRows = 0
        /// Whether the lines go on with an item carried from the page before.
        let carries: Bool

        /// Reads one line: an item's title, its header, or a line under the header; false when the items end before it.
        mutating func read(_ line: PDFLine) -> Bool {
            let fragments = PDFFragment.fragments(of: line)
            let text = line.text.removingWhitespace()
            if fragments.count == 1, text.contains("第二十条") {
                rows.append([text])
                spans = []
            } else if fragments.first?.text.removingWhitespace() == "信息内容", fragments.count >= 2 {
                let heights = fragments.flatMap { $0.glyphs.map(\.box.height) }.sorted()
                size = heights[heights.count / 2]
                spans = fragments.dropFirst().map { $0.box.x1...$0.box.x2 }
                rows.append(fragments.map { $0.text.removingWhitespace() })
            } else {
                return readBelowHeader(fragments)
            }
            return true
        }

        /// A line under an item's header: the wrapped rest of header words or of a label, or a row of values; false
        /// when there is no header or the line is running text.
        private mutating func readBelowHeader(_ fragments: [PDFFragment]) -> Bool {
            guard let first = spans.first else { return false }
            let edge = first.lowerBound - 0.5 * size
            // Running text crosses from the labels into the value columns.
            if fragments.contains(where: { $0.box.x1 < edge - size && $0.box.x2 > edge + 2 * size }) { return false }
            let label = fragments.filter { $0.box.midX < edge }.map(\.text).joined()
            let values = fragments.filter { $0.box.midX >= edge }
            let headerAbove = rows.last?.first == "信息内容" || carries && rows.isEmpty
            if label.isEmpty, headerAbove, !values.contains(where: { $0.text.contains(where: \.isNumber) }) {
                joinHeaderWords(values)
            } else if values.isEmpty {
                // The rest of a label a narrow column wrapped, under its row.
                guard !label.isEmpty, PDFColumnTable.itemNumber(label) == nil, let last = rows.indices.last, rows[last].count > 1,
                      rows[last][0] != "信息内容" else { return false }
                rows[last][0] += label
            } else {
                placeValues(values, label: label)
            }
            return true
        }

        /// The rest of header words a narrow column wrapped (本年新 over 制作数量), added to the header above or,
        /// atop a page, to `cut`; each widens its column.
        private mutating func joinHeaderWords(_ values: [PDFFragment]) {
            for value in values {
                guard let i = spans.indices.first(where: { value.box.x2 > spans[$0].lowerBound && value.box.x1 < spans[$0].upperBound })
                else { continue }
                if let last = rows.indices.last { rows[last][i + 1] += value.text.removingWhitespace() } else {
                    cut.append((i + 1, value.text.removingWhitespace()))
                }
                spans[i] = min(spans[i].lowerBound, value.box.x1)...max(spans[i].upperBound, value.box.x2)
            }
        }

        /// A row of values, each in the one column it overlaps.
        private mutating func placeValues(_ values: [PDFFragment], label: String) {
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
