extension PDFColumnTable {
    /// The label cells that stand beside no row of their own (三、本年度办理结果, （三）不予公开): for each row, the level
    /// and label of each such cell that opens over it, as a merged cell shows its text once, in its first row.
    ///
    /// Such a label covers the rows around it whose own label sits further right; several at one level (the groups of
    /// 三) are told apart where the numbering of the labels right of them starts again at 1. A stretch of rows whose
    /// groups cannot be told apart is left out.
    static func spanningLabels(_ labels: [Label], rows: inout [Row]) -> [Int: [Int: Int]] {
        var leafRow: [Int: Int] = [:]
        for (r, row) in rows.enumerated() { if let leaf = row.leaf { leafRow[leaf] = r } }
        /// The level of row `r`'s own label; a row without one sits under every label.
        func leafLevel(_ r: Int) -> Int { rows[r].leaf.map { labels[$0].level } ?? Int.max }
        /// The row a label starts at: its own row, or the first row reaching down to it.
        func startRow(_ label: Int, in range: ClosedRange<Int>) -> Int? {
            leafRow[label] ?? range.first { rows[$0].box.y2 >= labels[label].box.y1 }
        }
        var stretches: [[Int]: [Int]] = [:]
        for index in labels.indices where leafRow[index] == nil {
            let label = labels[index]
            guard let nearest = rows.indices.min(by: { abs(rows[$0].box.midY - label.box.midY) < abs(rows[$1].box.midY - label.box.midY) }),
                  leafLevel(nearest) > label.level else { continue }
            var low = nearest
            var high = nearest
            while low > 0, leafLevel(low - 1) > label.level { low -= 1 }
            while high + 1 < rows.count, leafLevel(high + 1) > label.level { high += 1 }
            stretches[[label.level, low, high], default: []].append(index)
        }
        var shown: [Int: [Int: Int]] = [:]
        for (key, spanning) in stretches {
            let level = key[0]
            let range = key[1]...key[2]
            let inner = labels.indices.filter { labels[$0].level > level && startRow($0, in: range).map(range.contains) == true }
            let next = inner.map { labels[$0].level }.min()
            var starts: Set<Int> = [range.lowerBound]
            for i in inner where labels[i].level == next && PDFColumnTable.itemNumber(labels[i].text) == 1 {
                if let row = startRow(i, in: range) { starts.insert(row) }
            }
            let firsts = starts.sorted()
            var members: [Int: [Int]] = [:]
            for index in spanning {
                let first = firsts.last { rows[$0].box.y1 <= labels[index].box.midY } ?? range.lowerBound
                members[first, default: []].append(index)
            }
            for (n, first) in firsts.enumerated() {
                let last = n + 1 < firsts.count ? firsts[n + 1] - 1 : range.upperBound
                guard let labelled = members[first] else { continue }
                if labelled.count > 1 {
                    for r in first...last { rows[r].unreliable = true }
                } else {
                    shown[first, default: [:]][level] = labelled[0]
                }
            }
        }
        return shown
    }

    /// The table as grid cells: the label levels first, then the figure columns in order; the header's names in a row
    /// of their own above the figures.
    static func table(rows: [Row], labels: [Label], groups: [Int: [Int: Int]], columns: Columns,
                      header: ArraySlice<PDFLine>?, page: Int) -> PDFTable {
        let labelColumns = columns.levels.count
        /// Grid column `column` as an x position; far apart, so PDFTable.rawRows numbers them in order.
        func x(_ column: Int) -> Double { Double(column) * 100 }
        var cells: [PDFTable.Cell] = []
        var index = 0
        if header != nil {
            for (i, name) in columns.names.enumerated() {
                cells.append(PDFTable.Cell(text: name, row: 0, rowSpan: 1, x1: x(labelColumns + i), x2: x(labelColumns + i + 1)))
            }
            index = 1
        }
        var unreliable = Set<Int>()
        for (r, row) in rows.enumerated() {
            let leafLevel = row.leaf.map { labels[$0].level } ?? labelColumns
            for level in 0..<min(leafLevel, labelColumns) {
                let text = groups[r]?[level].map { labels[$0].text } ?? ""
                cells.append(PDFTable.Cell(text: text, row: index, rowSpan: 1, x1: x(level), x2: x(level + 1)))
            }
            if let leaf = row.leaf {
                cells.append(PDFTable.Cell(text: labels[leaf].text, row: index, rowSpan: 1, x1: x(leafLevel), x2: x(labelColumns)))
            }
            for (i, figure) in row.figures.enumerated() {
                cells.append(PDFTable.Cell(text: figure, row: index, rowSpan: 1, x1: x(labelColumns + i), x2: x(labelColumns + i + 1)))
            }
            if row.unreliable { unreliable.insert(index) }
            index += 1
        }
        let outline = columns.outline
        let headerTop = header?.first.flatMap { $0.page == page ? $0.box.y1 : nil } ?? .infinity
        let top = min(headerTop, rows.map(\.box.y1).min() ?? 0, labels.map(\.box.y1).min() ?? .infinity)
        let bottom = max(rows.map(\.box.y2).max() ?? 0, labels.map(\.box.y2).max() ?? 0)
        let box = PDFBox(x1: outline.x1, y1: top, x2: outline.x2, y2: bottom)
        // The header row is on the page of its lines, which may be the page before.
        let pages = (header?.first.map { [$0.page] } ?? []) + Array(repeating: page, count: rows.count)
        return PDFTable(cells: cells, rowPages: pages, unreliableRows: unreliable,
                        firstBox: box, lastBox: box, joinsCutCells: false)
    }
}
