/// A 1-based position in an input file: line and column, and the page for paged formats (PDF).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The 1-based line (text) or paragraph/row index in document order (DOCX, HTML, PDF).
    public var line: Int
    /// The 1-based column in characters (text) or the cell's 1-based column on the table's grid (DOCX, HTML, PDF).
    public var column: Int
    /// The 1-based page of a paged format (PDF); 0 when the input has no pages.
    public var page: Int

    /// Creates a location from a 1-based line and column, and a page when the input has pages.
    public init(line: Int, column: Int, page: Int = 0) {
        self.line = line
        self.column = column
        self.page = page
    }

    /// Orders locations by page, line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.page, lhs.line, lhs.column) < (rhs.page, rhs.line, rhs.column)
    }
}
