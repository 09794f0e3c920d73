import CPoppler
import Foundation

extension PDFReader {
    /// The ruling lines a page draws, found in a rendering of it with the text masked out.
    ///
    /// poppler-glib gives no access to a page's paths, and table borders are what tell a merged cell from
    /// empty ones: a rendering shows them, and masking each character's box leaves only graphics.
    struct Rules {
        /// Horizontal lines, one line thick.
        var horizontal: [PDFBox]
        /// Vertical lines, one line thick.
        var vertical: [PDFBox]

        /// A run of ink shorter than this (points) is no rule.
        static let minimumLength = 4.0
        /// Ink thicker than this (points) is a filled area, no rule.
        static let maximumThickness = 3.0

        /// Renders `page` and collects its rules.
        static func find(in page: OpaquePointer, width: Double, height: Double, glyphs: [PDFGlyph], scale: Double) -> Rules {
            let w = Int((width * scale).rounded(.up))
            let h = Int((height * scale).rounded(.up))
            guard w > 0, h > 0, w <= 10_000, h <= 10_000, var ink = renderInk(of: page, width: w, height: h, scale: scale) else {
                return Rules(horizontal: [], vertical: [])
            }
            mask(glyphs, in: &ink, width: w, height: h, scale: scale)
            let minimum = Int(minimumLength * scale)
            let thickest = maximumThickness * scale
            // Vertical rules are found as horizontal ones in the transposed image, so both scans read memory in order.
            let transposed = transpose(ink, width: w, height: h)
            let horizontal = strokes(ink, length: w, lines: h, minimum: minimum, thickest: thickest)
                .map { PDFBox(x1: Double($0.from) / scale, y1: Double($0.first) / scale,
                              x2: Double($0.to + 1) / scale, y2: Double($0.last + 1) / scale) }
            let vertical = strokes(transposed, length: h, lines: w, minimum: minimum, thickest: thickest)
                .map { PDFBox(x1: Double($0.first) / scale, y1: Double($0.from) / scale,
                              x2: Double($0.last + 1) / scale, y2: Double($0.to + 1) / scale) }
            return Rules(horizontal: joined(horizontal, horizontal: true), vertical: joined(vertical, horizontal: false))
        }

