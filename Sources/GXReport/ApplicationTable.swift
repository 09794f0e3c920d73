/// Table 三 as read: each recognised row's seven cells, in column order.
///
/// The cells of every row are kept in one packed run, seven per row in case order, rather than an array per row in a
/// dictionary: a site holds every report's table while its index pages are made, and an array per row would be an
/// object of its own for every row of every table read from the parse cache.
public struct ApplicationTable: Sendable, Hashable {
    /// The recognised rows in source order.
    public private(set) var rows: [ApplicationRow]
    /// Where the table starts.
    public var location: SourceLocation
    /// The recognised rows as bits by case position.
    private var present: UInt32 = 0
    /// Seven cells per recognised row, rows in case order.
    private var store = PackedCells()
    /// Where each recognised row's label starts, rows in case order; `noLabel` when unknown.
    private var labels: [(line: Int32, column: Int32, page: Int32)] = []

    private static let noLabel = (line: Int32.min, column: Int32.min, page: Int32(0))

    /// Cells per row: one per applicant column.
    public static let width = ApplicantColumn.allCases.count

    /// Creates an empty table starting at `location`.
    public init(location: SourceLocation) {
        self.rows = []
        self.location = location
    }

    /// The seven cells of each recognised row, by row.
    public var cells: Cells { Cells(table: self) }

    /// The cells of a table's rows, looked up by row.
    public struct Cells: Sendable {
        package let table: ApplicationTable

        /// The row's seven cells; nil when the row was not read.
        public subscript(row: ApplicationRow) -> CellRow? {
            table.slot(of: row).map { CellRow(store: table.store, start: $0 * ApplicationTable.width) }
        }
    }

    /// The layout the rows follow: 23 number rows = 2019, 25 = 2021, anything else = other.
    public var template: TemplateKind {
        if rows.count == 25, present == Self.mask(ApplicationRow.rows2021) { return .t2021 }
        if rows.count == 23, present == Self.mask(ApplicationRow.rows2019) { return .t2019 }
        return .other
    }

    /// The rows as bits by case position.
    package static func mask(_ rows: [ApplicationRow]) -> UInt32 {
        rows.reduce(0) { $0 | 1 << UInt32($1.ordinal) }
    }

    /// Whether the row was read.
    public func contains(_ row: ApplicationRow) -> Bool {
        present & 1 << UInt32(row.ordinal) != 0
    }

    /// The row's position among the recognised rows in case order; nil when it was not read.
    private func slot(of row: ApplicationRow) -> Int? {
        let bit: UInt32 = 1 << UInt32(row.ordinal)
        guard present & bit != 0 else { return nil }
        return (present & (bit - 1)).nonzeroBitCount
    }

    /// The cell at a row and column, if the row was read.
    public subscript(row: ApplicationRow, column: ApplicantColumn) -> Cell? {
        slot(of: row).map { store[$0 * Self.width + column.rawValue] }
    }

    /// The figure at a row and column, if the row was read and the cell holds one: `self[row, column]?.number`, without
    /// making the cell.
    public func number(_ row: ApplicationRow, _ column: ApplicantColumn) -> Int? {
        slot(of: row).flatMap { store.number(at: $0 * Self.width + column.rawValue) }
    }

    /// Where the row's label starts, if the row was read and the place is known.
    public func labelLocation(of row: ApplicationRow) -> SourceLocation? {
        guard let slot = slot(of: row), labels[slot].line != Self.noLabel.line else { return nil }
        return SourceLocation(line: Int(labels[slot].line), column: Int(labels[slot].column), page: Int(labels[slot].page))
    }

    /// Adds a row read after the others (or at `index` of `rows`) with its seven cells.
    public mutating func add(_ row: ApplicationRow, cells: some Collection<Cell>, label: SourceLocation?, at index: Int? = nil) {
        add(row, count: cells.count, label: label, at: index) { $0.insert(contentsOf: cells, at: $1) }
    }

    /// Adds a row as the parse cache holds it, after the others.
    public mutating func add(_ row: ApplicationRow, archived cells: some Collection<ArchivedCell>, label: SourceLocation?) {
        add(row, count: cells.count, label: label, at: nil) { $0.insert(contentsOf: cells, at: $1) }
    }

    /// Whether `row` comes after every row read so far in case order, so its cells go at the end of the run.
    package func comesLast(_ row: ApplicationRow) -> Bool {
        present >> UInt32(row.ordinal) == 0
    }

    /// Adds a row that `comesLast`, after the others, its seven cells appended by `cells` straight into the run (the
    /// parse cache: no cell is made for a figure); false, and the table left unusable, when `cells` fails or does not
    /// append exactly seven. Its label place is set afterwards (`setLabel`), as the parse cache holds it after the cells.
    package mutating func append(_ row: ApplicationRow, cells: (inout PackedCells) -> Bool) -> Bool {
        precondition(comesLast(row), "rows appended in case order")
        reserveForFirstRow()
        let before = store.count
        guard cells(&store), store.count == before + Self.width else { return false }
        present |= 1 << UInt32(row.ordinal)
        labels.append(Self.noLabel)
        rows.append(row)
        return true
    }

    /// Sets where the label of a row that was read starts.
    package mutating func setLabel(_ label: SourceLocation?, of row: ApplicationRow) {
        guard let slot = slot(of: row) else { return }
        labels[slot] = Self.place(label)
    }

