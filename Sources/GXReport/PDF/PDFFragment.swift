/// A run of characters on one line with no wide gap between them: a header word, a label's line, or a figure.
struct PDFFragment: Sendable {
    /// The characters, left to right.
    var glyphs: [PDFGlyph]
    /// The box around them.
    var box: PDFBox

    /// The text, as a line of its characters reads.
    var text: String { PDFLine(glyphs: glyphs, box: box, page: 0).text }

    /// Whether the fragment is one figure (digits, maybe a point or a sign).
    var isFigure: Bool { CellValue.asciiFigure(text) != nil }

    /// `line` cut where its characters stand apart: a gap wider than half a character between Chinese text, or any
    /// visible gap between two digits (a number is set without gaps, two figures never touch).
    ///
    /// Gaps are measured against the characters' widths, not their boxes' heights, which some fonts give far taller
    /// than the characters are.
    static func fragments(of line: PDFLine) -> [PDFFragment] {
        var result: [PDFFragment] = []
        for glyph in line.glyphs {
            if let last = result.last?.glyphs.last {
                let width = max(last.box.width, glyph.box.width)
                let digits = isDigit(last.scalar) && isDigit(glyph.scalar)
                let gap = glyph.box.x1 - last.box.x2
                // Digits are set at one width; two of different widths are two figures drawn close, one's box
                // stretched to the other.
                let uneven = digits && abs(last.box.width - glyph.box.width) > 0.2 * width
                if gap <= (digits ? 0.3 : 0.5) * width, !uneven {
                    result[result.count - 1].glyphs.append(glyph)
                    let b = result[result.count - 1].box
                    result[result.count - 1].box = PDFBox(x1: min(b.x1, glyph.box.x1), y1: min(b.y1, glyph.box.y1),
                                                          x2: max(b.x2, glyph.box.x2), y2: max(b.y2, glyph.box.y2))
                    continue
                }
            }
            result.append(PDFFragment(glyphs: [glyph], box: glyph.box))
        }
        return result
    }

    /// An ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