        /// `page` rendered at `scale` on white into `w` × `h` pixels, row by row: 1 where a pixel is dark, else 0; nil
        /// when cairo cannot render it.
        private static func renderInk(of page: OpaquePointer, width w: Int, height h: Int, scale: Double) -> [UInt8]? {
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)) else { return nil }
            defer { cairo_surface_destroy(surface) }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cairo = cairo_create(surface) else { return nil }
            cairo_set_source_rgb(cairo, 1, 1, 1)
            cairo_paint(cairo)
            cairo_scale(cairo, scale, scale)
            poppler_page_render(page, cairo)
            cairo_destroy(cairo)
            cairo_surface_flush(surface)
            guard let pixels = cairo_image_surface_get_data(surface) else { return nil }
            let stride = Int(cairo_image_surface_get_stride(surface))
            var ink = [UInt8](repeating: 0, count: w * h)
            ink.withUnsafeMutableBufferPointer { ink in
                // RGB24 keeps each pixel in one 32-bit word (0x00RRGGBB); the surface lives until the deferred destroy,
                // its rows `stride` bytes apart, and cairo aligns them for 32-bit access.
                let words = UnsafeRawPointer(pixels)
                for y in 0..<h {
                    let row = (words + y * stride).assumingMemoryBound(to: UInt32.self)
                    for x in 0..<w {
                        let v = row[x]
                        // Dark in every channel: black or grey rules, not coloured cell shading or red seals.
                        if v & 0xFF < 160, v >> 8 & 0xFF < 160, v >> 16 & 0xFF < 160 { ink[y * w + x] = 1 }
                    }
                }
            }
            return ink
        }

        /// Clears the ink of every character, so that only graphics are left.
        private static func mask(_ glyphs: [PDFGlyph], in ink: inout [UInt8], width w: Int, height h: Int, scale: Double) {
            ink.withUnsafeMutableBufferPointer { ink in
                for glyph in glyphs {
                    // The middle of a character's box: its ink, never the cell borders its font box may touch.
                    let b = glyph.box
                    let x1 = max(0, Int(((b.x1 + b.width * 0.05) * scale).rounded(.down)))
                    let x2 = min(w - 1, Int(((b.x2 - b.width * 0.05) * scale).rounded(.up)))
                    let y1 = max(0, Int(((b.y1 + b.height * 0.12) * scale).rounded(.down)))
                    let y2 = min(h - 1, Int(((b.y2 - b.height * 0.12) * scale).rounded(.up)))
                    guard x1 <= x2, y1 <= y2 else { continue }
                    // Rows y1...y2 and columns x1...x2 are inside the w × h buffer (clamped above).
                    for y in y1...y2 { ink[(y * w + x1)...(y * w + x2)].update(repeating: 0) }
                }
            }
        }

        /// The `w` × `h` image `ink` transposed into `h` × `w`.
        private static func transpose(_ ink: [UInt8], width w: Int, height h: Int) -> [UInt8] {
            var transposed = [UInt8](repeating: 0, count: w * h)
            ink.withUnsafeBufferPointer { ink in
                transposed.withUnsafeMutableBufferPointer { out in
                    for y in 0..<h { for x in 0..<w where ink[y * w + x] != 0 { out[x * h + y] = 1 } }
                }
            }
            return transposed
        }

        /// A stroke in pixel units: along `from...to`, across `first...last`.
        struct Stroke {
            /// Start along the stroke.
            var from: Int
            /// End along the stroke (inclusive).
            var to: Int
            /// First pixel line across.
            var first: Int
            /// Last pixel line across.
            var last: Int
        }

        /// Runs of ink at least `minimum` long in each of `lines` rows of `length` pixels, stacked into strokes no
        /// thicker than `thickest`.
        static func strokes(_ ink: [UInt8], length: Int, lines: Int, minimum: Int, thickest: Double) -> [Stroke] {
            var done: [Stroke] = []
            var open: [Stroke] = []
            var runs: [(Int, Int)] = []
            ink.withUnsafeBufferPointer { ink in
                for line in 0..<lines {
                    runs.removeAll(keepingCapacity: true)
                    let row = UnsafeBufferPointer(rebasing: ink[(line * length)..<((line + 1) * length)])
                    guard let base = row.baseAddress else { continue }
                    var x = 0
                    while x < length {
                        // Most of a row is blank: memchr finds the next ink at once, searching only the row's
                        // remaining `length - x` bytes.
                        guard let found = memchr(base + x, 1, length - x) else { break }
                        let start = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                        x = start
                        while x < length, row[x] != 0 { x += 1 }
                        if x - start >= minimum { runs.append((start, x - 1)) }
                    }
                    var next: [Stroke] = []
                    for (from, to) in runs {
                        // A run continues the stroke above it when they mostly overlap: a thick line drawn over pixel lines.
                        if let i = open.firstIndex(where: { min($0.to, to) - max($0.from, from) >= (to - from) / 2 }) {
                            var stroke = open.remove(at: i)
                            stroke.from = min(stroke.from, from)
                            stroke.to = max(stroke.to, to)
                            stroke.last = line
                            next.append(stroke)
                        } else {
                            next.append(Stroke(from: from, to: to, first: line, last: line))
                        }
                    }
                    done += open
                    open = next
                }
            }
            done += open
            return done.filter { Double($0.last - $0.first + 1) <= thickest }
        }

        /// Collinear strokes that touch are one rule; a rule broken by a masked character is joined again.
        static func joined(_ boxes: [PDFBox], horizontal: Bool) -> [PDFBox] {
            let across: (PDFBox) -> Double = { horizontal ? $0.midY : $0.midX }
            let start: (PDFBox) -> Double = { horizontal ? $0.x1 : $0.y1 }
            let end: (PDFBox) -> Double = { horizontal ? $0.x2 : $0.y2 }
            var result: [PDFBox] = []
            var group: [PDFBox] = []
            func flush() {
                var merged: PDFBox?
                for box in group.sorted(by: { start($0) < start($1) }) {
                    if let m = merged, start(box) <= end(m) + 1.5 {
                        merged = PDFBox(x1: min(m.x1, box.x1), y1: min(m.y1, box.y1), x2: max(m.x2, box.x2), y2: max(m.y2, box.y2))
                    } else {
                        if let m = merged { result.append(m) }
                        merged = box
                    }
                }
                if let m = merged { result.append(m) }
                group = []
            }
            // Strokes within 1.5 points across are one line drawn over neighbouring pixels.
            for box in boxes.sorted(by: { across($0) < across($1) }) {
                if let first = group.first, across(box) - across(first) > 1.5 { flush() }
                group.append(box)
            }
            flush()
            return result
        }
    }
}
