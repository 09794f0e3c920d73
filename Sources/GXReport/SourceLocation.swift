/// A 1-based position in an input file: line and column, and the page for paged formats (PDF).
///
/// Kept in three 32-bit numbers: every cell of every table read carries one, and a site holds its reports' tables
/// while it is built.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedPage: Int32

    /// The 1-based line (text) or paragraph/row index in document order (DOCX, HTML, PDF).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The 1-based column in characters (text) or the cell's 1-based column on the table's grid (DOCX, HTML, PDF).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// The 1-based page of a paged format (PDF); 0 when the input has no pages.
    public var page: Int {
        get { Int(storedPage) }
        set { storedPage = Int32(clamping: newValue) }
    }

    /// Creates a location from a 1-based line and column, and a page when the input has pages.
    public init(line: Int, column: Int, page: Int = 0) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedPage = Int32(clamping: page)
    }

    private enum CodingKeys: String, CodingKey {
        case storedLine = "line", storedColumn = "column", storedPage = "page"
    }

    /// Orders locations by page, line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedPage, lhs.storedLine, lhs.storedColumn) < (rhs.storedPage, rhs.storedLine, rhs.storedColumn)
    }
}
