/// A 1-based position in an input file: line and column (columns count characters).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The 1-based line (text) or paragraph/row index (DOCX, HTML).
    public var line: Int
    /// The 1-based column in characters (text) or cell index (DOCX, HTML).
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
