import Testing
@testable import GXReport

/// Table 三's cells are packed where they can be and kept whole where not: every cell comes back as it went in.
struct PackedCellsTests {
    static let place = GXReport.SourceLocation(line: 12, column: 3)

    @Test(arguments: ["0", "7", "999", "1000", "2147483647", "2147483648", "99999999999", "007", "1,234", "１２", "", "/", "—",
                      "不详", "-3", "3件", "-0", "+5", "10", "-2147483647", "12 ", "1000000"])
    func everyKindOfCellComesBackAsItWas(_ raw: String) {
        let cell = Cell(raw: raw, location: Self.place)
        var run = PackedCells()
        run.insert(contentsOf: [cell, cell], at: 0)
        #expect(run.count == 2)
        for i in 0..<2 {
            #expect(run[i] == cell, "\(raw)")
            #expect(run[i].raw == cell.raw && run[i].value == cell.value && run[i].location == cell.location)
            #expect(run.number(at: i) == cell.number)
        }
    }

    /// A run of `texts`, one cell each on the line of its position.
    static func run(_ texts: [String]) -> PackedCells {
        var run = PackedCells()
        run.insert(contentsOf: texts.enumerated().map { Cell(raw: $1, location: GXReport.SourceLocation(line: $0, column: 1)) }, at: 0)
        return run
    }

    @Test func cellsKeptWholeMoveWithInsertionsAndRemovals() {
        var run = Self.run(["1", "/", "3"])
        run.insert(contentsOf: [Cell(raw: "文字", location: Self.place), Cell(raw: "5", location: Self.place)], at: 1)
        #expect((0..<run.count).map { run[$0].raw } == ["1", "文字", "5", "/", "3"])
        #expect(run[3].value == .blank && run[3].location.line == 1)
        run.removeSubrange(0..<2)
        #expect((0..<run.count).map { run[$0].raw } == ["5", "/", "3"])
        #expect(run.number(at: 1) == nil && run.number(at: 2) == 3)
        run.removeSubrange(1..<2)
        #expect((0..<run.count).map { run[$0].raw } == ["5", "3"])
    }

    @Test func appendingInPiecesIsSplicingInPieces() {
        let cells = ["1", "/", "007", "5", "文字", "-0", "12"].enumerated().map {
            Cell(raw: $1, location: GXReport.SourceLocation(line: $0, column: 1))
        }
        var appended = PackedCells()
        appended.insert(contentsOf: cells[0..<3], at: 0)
        appended.insert(contentsOf: cells[3...], at: 3)
        var spliced = PackedCells()
        spliced.insert(contentsOf: cells[3...], at: 0)
        spliced.insert(contentsOf: cells[0..<3], at: 0)
        #expect(appended == spliced)
        #expect((0..<appended.count).map { appended[$0] } == cells)
        #expect((0..<appended.count).map { appended.number(at: $0) } == [1, nil, 7, 5, nil, cells[5].number, 12])
    }

    /// Cells from the parse cache, figures and places without their text, pack to the same run as the cells themselves.
    @Test(arguments: ["0", "7", "999", "1000", "2147483647", "2147483648", "-2147483648", "-2147483647", "99999999999", "-3",
                      "007", "", "/", "不详", "-0", "+5"])
    func archivedCellsPackAsTheCellsDo(_ raw: String) {
        let cell = Cell(raw: raw, location: GXReport.SourceLocation(line: 40, column: 9))
        // The parse cache keeps a figure written as its digits as the figure alone, and any other cell whole.
        let archived: ArchivedCell = if let n = cell.number, cell.raw == String(n) {
            .figure(n, line: 40, column: 9)
        } else {
            .whole(cell)
        }
        #expect(archived.cell == cell)
        var fromCells = Self.run(["1", "/"])
        fromCells.insert(contentsOf: [cell, cell], at: 2)
        var fromArchive = Self.run(["1", "/"])
        fromArchive.insert(contentsOf: [archived, archived], at: 2)
        #expect(fromArchive == fromCells, "\(raw)")
        #expect(fromArchive[2] == cell && fromArchive[3] == cell && fromArchive.number(at: 3) == cell.number)
        // In the middle of a run too.
        var spliced = Self.run(["1", "/"])
        spliced.insert(contentsOf: [archived], at: 1)
        #expect((0..<spliced.count).map { spliced[$0].raw } == ["1", cell.raw, "/"])
        #expect(spliced[1] == cell && spliced[2].value == .blank && spliced.number(at: 0) == 1)
    }

    @Test func runsAreEqualCellForCell() {
        #expect(Self.run(["1", "/", "007"]) == Self.run(["1", "/", "007"]))
        #expect(Self.run(["1", "/", "007"]).hashValue == Self.run(["1", "/", "007"]).hashValue)
        #expect(Self.run(["1", "/", "007"]) != Self.run(["1", "/", "7"]))
        #expect(Self.run(["1", "/"]) != Self.run(["1", "-"]))
        var moved = Self.run(["1", "/"])
        moved.insert(contentsOf: [Cell(raw: "/", location: GXReport.SourceLocation(line: 1, column: 1))], at: 0)
        moved.removeSubrange(2..<3)
        #expect(moved == Self.run(["/", "1"]).relocated([1, 0]))
    }
}

extension PackedCells {
    /// The run with its cells' lines replaced by `lines`, for comparisons.
    func relocated(_ lines: [Int]) -> PackedCells {
        var copy = PackedCells()
        copy.insert(contentsOf: (0..<count).map { Cell(raw: self[$0].raw, location: GXReport.SourceLocation(line: lines[$0], column: 1)) },
                    at: 0)
        return copy
    }
}
