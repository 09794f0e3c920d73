/// A paragraph rebuilt from PDF lines.
struct PDFParagraph: Sendable {
    /// The text, lines joined without a break (Chinese text wraps mid-word).
    var text: String
    /// The 1-based page it starts on.
    var page: Int
    /// The box of its first line.
    var box: PDFBox
}

/// A paragraph or a table of a PDF, in reading order.
enum PDFBlock: Sendable {
    /// Running text.
    case paragraph(PDFParagraph)
    /// A table (ruled, or read from positions), joined over pages.
    case table(PDFTable)
}
