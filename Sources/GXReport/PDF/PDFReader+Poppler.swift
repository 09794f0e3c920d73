import CPoppler
import Foundation

extension PDFReader {
    /// Pages are rendered at twice 72 dpi, where a hairline rule is still a dark pixel.
    static let renderScale = 2.0
    /// The longest side of a rendering in pixels: a huge page is rendered smaller rather than filling memory.
    static let renderLimit = 4_000.0

    /// Held while poppler works: its first use sets up process-wide state without a lock, and its cairo renderer
    /// shares one FreeType library between documents; inputs are parsed on several threads.
    private static let popplerLock = NSLock()

    /// The pages of the PDF `data`, each with its characters, images and ruling lines.
    static func pages(from data: Data) throws(PDFReadError) -> [PDFPage] {
        guard !data.isEmpty else { throw .damaged }
        popplerLock.lock()
        defer { popplerLock.unlock() }
        // g_bytes_new copies the bytes, so the buffer need only live for this call.
        let bytes = data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        // poppler writes a GError it allocated into `error` on failure; it is freed below.
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            let encrypted = gx_poppler_error_is_encrypted(error) != 0
            if error != nil { g_error_free(error) }
            throw encrypted ? .encrypted : .damaged
        }
        // The document is a GObject we own one reference to.
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        guard gx_poppler_may_copy(document) != 0 else { throw .copyProtected }
        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else { throw .damaged }
        var pages: [PDFPage] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            // get_page returns a new reference (or nil for a broken page tree).
            guard let page = poppler_document_get_page(document, Int32(index)) else { throw .damaged }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(read(page, number: index + 1))
        }
        return pages
    }

    /// One page's size, characters, images and rules.
    private static func read(_ page: OpaquePointer, number: Int) -> PDFPage {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        let glyphs = glyphs(of: page)
        let images = images(of: page)
        let scale = min(renderScale, renderLimit / max(width, height, 1))
        let rules = Rules.find(in: page, width: width, height: height, glyphs: glyphs, scale: scale)
        return PDFPage(number: number, width: width, height: height, glyphs: glyphs, images: images,
                       horizontalRules: rules.horizontal, verticalRules: rules.vertical)
    }

    /// The page's characters with their boxes; white space is left out (layout is rebuilt from positions).
    private static func glyphs(of page: OpaquePointer) -> [PDFGlyph] {
        // Both results are allocated by glib for us and freed with g_free.
        guard let text = poppler_page_get_text(page) else { return [] }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        // The layout has one rectangle per character of the text, in the same order; `count` of them were allocated.
        let boxes = UnsafeBufferPointer(start: rectangles, count: Int(count))
        let scalars = String(cString: text).unicodeScalars
        // Were they ever out of step, every position would be another character's: no position is better than a wrong one.
        guard scalars.count == boxes.count else { return [] }
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(boxes.count)
        for (scalar, r) in zip(scalars, boxes) {
            if scalar.properties.isWhitespace || scalar.value < 0x20 { continue }
            let box = PDFBox(x1: min(r.x1, r.x2), y1: min(r.y1, r.y2), x2: max(r.x1, r.x2), y2: max(r.y1, r.y2))
            glyphs.append(PDFGlyph(scalar: scalar, box: box))
        }
        return glyphs
    }

    /// Where the page draws images.
    private static func images(of page: OpaquePointer) -> [PDFBox] {
        guard let list = poppler_page_get_image_mapping(page) else { return [] }
        // The list and its PopplerImageMapping items belong to us until free_image_mapping.
        defer { poppler_page_free_image_mapping(list) }
        var boxes: [PDFBox] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                // Every item of this list is a PopplerImageMapping (poppler's documented element type).
                let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                boxes.append(PDFBox(x1: min(area.x1, area.x2), y1: min(area.y1, area.y2),
                                    x2: max(area.x1, area.x2), y2: max(area.y1, area.y2)))
            }
            node = current.pointee.next
        }
        return boxes
    }
}
