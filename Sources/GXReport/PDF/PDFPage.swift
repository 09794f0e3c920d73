/// What PDFReader takes from one page: its size, its characters, its images and its ruling lines.
struct PDFPage: Sendable {
    /// 1-based page number.
    var number: Int
    /// Page width in points.
    var width: Double
    /// Page height in points.
    var height: Double
    /// The visible characters (white space dropped), in the order poppler gives them.
    var glyphs: [PDFGlyph]
    /// Where images are drawn.
    var images: [PDFBox]
    /// Horizontal ruling lines, as boxes one line thick.
    var horizontalRules: [PDFBox]
    /// Vertical ruling lines, as boxes one line thick.
    var verticalRules: [PDFBox]
}
