import Foundation

/// Reads a report published as an HTML page into the same paragraphs and tables that Tika's text layout gives.
///
/// Government sites wrap the report in page chrome (navigation, breadcrumbs, footers); the reader
/// keeps the element that holds the title (…年…信息公开…年度报告) and the figure tables, drops
/// chrome inside it, and puts the title first with the publication date right after it, where the
/// parser looks for them. Tables follow Tika: a `colspan` cell once, a `rowspan` continuation as an
/// empty cell. Locations (docs/inputs.md): `line` counts paragraphs and table rows of the whole page
/// in document order, `column` is the cell's index in its row. Time and memory are linear in the
/// input, without recursion, whatever the nesting.
enum HTMLReader {
    /// Labels of the publication date that the parser reads (ReportParser.publicationDate).
    static let dateLabels = ["发布日期", "公开日期", "成文日期", "发布时间", "公开时间"]

    /// The paragraphs and tables of the report in the page `html`.
    static func items(from html: String) -> [TikaLayout.Item] {
        let tree = Tree(tokens: Tokenizer(html).tokens())
        var page = Page(tree: tree)
        let everything = Layout.blocks(of: tree, isDataTable: page.isDataTable, kept: nil)

        let title = titleElement(in: everything, page: page)
        if let title, page.dropped[title] { page.rescue(title) }
        let container = page.container(title: title)
        var blocks = Layout.blocks(of: tree, isDataTable: page.isDataTable, kept: page.kept(inside: container))

        guard let title, let start = blocks.firstIndex(where: { $0.owner == title && isParagraph($0.item) }) else {
            return blocks.map(\.item)
        }
        // The parser reads the title from the first paragraphs, so whatever precedes it on the page goes.
        blocks.removeFirst(start)
        // The date goes right after the lines the parser will take as the title.
        let titleEnd = max(ReportParser.title(in: blocks.prefix(3).map(\.item)).items.upperBound, 1)
        let datedAfterTitle = blocks.prefix(12).contains { block in
            if case .paragraph(let text, _) = block.item { return dateLine(text) }
            return false
        }
        if !datedAfterTitle, let date = publicationDate(in: everything, page: page, title: title) {
            blocks.insert(Block(item: .paragraph(date.text, date.location), owner: title), at: titleEnd)
        }
        return blocks.map(\.item)
    }

    private static func isParagraph(_ item: TikaLayout.Item) -> Bool {
        if case .paragraph = item { return true }
        return false
    }

    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes; Foundation's `range(of:)` costs far more per call.
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            while i <= bytes.count - pattern.count {
                if bytes[i] == first {
                    var j = 1
                    while j < pattern.count, bytes[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether `text` reads like a report title: a year, 信息公开 (or 政务公开) and then 年度报告, briefly.
    static func looksLikeTitle(_ text: String) -> Bool {
        // Most paragraphs are no title; the byte checks spare them the work below.
        guard text.utf8.count <= 400, containsBytes(text, "告") || containsBytes(text, "年报") else { return false }
        return ReportParser.looksLikeTitle(text)
    }

    /// The element holding the report's title: a heading first, then anything outside chrome, then anything.
    static func titleElement(in blocks: [Block], page: Page) -> Int? {
        var candidates: [Int] = []
        var previous: (text: String, owner: Int)?
        for block in blocks {
            guard case .paragraph(let text, _) = block.item else {
                previous = nil
                continue
            }
            if looksLikeTitle(text) {
                // A title whose agency is on the line above ("淮安市人民政府" / "2024年政府信息公开工作年度报告") starts there.
                if let before = previous, before.text.count <= 40, !ReportParser.isMetadataLine(before.text),
                   ReportParser.identity(fromTitle: text).agency.isEmpty,
                   !ReportParser.identity(fromTitle: before.text + text).agency.isEmpty {
                    candidates.append(before.owner)
                } else {
                    candidates.append(block.owner)
                }
            } else if let before = previous, before.text.count <= 40, text.count <= 40,
                      !looksLikeTitle(before.text), looksLikeTitle(before.text + text) {
                // A title split over two lines ("…2020年度政府" / "信息公开工作年度报告").
                candidates.append(before.owner)
            }
            previous = (text, block.owner)
        }
        let visible = candidates.filter { !page.dropped[$0] }
        return visible.first(where: page.isHeading) ?? visible.first ?? candidates.first(where: page.isHeading) ?? candidates.first
    }

    /// Whether a line states a publication date the parser can read.
    static func dateLine(_ text: String) -> Bool {
        guard containsBytes(text, "期") || containsBytes(text, "间") else { return false }
        let compact = text.removingWhitespace()
        for label in dateLabels {
            if let range = compact.range(of: label), ReportParser.parseDate(compact[range.upperBound...]) != nil { return true }
        }
        return false
    }

    /// The publication-date line outside chrome nearest before the title (pages put it in an info bar or a
    /// metadata table above the title), else the first one on the page: a paragraph, a cell, or a label cell
    /// and the date cell after it.
    static func publicationDate(in blocks: [Block], page: Page, title: Int) -> (text: String, location: SourceLocation)? {
        let titleIndex = blocks.firstIndex { $0.owner == title } ?? 0
        let nearestFirst = blocks[..<titleIndex].reversed() + blocks[titleIndex...]
        for block in nearestFirst where !page.dropped[block.owner] {
            switch block.item {
            case .paragraph(let text, let location):
                if dateLine(text) { return (text.trimmingWhitespace(), location) }
            case .table(let table):
                for row in table.rows {
                    for (index, cell) in row.enumerated() where containsBytes(cell.text, "期") || containsBytes(cell.text, "间") {
                        let text = cell.displayText
                        if dateLine(text) { return (text, cell.location) }
                        if index + 1 < row.count, dateLabels.contains(where: { text.hasPrefix($0) }),
                           dateLine(text + row[index + 1].displayText) {
                            let label = text.hasSuffix("：") || text.hasSuffix(":") ? text : text + "："
                            return (label + row[index + 1].displayText, cell.location)
                        }
                    }
                }
            }
        }
        return nil
    }
}
