/// The six sections of the national template.
public enum SectionKind: Int, Sendable, CaseIterable, Hashable, Codable {
    case overview = 1, proactive, applications, reviewLitigation, problems, otherMatters

    /// The template's title of the section.
    public var title: String {
        switch self {
        case .overview: "一、总体情况"
        case .proactive: "二、主动公开政府信息情况"
        case .applications: "三、收到和处理政府信息公开申请情况"
        case .reviewLitigation: "四、政府信息公开行政复议、行政诉讼情况"
        case .problems: "五、存在的主要问题及改进情况"
        case .otherMatters: "六、其他需要报告的事项"
        }
    }
}

/// A section of a report as written: its heading, paragraphs and raw tables.
public struct Section: Sendable, Hashable {
    /// Which template section this is, or nil for an extra section the author added.
    public var kind: SectionKind?
    /// The heading as written (without bookmark noise).
    public var heading: String
    /// Where the heading is.
    public var location: SourceLocation
    /// The section's blocks in source order.
    public var blocks: [Block]

    /// Creates a section.
    public init(kind: SectionKind?, heading: String, location: SourceLocation, blocks: [Block] = []) {
        self.kind = kind
        self.heading = heading
        self.location = location
        self.blocks = blocks
    }
}

/// A paragraph or a table inside a section.
public enum Block: Sendable, Hashable {
    /// A paragraph of running text.
    case paragraph(String, SourceLocation)
    /// A table as rows of cells.
    case table(RawTable)
}

/// A table as it appears in the source, before any interpretation.
public struct RawTable: Sendable, Hashable {
    /// Rows of cells.
    public var rows: [[RawCell]]
    /// Where the table starts.
    public var location: SourceLocation
    /// Whether the cells' grid columns are the table's real grid (DOCX, HTML, PDF); in Tika's text layout they are only
    /// each cell's index in its row, since spanned cells appear once.
    public var gridded: Bool

    /// Creates a table.
    public init(rows: [[RawCell]], location: SourceLocation, gridded: Bool = false) {
        self.rows = rows
        self.location = location
        self.gridded = gridded
    }
}

/// One cell of a raw table: its text (paragraphs joined by newlines), where it starts, and where it sits on the table's
/// grid.
///
/// Every reader places cells on the grid of the table as drawn: DOCX by `gridBefore` and `gridSpan`, HTML by `colspan`
/// and `rowspan`, PDF by the header's column positions. Text in Tika's layout has no grid, so its cells take their
/// index in the row. Table readers align a row's figures with the header's columns by grid position, so an empty grid
/// cell never shifts a figure.
public struct RawCell: Sendable, Hashable {
    /// The text of the cell; paragraphs inside the cell are separated by "\n".
    public var text: String
    /// Where the cell's text starts.
    public var location: SourceLocation
    // 16-bit grid places keep a cell in 32 bytes: reports hold some three hundred cells each. Real tables are a few
    // dozen columns wide; DOCX and HTML spans are clamped far below 65,535 by their readers.
    private var storedGridColumn: UInt16
    private var storedGridSpan: UInt16

    /// The 0-based grid column where the cell starts.
    public var gridColumn: Int {
        get { Int(storedGridColumn) }
        set { storedGridColumn = UInt16(clamping: newValue) }
    }

    /// How many grid columns the cell covers (1 or more).
    public var gridSpan: Int {
        get { Int(storedGridSpan) }
        set { storedGridSpan = UInt16(clamping: max(1, newValue)) }
    }

    /// Creates a cell at a grid column.
    public init(text: String, location: SourceLocation, gridColumn: Int, gridSpan: Int = 1) {
        self.text = text
        self.location = location
        storedGridColumn = UInt16(clamping: gridColumn)
        storedGridSpan = UInt16(clamping: max(1, gridSpan))
    }

    /// The cell's text with paragraph breaks and surrounding white space removed, for display.
    public var displayText: String {
        // Most cells are one line with nothing to trim: one look at the bytes settles that.
        if text.utf8.withContiguousStorageIfAvailable({ String.isOneTrimmedLine($0) }) == true { return text }
        // Without a line break the split below leaves the text whole.
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0x0A) }) ?? text.utf8.contains(0x0A) else {
            return text.trimmingWhitespace()
        }
        return text.split(separator: "\n").map { String($0).trimmingWhitespace() }.joined()
    }
}
