import Foundation

/// Reads a PDF report into the same paragraphs and tables the other readers give, from the position of every
/// character poppler reports and the ruling lines the pages draw.
///
/// Lines are rebuilt by baseline and joined into paragraphs where Chinese text wraps mid-sentence; ruled tables are
/// read cell by cell on the grid their lines draw, tables 三 and 四 (and section 二's items) drawn without a grid from
/// where their words stand, a table cut by a page break is one table, and page numbers and running headers are dropped. Locations: `line` counts paragraphs and table rows in document order, `column` is the
/// cell's grid column (paragraphs: 1), `page` the 1-based page. A file without trustworthy text throws.
enum PDFReader {
    /// The paragraphs and tables of the PDF file `data`.
    static func items(from data: Data) throws(PDFReadError) -> [TikaLayout.Item] {
        let pages = try pages(from: data)
        try checkText(of: pages)
        let blocks = Flow(pages: pages).blocks()
        try checkTables(in: blocks, pages: pages)
        var items: [TikaLayout.Item] = []
        var line = 1
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                items.append(.paragraph(paragraph.text, SourceLocation(line: line, column: 1, page: paragraph.page)))
                line += 1
            case .table(let table):
                let rows = table.rawRows(firstLine: line)
                line += table.rowPages.count
                if let first = rows.first?.first {
                    items.append(.table(RawTable(rows: rows, location: SourceLocation(line: first.location.line, column: 1,
                                                                                      page: first.location.page),
                                                        gridded: true)))
                }
            }
        }
        return items
    }
}
