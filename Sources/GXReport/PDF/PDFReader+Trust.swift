extension PDFReader {
    /// A page with at least this many characters is judged on its share of unlikely characters.
    static let judgedGlyphs = 20
    /// A page whose characters are this share or more unlikely in a Chinese report is garbled.
    static let garbledShare = 0.2
    /// An image covering this share of a page makes a page without text a scan.
    static let scanShare = 0.3

    /// Throws when the pages give no text to trust: no text layer at all, or garbled text.
    static func checkText(of pages: [PDFPage]) throws(PDFReadError) {
        if pages.allSatisfy(\.glyphs.isEmpty) { throw .noText(page: 1) }
        for page in pages {
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

    /// The pages without text that an image mostly covers: scanned pages.
    static func scannedPages(_ pages: [PDFPage]) -> [Int] {
        pages.filter { page in
            page.glyphs.isEmpty
                && page.images.reduce(0.0) { $0 + max(0, $1.width) * max(0, $1.height) } >= scanShare * page.width * page.height
        }.map(\.number)
    }

    /// Throws when a scanned page holds part of the report (a template section's heading is nowhere in the text), or
    /// when section 三 or 四 has a heading but no table and an image stands where the table would be.
    ///
    /// A scanned page after a complete report (a signed cover letter, an appendix) does not make it unreadable.
    static func checkTables(in blocks: [PDFBlock], pages: [PDFPage]) throws(PDFReadError) {
        if let scanned = scannedPages(pages).first {
            var seen = Set<SectionKind>()
            for case .paragraph(let p) in blocks {
                if let kind = SectionHeading.parse(p.text)?.kind { seen.insert(kind) }
            }
            if seen.count < SectionKind.allCases.count { throw .noText(page: scanned) }
        }
        for kind in [SectionKind.applications, .reviewLitigation] {
            guard let start = blocks.firstIndex(where: { block in
                if case .paragraph(let p) = block { return SectionHeading.parse(p.text)?.kind == kind }
                return false
            }), case .paragraph(let heading) = blocks[start] else { continue }
            var hasTable = false
            var next: (page: Int, y: Double)?
            for block in blocks[(start + 1)...] {
                if case .table = block { hasTable = true; break }
                if case .paragraph(let p) = block, SectionHeading.parse(p.text)?.kind != nil {
                    next = (p.page, p.box.y1)
                    break
                }
            }
            if hasTable { continue }
            // The picture stands between the heading and the next section's, on the heading's page or the next.
            for page in pages where page.number == heading.page || page.number == heading.page + 1 {
                let placed = page.images.filter { image in
                    let afterHeading = page.number > heading.page || image.y2 > heading.box.y2
                    let beforeNext = next.map { page.number < $0.page || (page.number == $0.page && image.y1 < $0.y) } ?? true
                    return afterHeading && beforeNext && image.width * image.height >= 0.05 * page.width * page.height
                }
                if !placed.isEmpty { throw .tableImage(kind, page: page.number) }
            }
        }
    }
}
