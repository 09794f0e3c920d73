extension PDFColumnTable {
    /// A label cell rebuilt from the label lines a narrow column wrapped.
    struct Label {
        /// The lines' text joined (Chinese wraps mid-word).
        var text: String
        /// The box around the lines.
        var box: PDFBox
        /// The index in `Columns.levels` of its left edge.
        var level = 0
    }

    /// A row of figures: the line they stand on and each figure column's text (empty where none stands).
    struct Row {
        /// The line of the figures.
        var box: PDFBox
        /// The text under each figure column.
        var figures: [String]
        /// Whether its figures could not all be placed in a column of their own.
        var unreliable: Bool
        /// The label cell right beside it (the innermost), if any.
        var leaf: Int?
    }

    /// The table whose rows start at line `start`, with the columns `columns` and the header lines `header`; `end` is
    /// the line after the table, and `columns` as widened by the figures and with the labels' levels.
    static func rows(of lines: [PDFLine], from start: Int, columns: Columns, header: ArraySlice<PDFLine>?,
                     page: Int) -> (table: PDFTable, end: Int, columns: Columns, cut: [Label])? {
        var columns = columns
        let size = columns.size
        // A header on the page before is no measure of where this page's rows stand.
        let headerBottom = header?.first?.page == page ? header?.last?.box.y2 : nil
        let scan = scanLines(lines, from: start, edge: columns.labelEdge, size: size, below: headerBottom)
        guard !scan.figureLines.isEmpty else { return nil }
        if header != nil, !widen(&columns, toFit: scan.figureLines) { return nil }
        var labels = self.labels(of: scan.labelFragments, size: size)
        if columns.levels.isEmpty { columns.levels = levels(of: labels, size: size) }
        for i in labels.indices {
            labels[i].level = columns.levels.indices.min { abs(columns.levels[$0] - labels[i].box.x1) < abs(columns.levels[$1] - labels[i].box.x1) } ?? 0
        }
        // Atop a page the table runs on to, label lines above the first figures that open no item finish a label the
        // page break cut.
        var cut: [Label] = []
        if header == nil, let first = scan.figureLines.first?.box {
            cut = labels.filter { $0.box.y2 <= first.y1 + 0.2 * size && itemNumber($0.text) == nil }
            labels.removeAll { $0.box.y2 <= first.y1 + 0.2 * size && itemNumber($0.text) == nil }
        }
        var rows = figureRows(scan.figureLines, labels: labels, columns: columns, size: size)
        markAmbiguous(&rows, size: size)
        let groups = spanningLabels(labels, rows: &rows)
        let table = table(rows: rows, labels: labels, groups: groups, columns: columns, header: header, page: page)
        return (table, scan.end, columns, cut)
    }

    /// A line with figures (or a figure left of the columns) and the fragments right of the label edge.
    private struct FigureLine {
        var box: PDFBox
        var fragments: [PDFFragment]
        /// Whether a figure stands left of the first column, under no header word.
        var stray: Bool
    }

    /// The lines of a table: where it ends, the fragments left of the label edge, and the lines with figures.
    private struct LineScan {
        var end: Int
        var labelFragments: [PDFFragment] = []
        var figureLines: [FigureLine] = []
    }

    /// Reads lines from `start` until a gap, a section heading or running text ends the table; `below` is the bottom of
    /// the header on this page, if any.
    private static func scanLines(_ lines: [PDFLine], from start: Int, edge: Double, size: Double, below: Double?) -> LineScan {
        var scan = LineScan(end: start)
        var bottom = below
        while scan.end < lines.count {
            let line = lines[scan.end]
            if let bottom, line.box.y1 - bottom > 2.5 * size { break }
            let fragments = PDFFragment.fragments(of: line)
            // Running text crosses from the labels into the figure columns, or is long words among them.
            if SectionHeading.parse(line.text)?.kind != nil
                || fragments.contains(where: { $0.box.x1 < edge - size && $0.box.x2 > edge + 2 * size })
                || fragments.contains(where: { $0.box.midX >= edge && !$0.isFigure && $0.glyphs.count > 6 }) { break }
            let figures = fragments.filter { $0.box.midX >= edge }
            let labels = fragments.filter { $0.box.midX < edge }
            // A figure standing left of the first column is under no header word: its row's figures are not all placed.
            let stray = labels.contains(where: \.isFigure)
            scan.labelFragments += labels.filter { !$0.isFigure }
            if !figures.isEmpty || stray { scan.figureLines.append(FigureLine(box: line.box, fragments: figures, stray: stray)) }
            bottom = max(bottom ?? line.box.y2, line.box.y2)
            scan.end += 1
        }
        return scan
    }

    /// Widens the columns to the figures under them; false when that makes two columns meet.
    private static func widen(_ columns: inout Columns, toFit figureLines: [FigureLine]) -> Bool {
        // A figure wider than its header word (a long number under 总计) widens the one column it overlaps.
        for fragment in figureLines.flatMap(\.fragments) {
            let overlapped = columns.spans.indices.filter {
                fragment.box.x2 > columns.spans[$0].lowerBound && fragment.box.x1 < columns.spans[$0].upperBound
            }
            guard overlapped.count == 1, let i = overlapped.first else { continue }
            columns.spans[i] = min(columns.spans[i].lowerBound, fragment.box.x1)...max(columns.spans[i].upperBound, fragment.box.x2)
        }
        // Columns widened into each other no longer tell their figures apart.
        return !zip(columns.spans, columns.spans.dropFirst()).contains(where: { $0.upperBound >= $1.lowerBound })
    }

    /// Each figure line as a row: its figures placed in their columns, and the label cell beside it.
    private static func figureRows(_ figureLines: [FigureLine], labels: [Label], columns: Columns, size: Double) -> [Row] {
        figureLines.map { line -> Row in
            var figures = Array(repeating: "", count: columns.spans.count)
            var unreliable = line.stray
            for fragment in line.fragments {
                let x = fragment.box.midX
                let inside = columns.spans.indices.filter { columns.spans[$0].contains(x) }
                // Between two columns, or a second figure in one: which column it belongs to is unknown.
                guard inside.count == 1, let i = inside.first, figures[i].isEmpty else { unreliable = true; continue }
                figures[i] = fragment.text
            }
            let slack = 0.2 * size
            let leaf = labels.indices.filter { labels[$0].box.y1 - slack <= line.box.midY && line.box.midY <= labels[$0].box.y2 + slack }
                .max { labels[$0].box.x1 < labels[$1].box.x1 }
            return Row(box: line.box, figures: figures, unreliable: unreliable, leaf: leaf)
        }
    }

    /// Marks as unreliable the rows whose label or figures may belong to another row.
    private static func markAmbiguous(_ rows: inout [Row], size: Double) {
        // One label beside two rows of figures: which row is which is unknown.
        for i in rows.indices where rows[i].leaf != nil && rows.indices.contains(where: { $0 != i && rows[$0].leaf == rows[i].leaf }) {
            rows[i].unreliable = true
        }
        // A line of figures right under another without a label of its own is a narrow cell's figure wrapped (101 as
        // 10 over 1): neither line is the figure.
        for i in rows.indices.dropFirst() where rows[i].box.y1 - rows[i - 1].box.y2 < 0.5 * size
            && (rows[i].leaf == nil || rows[i].leaf == rows[i - 1].leaf) {
            rows[i].unreliable = true
            rows[i - 1].unreliable = true
        }
    }

    /// The label fragments joined into label cells: a line right under another, overlapping it, that opens no
    /// numbered item, goes on with the cell above.
    static func labels(of fragments: [PDFFragment], size: Double) -> [Label] {
        var labels: [Label] = []
        var last: [PDFBox] = []
        for fragment in fragments.sorted(by: { ($0.box.y1, $0.box.x1) < ($1.box.y1, $1.box.x1) }) {
            let text = fragment.text
            if itemNumber(text) == nil, let i = labels.indices.last(where: { i in
                let above = last[i]
                return fragment.box.midY > above.y2 - 0.2 * size && fragment.box.y1 - above.y2 <= 0.8 * size
                    && fragment.box.x1 < above.x2 && fragment.box.x2 > above.x1
            }) {
                labels[i].text += text
                let b = labels[i].box
                labels[i].box = PDFBox(x1: min(b.x1, fragment.box.x1), y1: b.y1, x2: max(b.x2, fragment.box.x2), y2: max(b.y2, fragment.box.y2))
                last[i] = fragment.box
            } else {
                labels.append(Label(text: text, box: fragment.box))
                last.append(fragment.box)
            }
        }
        return labels
    }

    /// The left edges label cells start at, left to right, edges closer than a character taken as one.
    static func levels(of labels: [Label], size: Double) -> [Double] {
        var levels: [Double] = []
        for x in labels.map(\.box.x1).sorted() where levels.last.map({ x - $0 > size }) ?? true {
            levels.append(x)
        }
        return levels
    }

    /// The number a label opens with (`三、`, `（二）`, `1.`, `2、`), nil when it opens with none.
    static func itemNumber(_ text: String) -> Int? {
        let scalars = Array(text.removingWhitespace().unicodeScalars.prefix(8))
        var i = 0
        let bracketed = i < scalars.count && (scalars[i] == "（" || scalars[i] == "(")
        if bracketed { i += 1 }
        let numerals = Array("〇一二三四五六七八九十".unicodeScalars)
        var value = 0
        let start = i
        while i < scalars.count {
            if PDFFragment.isDigit(scalars[i]) {
                value = value * 10 + Int(scalars[i].value - 0x30)
            } else if let n = numerals.firstIndex(of: scalars[i]) {
                value = n == 10 ? max(value, 1) * 10 : value + n
            } else {
                break
            }
            i += 1
        }
        guard i > start else { return nil }
        // A bracket may be cut off by the wrap (（三 then ）不予公开); otherwise the number is followed by its mark.
        if bracketed { return value }
        guard i < scalars.count, "、.．)）".unicodeScalars.contains(scalars[i]) else { return nil }
        return value
    }
}
