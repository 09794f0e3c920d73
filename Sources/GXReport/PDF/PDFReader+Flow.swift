extension PDFReader {
    /// Puts the pages' lines and tables in reading order and joins them into paragraphs and whole tables.
    struct Flow {
        /// A line or a table on a page, in the order they are drawn top to bottom.
        enum Piece {
            /// A line of running text.
            case line(PDFLine)
            /// A table drawn on the page (ruled, or found from its words' positions).
            case table(PDFTable)

            /// The top edge, for ordering.
            var top: Double {
                switch self {
                case .line(let line): line.box.y1
                case .table(let table): table.firstBox.y1
                }
            }
        }

        /// Each page's pieces, top to bottom, page furniture removed.
        var pages: [[Piece]]
        /// The body's left edge (where unindented lines start).
        var left: Double
        /// The body's right edge (where full lines end).
        var right: Double
        /// The body's usual character height.
        var size: Double

        /// Lays out `pages`.
        init(pages: [PDFPage]) {
            var tables: [[PDFTable]] = []
            var lines: [[PDFLine]] = []
            for page in pages {
                let found = PDFTable.tables(on: page)
                tables.append(found.tables)
                lines.append(PDFLine.lines(of: found.rest, page: page.number))
            }
            lines = Furniture.removed(from: lines, pages: pages)
            // Tables drawn without a grid are looked for only among the lines no ruled table took.
            var running: PDFColumnTable.Running?
            for (i, page) in pages.enumerated() {
                let found = PDFColumnTable.tables(in: lines[i], page: page.number, carried: running)
                if !found.cut.isEmpty, i > 0, let last = tables[i - 1].indices.last {
                    tables[i - 1][last] = PDFColumnTable.finished(tables[i - 1][last], with: found.cut)
                }
                tables[i] += found.tables
                lines[i] = found.rest
                running = found.open
            }
            let body = lines.joined().filter { $0.glyphs.count >= 8 }
            let heights = body.flatMap { $0.glyphs.map(\.box.height) }.sorted()
            size = heights.isEmpty ? 12 : heights[heights.count / 2]
            // The most common start of a long line is the margin; the right margin is where most long lines end.
            var starts: [Int: Int] = [:]
            for line in body { starts[Int(line.box.x1.rounded()), default: 0] += 1 }
            left = Double(starts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0)
            let ends = body.map(\.box.x2).sorted()
            right = ends.isEmpty ? 0 : ends[min(ends.count - 1, ends.count * 9 / 10)]
            self.pages = zip(lines, tables).map { lines, tables in
                (lines.map(Piece.line) + tables.map(Piece.table)).sorted { $0.top < $1.top }
            }
        }

        /// The document's paragraphs and tables in order.
        func blocks() -> [PDFBlock] {
            var blocks: [PDFBlock] = []
            var open: (paragraph: PDFParagraph, last: PDFLine)?
            func close() {
                if let paragraph = open?.paragraph { blocks.append(.paragraph(paragraph)) }
                open = nil
            }
            for (index, pieces) in pages.enumerated() {
                for (position, piece) in pieces.enumerated() {
                    switch piece {
                    case .table(let table):
                        // A table at the top of a page goes on from one that ended the previous page.
                        if position == 0, open == nil, index > 0, case .table(let previous)? = blocks.last,
                           previous.rowPages.last == index, previous.continues(into: table) {
                            blocks[blocks.count - 1] = .table(previous.joined(with: table))
                        } else {
                            close()
                            blocks.append(.table(table))
                        }
                    case .line(let line):
                        let text = line.text
                        if let current = open, continues(current.last, with: line, text: text, firstOnPage: position == 0) {
                            open?.paragraph.text += Self.separator(current.last, line) + text
                            open?.last = line
                        } else {
                            close()
                            open = (PDFParagraph(text: text, page: line.page, box: line.box), line)
                        }
                    }
                }
            }
            close()
            return blocks
        }

        /// Whether `line` goes on with the paragraph whose last line is `previous`: that line runs to the right margin,
        /// this one starts at the left margin without a gap between them, and this one is no heading.
        func continues(_ previous: PDFLine, with line: PDFLine, text: String, firstOnPage: Bool) -> Bool {
            guard previous.box.x2 >= right - 1.5 * size, line.box.x1 <= left + 0.8 * size else { return false }
            if previous.page == line.page {
                guard line.box.y1 - previous.box.y2 <= 1.2 * size, line.box.y1 > previous.box.midY else { return false }
            } else if !firstOnPage || line.page != previous.page + 1 {
                return false
            }
            return SectionHeading.parse(text) == nil
        }

        /// What goes between two lines of a paragraph: a space only between Latin words.
        static func separator(_ previous: PDFLine, _ next: PDFLine) -> String {
            guard let a = previous.glyphs.last?.scalar, let b = next.glyphs.first?.scalar else { return "" }
            return a.isASCII && b.isASCII && a.properties.isAlphabetic && b.properties.isAlphabetic ? " " : ""
        }
    }
}
