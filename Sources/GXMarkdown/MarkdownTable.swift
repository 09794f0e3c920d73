/// A GFM table as cmark-gfm parsed it, handed to the caller of `MarkdownRenderer.html(_:tables:)` to render: its cells'
/// contents already rendered by cmark-gfm as inline HTML (escaped), with the headings it sits under.
public struct MarkdownTable: Sendable, Equatable {
    /// How a column's cells are aligned (`---:` is right).
    public enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    /// The plain text of the headings the table sits under, outermost first (`#` then `##`, …).
    public var headings: [String]
    /// The header row's cells, as inline HTML.
    public var header: [String]
    /// The body rows, each cell as inline HTML; a short row is not padded.
    public var rows: [[String]]
    /// Each column's alignment.
    public var alignments: [Alignment]

    /// A table of the given parts.
    public init(headings: [String], header: [String], rows: [[String]], alignments: [Alignment]) {
        (self.headings, self.header, self.rows, self.alignments) = (headings, header, rows, alignments)
    }
}
