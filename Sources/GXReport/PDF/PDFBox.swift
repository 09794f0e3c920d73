/// A rectangle on a PDF page, in points from the page's top-left corner (y grows downwards).
struct PDFBox: Sendable, Hashable {
    /// Left edge.
    var x1: Double
    /// Top edge.
    var y1: Double
    /// Right edge.
    var x2: Double
    /// Bottom edge.
    var y2: Double

    /// Horizontal centre.
    var midX: Double { (x1 + x2) / 2 }
    /// Vertical centre.
    var midY: Double { (y1 + y2) / 2 }
    /// Width.
    var width: Double { x2 - x1 }
    /// Height.
    var height: Double { y2 - y1 }

    /// Whether the point lies inside the box.
    func contains(x: Double, y: Double) -> Bool {
        x >= x1 && x <= x2 && y >= y1 && y <= y2
    }
}

/// One character of a page's text with the box it is drawn in.
struct PDFGlyph: Sendable, Hashable {
    /// The character as Unicode.
    var scalar: Unicode.Scalar
    /// Where it is drawn.
    var box: PDFBox
}