    /// Room for a whole table once its first row comes: a table of the 2021 template has 25 rows.
    private mutating func reserveForFirstRow() {
        guard store.count == 0 else { return }
        store.reserveCapacity(ApplicationRow.rows2021.count * Self.width)
        labels.reserveCapacity(ApplicationRow.rows2021.count)
        rows.reserveCapacity(ApplicationRow.rows2021.count)
    }

    /// A label's place as kept: `noLabel` when unknown.
    private static func place(_ label: SourceLocation?) -> (line: Int32, column: Int32, page: Int32) {
        label.map { (Int32(clamping: $0.line), Int32(clamping: $0.column), Int32(clamping: $0.page)) } ?? noLabel
    }

    private mutating func add(_ row: ApplicationRow, count: Int, label: SourceLocation?, at index: Int?,
                              insert: (inout PackedCells, Int) -> Void) {
        precondition(count == Self.width && !contains(row), "a table 三 row has seven cells and is read once")
        reserveForFirstRow()
        present |= 1 << UInt32(row.ordinal)
        let slot = slot(of: row)!
        insert(&store, slot * Self.width)
        let place = Self.place(label)
        // Rows come in case order from the parse cache and the template: appended, not spliced.
        if slot == labels.count { labels.append(place) } else { labels.insert(place, at: slot) }
        if let index, index != rows.endIndex { rows.insert(row, at: index) } else { rows.append(row) }
    }

    /// Removes a row and its cells.
    public mutating func remove(_ row: ApplicationRow) {
        guard let slot = slot(of: row) else { return }
        store.removeSubrange(slot * Self.width..<(slot + 1) * Self.width)
        labels.remove(at: slot)
        present &= ~(1 << UInt32(row.ordinal))
        rows.removeAll { $0 == row }
    }

    /// Same rows in the same order, same cells and label places, same start.
    public static func == (a: ApplicationTable, b: ApplicationTable) -> Bool {
        a.rows == b.rows && a.location == b.location && a.store == b.store
            && a.labels.elementsEqual(b.labels) { $0.line == $1.line && $0.column == $1.column }
    }

    /// Hashes the rows, the start and the cells.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        hasher.combine(location)
        hasher.combine(store)
    }
}

/// One row of table 三: its seven cells, indexed from 0 by applicant column.
public struct CellRow: RandomAccessCollection, Sendable, Equatable {
    package let store: PackedCells
    package let start: Int

    /// The first column's index, 0.
    public var startIndex: Int { 0 }
    /// One past the last column's index, 7.
    public var endIndex: Int { ApplicationTable.width }

    /// The cell of the column at `position` (`ApplicantColumn.rawValue`).
    public subscript(position: Int) -> Cell {
        precondition(position >= 0 && position < ApplicationTable.width, "column out of range")
        return store[start + position]
    }

    /// The same seven cells.
    public static func == (a: CellRow, b: CellRow) -> Bool { a.elementsEqual(b) }
}

/// Table 四: fifteen cells — 行政复议, 未经复议直接起诉, 复议后起诉 × 维持/纠正/其他/尚未审结/总计.
public struct ReviewTable: Sendable, Hashable {
    /// The fifteen cells in template order.
    public var cells: [Cell]
    /// Where the table starts.
    public var location: SourceLocation

    /// Creates the table from its fifteen cells.
    public init(cells: [Cell], location: SourceLocation) {
        self.cells = cells
        self.location = location
    }

    /// The cell of one block and outcome.
    public subscript(block: ReviewBlock, outcome: ReviewOutcome) -> Cell {
        cells[block.rawValue * 5 + outcome.rawValue]
    }
}

/// A block of table 四.
public enum ReviewBlock: Int, Sendable, CaseIterable, Hashable {
    case review, litigationDirect, litigationAfterReview

    /// The template's wording.
    public var label: String {
        switch self {
        case .review: "行政复议"
        case .litigationDirect: "行政诉讼·未经复议直接起诉"
        case .litigationAfterReview: "行政诉讼·复议后起诉"
        }
    }

    /// Stable key in open data.
    public var key: String {
        switch self {
        case .review: "review"
        case .litigationDirect: "litigation_direct"
        case .litigationAfterReview: "litigation_after_review"
        }
    }
}

/// A result column within a block of table 四.
public enum ReviewOutcome: Int, Sendable, CaseIterable, Hashable {
    case upheld, corrected, other, pending, total

    /// The template's wording.
    public var label: String {
        switch self {
        case .upheld: "结果维持"
        case .corrected: "结果纠正"
        case .other: "其他结果"
        case .pending: "尚未审结"
        case .total: "总计"
        }
    }

    /// Stable key in open data.
    public var key: String {
        switch self {
        case .upheld: "upheld"
        case .corrected: "corrected"
        case .other: "other"
        case .pending: "pending"
        case .total: "total"
        }
    }
}

/// The layout of tables 三/四 (23 number rows: "2019", 25: "2021", else "other"; see docs/inputs.md).
public enum TemplateKind: String, Sendable, Hashable, Codable {
    case t2019 = "2019"
    case t2021 = "2021"
    case other = "other"

    /// The template that applies to reports of `year`.
    public static func expected(forYear year: Int) -> TemplateKind {
        year >= 2021 ? .t2021 : .t2019
    }
}
