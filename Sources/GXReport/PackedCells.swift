/// A run of cells in twelve bytes each where it can be: table 三 holds 175 cells, nearly all figures written as their
/// digits, and a site holds every report's table while its index pages are made (a `Cell` takes 32 bytes).
///
/// A packed cell is a figure that fits in 32 bits and is written exactly as its digits, with its place (a line and column,
/// no page) and read from a cell of its own. Any other cell
/// (blank, text, a figure written otherwise, such as `007`, or beyond 32 bits) is kept whole beside the run, and marked
/// in it by `Int32.min`, so a cell always has one form and equal runs are equal cell for cell.
package struct PackedCells: Sendable, Hashable {
    private struct Packed: Sendable, Hashable {
        var figure: Int32
        var line: Int32
        var column: Int32
    }

    /// A cell kept whole, at `index` of the run.
    private struct Whole: Sendable, Hashable {
        var index: Int
        var cell: Cell
    }

    private var packed: [Packed] = []
    /// The cells kept whole, by increasing index.
    private var whole: [Whole] = []

    private static let wholeMark = Int32.min

    /// The number of cells.
    package var count: Int { packed.count }

    /// Makes room for `n` cells in all.
    package mutating func reserveCapacity(_ n: Int) {
        packed.reserveCapacity(n)
    }

    /// The packed form of `cell`, nil when it must be kept whole.
    private static func pack(_ cell: Cell) -> Packed? {
        // A place on a page or a recovered figure is rare (PDF, crawled text): such cells are kept whole.
        guard let n = cell.number, cell.location.page == 0, !cell.isRecovered, isDigits(cell.raw, of: n) else { return nil }
        return pack(figure: n, line: cell.location.line, column: cell.location.column)
    }

    /// The packed form of a figure written as its digits, nil when it does not fit 32 bits.
    private static func pack(figure n: Int, line: Int, column: Int) -> Packed? {
        guard n > Int(Int32.min), n <= Int(Int32.max) else { return nil }
        return Packed(figure: Int32(n), line: Int32(clamping: line), column: Int32(clamping: column))
    }

    /// Whether `raw` is `n` written as its digits (`String(n)`), checked from the last digit without making that string:
    /// every cell of every report read from the parse cache is checked.
    private static func isDigits(_ raw: String, of n: Int) -> Bool {
        var utf8 = raw.utf8.reversed().makeIterator()
        var magnitude = n.magnitude
        repeat {
            guard utf8.next() == UInt8(ascii: "0") + UInt8(magnitude % 10) else { return false }
            magnitude /= 10
        } while magnitude > 0
        if n < 0, utf8.next() != UInt8(ascii: "-") { return false }
        return utf8.next() == nil
    }

    /// Inserts `cells` at `index`, moving the cells from there on.
    package mutating func insert(contentsOf cells: some Collection<Cell>, at index: Int) {
        insert(cells, at: index, packing: Self.pack, unpacked: { $0 })
    }

    /// Inserts cells as the parse cache holds them: a figure written as its digits is packed as it comes, without making
    /// the cell or checking its text again.
    package mutating func insert(contentsOf cells: some Collection<ArchivedCell>, at index: Int) {
        insert(cells, at: index, packing: { cell in
            switch cell {
            case .figure(let n, let line, let column):
                return Self.pack(figure: n, line: line, column: column)
            case .whole(let cell):
                return Self.pack(cell)
            }
        }, unpacked: \.cell)
    }

    private mutating func insert<C: Collection>(_ cells: C, at index: Int, packing: (C.Element) -> Packed?,
                                               unpacked: (C.Element) -> Cell) {
        let moved = whole.firstIndex { $0.index >= index } ?? whole.endIndex
        for i in moved..<whole.endIndex { whole[i].index += cells.count }
        // Cells appended (rows read in order, as the parse cache does) go straight into the run: no run to splice.
        let appending = index == packed.count
        var added: [Whole] = []
        var run: [Packed] = []
        if !appending { run.reserveCapacity(cells.count) }
        for (offset, cell) in cells.enumerated() {
            let p = packing(cell) ?? {
                added.append(Whole(index: index + offset, cell: unpacked(cell)))
                return Packed(figure: Self.wholeMark, line: 0, column: 0)
            }()
            if appending { packed.append(p) } else { run.append(p) }
        }
        if !appending { packed.insert(contentsOf: run, at: index) }
        if !added.isEmpty { whole.insert(contentsOf: added, at: moved) }
    }

    /// Appends a figure written as its digits, with its place, after the other cells (as the parse cache holds it).
    package mutating func appendFigure(_ n: Int, line: Int, column: Int) {
        guard let p = Self.pack(figure: n, line: line, column: column) else {
            return append(ArchivedCell.figure(n, line: line, column: column).cell)
        }
        packed.append(p)
    }

    /// Appends `cell` after the other cells.
    package mutating func append(_ cell: Cell) {
        if let p = Self.pack(cell) {
            packed.append(p)
        } else {
            whole.append(Whole(index: packed.count, cell: cell))
            packed.append(Packed(figure: Self.wholeMark, line: 0, column: 0))
        }
    }

    /// Removes the cells in `range`, moving the cells after it.
    package mutating func removeSubrange(_ range: Range<Int>) {
        packed.removeSubrange(range)
        whole.removeAll { range.contains($0.index) }
        for i in whole.indices where whole[i].index >= range.upperBound { whole[i].index -= range.count }
    }

    /// The cell at `index`.
    package subscript(index: Int) -> Cell {
        let p = packed[index]
        guard p.figure != Self.wholeMark else { return whole.first { $0.index == index }!.cell }
        return Cell(raw: Cell.text(of: Int(p.figure)), value: .number(Int(p.figure)),
                    location: SourceLocation(line: Int(p.line), column: Int(p.column)))
    }

    /// `self[index].number`, without making the cell.
    package func number(at index: Int) -> Int? {
        let figure = packed[index].figure
        return figure != Self.wholeMark ? Int(figure) : self[index].number
    }
}

/// A cell as the parse cache holds it: a figure written as its digits (`String(figure)`) with its place, which needs no
/// text of its own, or any other cell whole.
public enum ArchivedCell: Sendable {
    case figure(Int, line: Int, column: Int)
    case whole(Cell)

    /// The cell itself.
    public var cell: Cell {
        switch self {
        case .figure(let n, let line, let column):
            Cell(raw: Cell.text(of: n), value: .number(n), location: SourceLocation(line: line, column: column))
        case .whole(let cell):
            cell
        }
    }
}
