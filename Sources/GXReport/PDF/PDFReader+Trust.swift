extension PDFReader {
    /// A page with at least this many characters is judged on its share of unlikely characters.
    static let judgedGlyphs = 20
    /// A page whose characters are this share or more unlikely in a Chinese report is garbled.
    static let garbledShare = 0.2
    /// An image covering this share of a page makes a page without text a scan.
    static let scanShare = 0.3

    /// Throws when the pages give no text to trust: no text layer at all or on a scanned page, or garbled text.
    static func checkText(of pages: [PDFPage]) throws(PDFReadError) {
        if pages.allSatisfy(\.glyphs.isEmpty) { throw .noText(page: 1) }
        for page in pages {
            if page.glyphs.isEmpty {
                let covered = page.images.reduce(0.0) { $0 + max(0, $1.width) * max(0, $1.height) }
                if covered >= scanShare * page.width * page.height { throw .noText(page: page.number) }
                continue
            }
            guard page.glyphs.count >= judgedGlyphs else { continue }
            let unlikely = page.glyphs.filter { !isLikely($0.scalar) }.count
            if Double(unlikely) >= garbledShare * Double(page.glyphs.count) { throw .garbled(page: page.number) }
        }
    }

    /// A character a Chinese report is written with: CJK ideographs and punctuation, full-width forms, ASCII, common
    /// symbols. Private-use characters, U+FFFD and stray alphabets are what a font without a Unicode map gives.
    static func isLikely(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF: true
        case 0x2000...0x206F, 0x2100...0x21FF, 0x2200...0x22FF, 0x2460...0x24FF, 0x2500...0x27BF: true
        case 0x3000...0x303F, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF: true
        case 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// Throws when section 三 or 四 has a heading but no table, and an image stands where the table would be.
    static func checkTables(in blocks: [PDFBlock], pages: [PDFPage]) throws(PDFReadError) {
        for kind in [SectionKind.applications, .reviewLitigation] {
            guard let start = blocks.firstIndex(where: { block in
                if case .paragraph(let p) = block { return SectionHeading.parse(p.text)?.kind == kind }
                return false
            }), case .paragraph(let heading) = blocks[start] else { continue }
            var hasTable = false
            for block in blocks[(start + 1)...] {
                if case .table = block { hasTable = true; break }
                if case .paragraph(let p) = block, SectionHeading.parse(p.text)?.kind != nil { break }
            }
            if hasTable { continue }
            // The table would follow the heading on its page or begin the next one.
            for page in pages where page.number == heading.page || page.number == heading.page + 1 {
                let below = page.images.filter { image in
                    (page.number > heading.page || image.y2 > heading.box.y2) && image.width * image.height >= 0.05 * page.width * page.height
                }
                if !below.isEmpty { throw .tableImage(kind, page: page.number) }
            }
        }
    }
}
