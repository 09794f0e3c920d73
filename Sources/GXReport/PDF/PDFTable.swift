/// A ruled table found on one or more PDF pages: cells as drawn, placed on rows and on x positions.
struct PDFTable: Sendable {
    /// One drawn cell: a merged cell is one cell over several rows or columns.
    struct Cell: Sendable {
        /// The text, its lines joined with "\n".
        var text: String
        /// The first row (0-based, over the whole table).
        var row: Int
        /// How many rows it covers.
        var rowSpan: Int
        /// Left edge.
        var x1: Double
        /// Right edge.
        var x2: Double
    }

    /// The cells, in no particular order.
    var cells: [Cell]
    /// The page of each row.
    var rowPages: [Int]
    /// Rows whose cells could not be told apart (a ruling that is no rectangle): left out, never guessed.
    var unreliableRows: Set<Int>
    /// The outline on the first page.
    var firstBox: PDFBox
    /// The outline on the last page.
    var lastBox: PDFBox
    /// Whether a cell atop a following page may finish the cell above it; a table read from positions finishes its cut
    /// labels itself, by their label column (see `PDFColumnTable.finished`).
    var joinsCutCells = true

    /// Tolerance (points) for two rules or edges to be the same line.
    static let tolerance = 2.5

    /// The tables drawn on `page`, and the characters in none of them.
    static func tables(on page: PDFPage) -> (tables: [PDFTable], rest: [PDFGlyph]) {
        var tables: [PDFTable] = []
        for component in components(horizontal: page.horizontalRules, vertical: page.verticalRules) {
            if let table = lattice(horizontal: component.horizontal, vertical: component.vertical, page: page) {
                tables.append(table)
            }
        }
        // Strokes of a character left over from masking can cross into a small grid of their own inside a cell, and a
        // picture's lines (a table pasted as an image) make a grid without text: neither is a table to read.
        let found = tables
        tables.removeAll { table in
            let box = table.firstBox
            return box.width < 12 || box.height < 8 || table.cells.allSatisfy(\.text.isEmpty) || found.contains { other in
                other.firstBox != box && other.firstBox.x1 <= box.x1 + tolerance && other.firstBox.x2 >= box.x2 - tolerance
                    && other.firstBox.y1 <= box.y1 + tolerance && other.firstBox.y2 >= box.y2 - tolerance
            }
        }
        let rest = page.glyphs.filter { glyph in
            !tables.contains { $0.firstBox.contains(x: glyph.box.midX, y: glyph.box.midY) }
        }
        return (tables.sorted { $0.firstBox.y1 < $1.firstBox.y1 }, rest)
    }

