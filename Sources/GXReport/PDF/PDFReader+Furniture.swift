extension PDFReader {
    /// Page numbers and running headers and footers: printed on the page, not part of the report's text.
    enum Furniture {
        /// Share of the page height at the top where headers and page numbers are looked for.
        static let topZone = 0.12
        /// Share of the page height at the bottom where footers and page numbers are looked for.
        static let bottomZone = 0.18
        /// The fewest characters a line repeated in the margins needs to be taken for a running header or footer.
        static let minimumRepeated = 4

        /// `lines` (one list per page) without page numbers and without lines repeated in the margins of several pages.
        static func removed(from lines: [[PDFLine]], pages: [PDFPage]) -> [[PDFLine]] {
            func zone(_ line: PDFLine) -> Int? {
                guard let page = pages.first(where: { $0.number == line.page }), page.height > 0 else { return nil }
                if line.box.y2 <= page.height * topZone { return 0 }
                if line.box.y1 >= page.height * (1 - bottomZone) { return 1 }
                return nil
            }
            var seen: [String: Set<Int>] = [:]
            for line in lines.joined() {
                if let zone = zone(line) { seen["\(zone)|" + digitless(line.text), default: []].insert(line.page) }
            }
            return lines.map { page in
                page.filter { line in
                    guard let zone = zone(line) else { return true }
                    let text = line.text
                    if isPageNumber(text) { return false }
                    // A header or footer repeats on several pages, its page number aside; a line of a few characters
                    // without a number (共5页 has one) is rather a table's label wrapped in a narrow column, whose pieces
                    // repeat by chance.
                    let key = digitless(text)
                    if key.count < minimumRepeated, !key.contains("#") { return true }
                    return pages.count < 3 || (seen["\(zone)|" + key]?.count ?? 0) < 2
                }
            }
        }

        /// The text with every run of digits as one `#`.
        static func digitless(_ text: String) -> String {
            var out = ""
            var inDigits = false
            for c in text.unicodeScalars {
                let digit = ("0"..."9").contains(c)
                if !digit { out.unicodeScalars.append(c) } else if !inDigits { out += "#" }
                inDigits = digit
            }
            return out
        }

        /// A page number as printed: `3`, `-1-`, `- 2 -`, `— 3 —`, `第 1 页`, `第1页 共5页`, `1/5`.
        static func isPageNumber(_ text: String) -> Bool {
            let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
            var core = Substring(compact)
            let dashes: Set<Character> = ["-", "—", "–", "－", "―", "·"]
            while let first = core.first, dashes.contains(first) { core = core.dropFirst() }
            while let last = core.last, dashes.contains(last) { core = core.dropLast() }
            if core.count <= 4, !core.isEmpty, core.allSatisfy(\.isASCII), core.allSatisfy(\.isNumber) { return true }
            let shape = digitless(compact)
            return ["第#页", "第#页共#页", "第#页,共#页", "第#页，共#页", "#/#", "共#页第#页", "Page#", "page#"].contains(shape)
        }
    }
}
