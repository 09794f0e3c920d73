import Testing
@testable import GXReport

/// The report's source location (Testing has a type of the same name).
typealias CellPlace = GXReport.SourceLocation

@Suite struct CellTests {
    @Test(arguments: [
        ("12", "12", CellValue.number(12), 12 as Int?), ("０１２", "０１２", .number(12), 12), ("  7 ", "7", .number(7), 7),
        ("", "", .blank, nil), ("/", "/", .blank, nil), ("——", "——", .blank, nil),
        ("22（其中修订16件）", "22（其中修订16件）", .text("22（其中修订16件）"), nil), ("1234567890123", "1234567890123", .text("1234567890123"), nil),
        ("999999999999", "999999999999", .number(999_999_999_999), 999_999_999_999), ("0", "0", .number(0), 0),
    ])
    func valueAndNumberComeFromTheText(written: String, raw: String, value: CellValue, number: Int?) {
        let cell = Cell(raw: written, location: CellPlace(line: 3, column: 9))
        #expect(cell.raw == raw)
        #expect(cell.value == value)
        #expect(cell.number == number)
        #expect(cell.location == CellPlace(line: 3, column: 9))
    }

    @Test(arguments: [CellPlace(line: 1, column: 1), CellPlace(line: 2_000_000, column: 40_000), CellPlace(line: 0, column: 0)])
    func locationsAreKept(location: CellPlace) {
        #expect(Cell(raw: "5", location: location).location == location)
        #expect(Cell(raw: "5", value: .number(5), location: location).location == location)
    }

    @Test func cellsAreEqualWhenTextValueAndPlaceAre() {
        let at = CellPlace(line: 4, column: 2)
        #expect(Cell(raw: "5", location: at) == Cell(raw: "5", value: .number(5), location: at))
        #expect(Cell(raw: "5", location: at) != Cell(raw: "05", location: at))
        #expect(Cell(raw: "5", location: at) != Cell(raw: "5", location: CellPlace(line: 4, column: 3)))
        #expect(Set([Cell(raw: "-", location: at), Cell(raw: "-", value: .blank, location: at)]).count == 1)
    }

    /// A report holds some two hundred cells, and a site at scale holds every report: the layout is part of the memory budget.
    @Test func aCellTakesThirtyTwoBytes() {
        #expect(MemoryLayout<Cell>.stride == 32)
    }
}
