/// A table drawn without a grid (no rules, or horizontal rules only), read from where its words stand: the figure
/// columns from the header words naming them, the rows from the label cells beside the figures.
///
/// Only tables 三 and 四 (and section 二's items) are looked for, by their header words, and only among the lines no
/// ruled table took. A figure
/// that falls in no column or in the same column as another leaves its row out: a figure is never placed by guess.
struct PDFColumnTable: Sendable {
    /// A table the fallback recognises: the words naming its figure columns in order, and words that open its header.
    struct Kind: Sendable {
        /// The figure columns' names, left to right, as the table readers look for them.
        var words: [String]
        /// Words one of which a short fragment of the header's first line holds.
        var triggers: [String]
    }

    /// The columns of a table found on a page, carried to the next page when the table runs on.
    struct Columns: Sendable {
        /// The figure columns' x ranges, left to right.
        var spans: [ClosedRange<Double>]
        /// The header text naming each figure column.
        var names: [String]
        /// Where label cells start, left to right: one grid column each.
        var levels: [Double]
        /// The table's usual character height.
        var size: Double

        /// The left edge of the figure columns: what lies left of it is a label.
        var labelEdge: Double { spans[0].lowerBound - 0.5 * size }
        /// The outline the table is given on every page, so that its parts join (the labels' left to the last figure).
        var outline: (x1: Double, x2: Double) { (min(levels.first ?? labelEdge, labelEdge), spans[spans.count - 1].upperBound) }
    }

    /// The columns of a table running at the foot of a page, for the next page to go on with.
    enum Running: Sendable {
        /// Table 三 or 四.
        case table(Columns)
        /// Section 二's items.
        case items(ItemColumns)
        /// A header of table 三 or 四 at the foot of the page, its rows all on the next page.
        case header(Columns, [PDFLine])
    }

    /// Tables 三 and 四.
    static let kinds = [
        Kind(words: ApplicationTableReader.columnWords, triggers: ["申请人情况", "自然人"]),
        Kind(words: ReviewTableReader.columnWords, triggers: ["行政复议", "结果维持"]),
    ]

    /// The borderless tables among `lines` (one page's, top to bottom, page furniture removed), the lines in none of
    /// them, and the columns of a table still running at the foot of the page.
    ///
    /// `cut` is the rest of labels the page break cut, at their label level, which the table on the page before ends with.
    static func tables(in lines: [PDFLine], page: Int, carried: Running?)
        -> (tables: [PDFTable], rest: [PDFLine], open: Running?, cut: [(level: Int, text: String)]) {
        var tables: [PDFTable] = []
        var rest: [PDFLine] = []
        var open: Running?
        var cut: [(level: Int, text: String)] = []
        var index = 0
        // A table running on from the page before: rows at the top of the page that sit in its columns.
        if let carried, let first = lines.first, header(in: lines, at: 0) == nil, !opensDisclosure(lines, at: 0),
           SectionHeading.parse(first.text)?.kind == nil {
            switch carried {
            case .table(let columns):
                if let found = rows(of: lines, from: 0, columns: columns, header: nil, page: page), found.end > 0 {
                    tables.append(found.table)
                    cut = found.cut.map { ($0.level, $0.text) }
                    index = found.end
                    if found.end == lines.count { open = carried }
                }
            case .header(let columns, let header):
                if let found = rows(of: lines, from: 0, columns: columns, header: header[...], page: page), found.end > 0 {
                    tables.append(found.table)
                    index = found.end
                    if found.end == lines.count { open = .table(found.columns) }
                }
            case .items(let columns):
                if let found = disclosure(in: lines, at: 0, page: page, carried: columns), found.end > 0 {
                    tables.append(found.table)
                    cut = found.cut
                    index = found.end
                    open = found.open.map(Running.items)
                }
            }
        }
        while index < lines.count {
            let header = header(in: lines, at: index)
            if let (columns, end) = header, end == lines.count {
                // The header ends the page: its rows follow atop the next.
                open = .header(columns, Array(lines[index..<end]))
                index = end
            } else if let (columns, end) = header,
               let found = rows(of: lines, from: end, columns: columns, header: lines[index..<end], page: page),
               found.end > end {
                tables.append(found.table)
                index = found.end
                open = found.end == lines.count ? .table(found.columns) : nil
            } else if let found = disclosure(in: lines, at: index, page: page) {
                tables.append(found.table)
                index = found.end
                open = found.open.map(Running.items)
            } else {
                rest.append(lines[index])
                index += 1
            }
        }
        return (tables, rest, open, cut)
    }

