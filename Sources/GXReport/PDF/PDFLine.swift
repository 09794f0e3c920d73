/// A line of text on a PDF page: characters that share a baseline, left to right.
struct PDFLine: Sendable {
    /// The characters, left to right.
    var glyphs: [PDFGlyph]
    /// The box around them.
    var box: PDFBox
    /// The 1-based page.
    var page: Int

    /// The line's text; a space stands only where a visible gap parts two Latin letters or digits, since Chinese
    /// text is set without spaces and justified lines spread their characters.
    var text: String {
        var out = String.UnicodeScalarView()
        var previous: PDFGlyph?
        for glyph in glyphs {
            if let p = previous, Self.isWordScalar(p.scalar), Self.isWordScalar(glyph.scalar),
               glyph.box.x1 - p.box.x2 > 0.25 * max(p.box.height, glyph.box.height) {
                out.append(" ")
            }
            out.append(glyph.scalar)
            previous = glyph
        }
        return String(out)
    }

    /// A Latin letter or digit (or a figure's point), between which a gap means a space.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ".")
    }

    /// The glyphs grouped into lines by their vertical position, top to bottom.
    static func lines(of glyphs: [PDFGlyph], page: Int) -> [PDFLine] {
        var lines: [PDFLine] = []
        for glyph in glyphs.sorted(by: { $0.box.midY < $1.box.midY }) {
            // A character belongs to the line whose band holds its centre, so mixed font sizes share a line.
            if let last = lines.last, glyph.box.midY <= last.box.y2 || glyph.box.y1 <= last.box.midY {
                lines[lines.count - 1].glyphs.append(glyph)
                let b = last.box
                lines[lines.count - 1].box = PDFBox(x1: min(b.x1, glyph.box.x1), y1: min(b.y1, glyph.box.y1),
                                                    x2: max(b.x2, glyph.box.x2), y2: max(b.y2, glyph.box.y2))
            } else {
                lines.append(PDFLine(glyphs: [glyph], box: glyph.box, page: page))
            }
        }
        for i in lines.indices { lines[i].glyphs.sort { $0.box.x1 < $1.box.x1 } }
        return lines
    }
}
