/// Table 三 as read: each recognised row's seven cells, in column order.
public struct ApplicationTable: Sendable, Hashable {
    /// The recognised rows in source order.
    public var rows: [ApplicationRow]
    /// Seven cells per recognised row.
    public var cells: [ApplicationRow: [Cell]]
    /// Where each recognised row's label starts.
    public var labelLocations: [ApplicationRow: SourceLocation]
    /// Where the table starts.
    public var location: SourceLocation

    /// Creates an empty table starting at `location`.
    public init(location: SourceLocation) {
        self.rows = []
        self.cells = [:]
        self.labelLocations = [:]
        self.location = location
    }

    /// The layout the rows follow: 23 number rows = 2019, 25 = 2021, anything else = other.
    public var template: TemplateKind {
        if rows.count == 25, Self.sameRows(rows, ApplicationRow.rows2021) { return .t2021 }
        if rows.count == 23, Self.sameRows(rows, ApplicationRow.rows2019) { return .t2019 }
        return .other
    }

    /// `Set(a) == Set(b)` by case position, without hashing each row's raw value.
    static func sameRows(_ a: [ApplicationRow], _ b: [ApplicationRow]) -> Bool {
        func mask(_ rows: [ApplicationRow]) -> UInt64 {
            rows.reduce(0) { $0 | 1 << UInt64($1.ordinal) }
        }
        return mask(a) == mask(b)
    }

    /// The cell at a row and column, if the row was read.
    public subscript(row: ApplicationRow, column: ApplicantColumn) -> Cell? {
        cells[row]?[column.rawValue]
    }
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

/// The layout of tables 三/四 (DESIGN.md §9).
public enum TemplateKind: String, Sendable, Hashable, Codable {
    case t2019 = "2019"
    case t2021 = "2021"
    case other = "other"

    /// The template that applies to reports of `year`.
    public static func expected(forYear year: Int) -> TemplateKind {
        year >= 2021 ? .t2021 : .t2019
    }
}