    /// `table` with the rest of its cut labels: each appended to the last label at its level.
    static func finished(_ table: PDFTable, with cut: [(level: Int, text: String)]) -> PDFTable {
        var table = table
        for (level, text) in cut {
            // Grid columns are x positions 100 apart (see `table(rows:…)`).
            guard let i = table.cells.indices.filter({ table.cells[$0].x1 == Double(level) * 100 && !table.cells[$0].text.isEmpty })
                .max(by: { table.cells[$0].row < table.cells[$1].row }) else { continue }
            table.cells[i].text += text
        }
        return table
    }

    /// The columns a header starting at line `start` names, and the line after it (the first with a figure).
    static func header(in lines: [PDFLine], at start: Int) -> (columns: Columns, end: Int)? {
        let opening = PDFFragment.fragments(of: lines[start])
        let kinds = kinds.filter { kind in
            opening.contains { fragment in
                let text = fragment.text.removingWhitespace()
                return kind.triggers.contains { text.contains($0) && text.count <= $0.count + 4 }
            }
        }
        guard !kinds.isEmpty else { return nil }
        var end = start + 1
        while end < lines.count, end - start <= 12, !PDFFragment.fragments(of: lines[end]).contains(where: \.isFigure) { end += 1 }
        let fragments = lines[start..<end].flatMap(PDFFragment.fragments)
        let heights = fragments.flatMap { $0.glyphs.map(\.box.height) }.sorted()
        let size = heights.isEmpty ? 10 : heights[heights.count / 2]
        let cells = headerCells(fragments, size: size)
        for kind in kinds {
            guard let chosen = columns(named: kind.words, among: cells) else { continue }
            let columns = Columns(spans: chosen.map { $0.box.x1...$0.box.x2 }, names: chosen.map(\.text), levels: [], size: size)
            // The header ends with its last line of column words; label lines below it, above the first figures, are
            // the first row's label set around its figures.
            let last = (start..<end).last { i in PDFFragment.fragments(of: lines[i]).contains { $0.box.midX >= columns.labelEdge } } ?? start
            return (columns, last + 1)
        }
        return nil
    }

    /// A header cell's text and box: one fragment, or a fragment with those under it that a narrow cell wrapped.
    struct HeaderCell {
        /// The text, the wrapped lines joined.
        var text: String
        /// The box around the lines.
        var box: PDFBox
        /// How many lines.
        var lines: Int
    }

    /// Every fragment of the header as a cell, and with the one or two fragments right under it whose centres and its
    /// own lie within each other's width: the lines of a wrapped header cell.
    static func headerCells(_ fragments: [PDFFragment], size: Double) -> [HeaderCell] {
        var cells: [HeaderCell] = []
        for fragment in fragments {
            var cell = HeaderCell(text: fragment.text.removingWhitespace(), box: fragment.box, lines: 1)
            cells.append(cell)
            var last = fragment.box
            for _ in 0..<2 {
                guard let below = fragments.filter({ other in
                    other.box.y1 > last.midY && other.box.y1 - last.y2 <= 0.8 * size
                        && other.box.midX >= last.x1 && other.box.midX <= last.x2 && last.midX >= other.box.x1 && last.midX <= other.box.x2
                }).min(by: { $0.box.y1 < $1.box.y1 }) else { break }
                cell.text += below.text.removingWhitespace()
                cell.box = PDFBox(x1: min(cell.box.x1, below.box.x1), y1: cell.box.y1, x2: max(cell.box.x2, below.box.x2), y2: below.box.y2)
                cell.lines += 1
                cells.append(cell)
                last = below.box
            }
        }
        return cells
    }

    /// The header cells naming `words` one by one, each right of the one before; nil when a word is named by none.
    static func columns(named words: [String], among cells: [HeaderCell]) -> [HeaderCell]? {
        var chosen: [HeaderCell] = []
        for word in words {
            let after = chosen.last?.box.x2 ?? -.infinity
            guard let cell = cells.filter({ $0.box.x1 >= after - 0.5 && names($0.text, word) })
                .min(by: { ($0.box.x1, $0.lines) < ($1.box.x1, $1.lines) }) else { return nil }
            chosen.append(cell)
        }
        return chosen
    }

    /// Whether a header cell's compact text names the column `word`: a short word only in a short cell (其他结果, not
    /// 法人或其他组织).
    static func names(_ text: String, _ word: String) -> Bool {
        text == word || text.count <= word.count + 2 && text.contains(word) || word.count >= 4 && text.contains(word)
    }
}
