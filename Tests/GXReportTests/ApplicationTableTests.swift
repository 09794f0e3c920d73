import Testing
@testable import GXReport

/// Table 三 keeps every row's cells in one array: rows added in any order, removed, looked up, compared.
struct ApplicationTableTests {
    /// Seven cells whose figures are `base` to `base + 6`, on line `base`.
    static func cells(_ base: Int) -> [Cell] {
        (0..<7).map { Cell(raw: String(base + $0), location: SourceLocation(line: base, column: $0 + 1)) }
    }

    /// A table of `rows`, added in that order; row `i` of the list holds `cells(10 * i)`.
    static func table(_ rows: [ApplicationRow]) -> ApplicationTable {
        var table = ApplicationTable(location: SourceLocation(line: 1, column: 1))
        for (i, row) in rows.enumerated() {
            table.add(row, cells: cells(10 * i), label: SourceLocation(line: 10 * i, column: 2))
        }
        return table
    }

    @Test(arguments: [
        [ApplicationRow.new, .carriedOver, .total],
        [.total, .new, .carriedOver],
        [.carriedForward, .granted, .new, .otherOther],
    ])
    func rowsAddedInAnyOrderKeepTheirCells(_ rows: [ApplicationRow]) {
        let table = Self.table(rows)
        #expect(table.rows == rows)
        for (i, row) in rows.enumerated() {
            #expect(table.contains(row))
            #expect(table.cells[row].map(Array.init) == Self.cells(10 * i))
            #expect(table[row, .total]?.number == 10 * i + 6)
            #expect(table[row, .natural]?.location == SourceLocation(line: 10 * i, column: 1))
            #expect(table.labelLocation(of: row) == SourceLocation(line: 10 * i, column: 2))
        }
        for row in ApplicationRow.allCases where !rows.contains(row) {
            #expect(!table.contains(row))
            #expect(table.cells[row] == nil)
            #expect(table[row, .total] == nil)
            #expect(table.labelLocation(of: row) == nil)
        }
    }

    /// Rows read from the parse cache (figures without their text) make the table the cells make, in any order.
    @Test(arguments: [
        [ApplicationRow.new, .carriedOver, .total],
        [.total, .new, .carriedOver],
        [.carriedForward, .granted, .new, .otherOther],
    ])
    func archivedRowsMakeTheSameTable(_ rows: [ApplicationRow]) {
        var table = ApplicationTable(location: SourceLocation(line: 1, column: 1))
        for (i, row) in rows.enumerated() {
            var archived = Self.cells(10 * i).map { ArchivedCell.figure($0.number!, line: $0.location.line, column: $0.location.column) }
            archived[3] = .whole(Cell(raw: "/", location: SourceLocation(line: 10 * i, column: 4)))
            table.add(row, archived: archived, label: i == 1 ? nil : SourceLocation(line: 10 * i, column: 2))
        }
        var expected = ApplicationTable(location: SourceLocation(line: 1, column: 1))
        for (i, row) in rows.enumerated() {
            var cells = Self.cells(10 * i)
            cells[3] = Cell(raw: "/", location: SourceLocation(line: 10 * i, column: 4))
            expected.add(row, cells: cells, label: i == 1 ? nil : SourceLocation(line: 10 * i, column: 2))
        }
        #expect(table == expected)
        #expect(table.rows == rows)
        #expect(table.labelLocation(of: rows[1]) == nil && table.labelLocation(of: rows[0]) == SourceLocation(line: 0, column: 2))
        #expect(table[rows[2], .total]?.number == 26 && table[rows[2], .publicInterest]?.value == .blank)
    }

    @Test func aRemovedRowLeavesTheOthersAsTheyWere() {
        var table = Self.table([.new, .carriedOver, .total])
        table.remove(.carriedOver)
        table.remove(.granted)  // not read: nothing happens
        #expect(table == Self.table([.new]).adding(.total, cells: Self.cells(20), label: SourceLocation(line: 20, column: 2)))
        #expect(table.rows == [.new, .total])
        #expect(table[.total, .total]?.number == 26)
        #expect(table.cells[.carriedOver] == nil)
    }

    @Test func aRowAddedAtAPlaceGoesThereInSourceOrder() {
        var table = Self.table([.new, .total])
        table.add(.other, cells: Self.cells(50), label: nil, at: 1)
        #expect(table.rows == [.new, .other, .total])
        #expect(table[.other, .total]?.number == 56)
        #expect(table.labelLocation(of: .other) == nil)
        #expect(table[.total, .total]?.number == 16)
    }

    @Test(arguments: [
        (ApplicationRow.rows2019, TemplateKind.t2019),
        (ApplicationRow.rows2021, .t2021),
        (ApplicationRow.rows2021.reversed(), .t2021),
        (Array(ApplicationRow.rows2021.dropLast()), .other),
        (ApplicationRow.allCases, .other),
    ])
    func theTemplateFollowsTheRows(_ rows: [ApplicationRow], _ expected: TemplateKind) {
        #expect(Self.table(rows).template == expected)
    }

    @Test func tablesAreEqualOnlyWithTheSameRowsCellsAndLabels() {
        let table = Self.table([.new, .total])
        #expect(table == Self.table([.new, .total]))
        #expect(table.hashValue == Self.table([.new, .total]).hashValue)
        #expect(table != Self.table([.total, .new]))
        var relabelled = Self.table([.new])
        relabelled.add(.total, cells: Self.cells(10), label: nil)
        #expect(table != relabelled)
        var refilled = Self.table([.new])
        refilled.add(.total, cells: Self.cells(11), label: SourceLocation(line: 10, column: 2))
        #expect(table != refilled)
    }
}

extension ApplicationTable {
    /// The table with one more row, for comparisons.
    func adding(_ row: ApplicationRow, cells: [Cell], label: GXReport.SourceLocation?) -> ApplicationTable {
        var copy = self
        copy.add(row, cells: cells, label: label)
        return copy
    }
}