    /// Groups rules that cross or touch into connected sets, each a candidate table.
    static func components(horizontal: [PDFBox], vertical: [PDFBox]) -> [(horizontal: [PDFBox], vertical: [PDFBox])] {
        let count = horizontal.count + vertical.count
        var parent = Array(0..<count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        let t = tolerance
        for (i, h) in horizontal.enumerated() {
            for (j, v) in vertical.enumerated()
            where v.midX >= h.x1 - t && v.midX <= h.x2 + t && h.midY >= v.y1 - t && h.midY <= v.y2 + t {
                parent[root(i)] = root(horizontal.count + j)
            }
        }
        var groups: [Int: (horizontal: [PDFBox], vertical: [PDFBox])] = [:]
        for (i, h) in horizontal.enumerated() { groups[root(i), default: ([], [])].horizontal.append(h) }
        for (j, v) in vertical.enumerated() { groups[root(horizontal.count + j), default: ([], [])].vertical.append(v) }
        return groups.values.filter { $0.horizontal.count >= 2 && $0.vertical.count >= 2 }
    }

    /// Positions within `tolerance` of each other taken as one, in order.
    static func clustered(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        var group: [Double] = []
        for value in values.sorted() {
            if let first = group.first, value - first > tolerance {
                result.append(group.reduce(0, +) / Double(group.count))
                group = []
            }
            group.append(value)
        }
        if !group.isEmpty { result.append(group.reduce(0, +) / Double(group.count)) }
        return result
    }

    /// How much of `from...to` the rules on the line at `position` cover.
    static func coverage(_ rules: [PDFBox], at position: Double, from: Double, to: Double, horizontal: Bool) -> Double {
        var covered = 0.0
        for rule in rules {
            let across = horizontal ? rule.midY : rule.midX
            guard abs(across - position) <= tolerance else { continue }
            let lower = max(from, horizontal ? rule.x1 : rule.y1)
            let upper = min(to, horizontal ? rule.x2 : rule.y2)
            if upper > lower { covered += upper - lower }
        }
        return covered / max(to - from, 0.001)
    }

    /// The table one connected set of rules draws: the grid of its lines, and cells merged where a line is missing.
    static func lattice(horizontal: [PDFBox], vertical: [PDFBox], page: PDFPage) -> PDFTable? {
        var ys = clustered(horizontal.map(\.midY))
        var xs = clustered(vertical.map(\.midX))
        // A table cut by a page break is drawn without its bottom (or top) border: the sides' ends close it.
        if let top = vertical.map(\.y1).min(), let first = ys.first, top < first - 2 * tolerance { ys.insert(top, at: 0) }
        if let bottom = vertical.map(\.y2).max(), let last = ys.last, bottom > last + 2 * tolerance { ys.append(bottom) }
        if let leftmost = horizontal.map(\.x1).min(), let first = xs.first, leftmost < first - 2 * tolerance { xs.insert(leftmost, at: 0) }
        if let rightmost = horizontal.map(\.x2).max(), let last = xs.last, rightmost > last + 2 * tolerance { xs.append(rightmost) }
        // One framed box is a note or a border, not a table: its text reads as paragraphs.
        guard ys.count >= 2, xs.count >= 2, ys.count + xs.count > 4 else { return nil }
        let rows = ys.count - 1
        let columns = xs.count - 1
        var parent = Array(0..<(rows * columns))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // A border counts when it is drawn over most of the side it would close; otherwise the two grid cells are one.
        for r in 0..<rows {
            for c in 0..<columns {
                if c + 1 < columns, coverage(vertical, at: xs[c + 1], from: ys[r], to: ys[r + 1], horizontal: false) < 0.6 {
                    parent[root(r * columns + c)] = root(r * columns + c + 1)
                }
                if r + 1 < rows, coverage(horizontal, at: ys[r + 1], from: xs[c], to: xs[c + 1], horizontal: true) < 0.6 {
                    parent[root(r * columns + c)] = root((r + 1) * columns + c)
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in 0..<(rows * columns) { members[root(i), default: []].append(i) }
        var cells: [Cell] = []
        var unreliable = Set<Int>()
        var glyphsOf: [Int: [PDFGlyph]] = [:]
        for glyph in page.glyphs {
            let x = glyph.box.midX
            let y = glyph.box.midY
            guard x > xs[0], x < xs[columns], y > ys[0], y < ys[rows],
                  let c = xs.lastIndex(where: { $0 <= x }), let r = ys.lastIndex(where: { $0 <= y }), c < columns, r < rows else { continue }
            glyphsOf[root(r * columns + c), default: []].append(glyph)
        }
        for (key, group) in members {
            let rowRange = (group.map { $0 / columns }.min() ?? 0)...(group.map { $0 / columns }.max() ?? 0)
            let columnRange = (group.map { $0 % columns }.min() ?? 0)...(group.map { $0 % columns }.max() ?? 0)
            // A merged cell that is no rectangle has no place on the grid: its rows are not read.
            if group.count != rowRange.count * columnRange.count { unreliable.formUnion(rowRange) }
            let text = PDFLine.lines(of: glyphsOf[key] ?? [], page: page.number).map(\.text).joined(separator: "\n")
            cells.append(Cell(text: text, row: rowRange.lowerBound, rowSpan: rowRange.count,
                              x1: xs[columnRange.lowerBound], x2: xs[columnRange.upperBound + 1]))
        }
        let box = PDFBox(x1: xs[0], y1: ys[0], x2: xs[columns], y2: ys[rows])
        return PDFTable(cells: cells, rowPages: Array(repeating: page.number, count: rows), unreliableRows: unreliable,
                        firstBox: box, lastBox: box)
    }
}
