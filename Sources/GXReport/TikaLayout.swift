/// Splits text in Apache Tika's DOCX layout into paragraphs and tables (DESIGN.md §2).
///
/// Paragraphs are lines; a line starting with TAB is a table cell; a blank line ends a table row;
/// a non-TAB line right after a cell continues that cell; a table ends at the next line that is
/// neither a cell nor blank.
struct TikaLayout {
    /// Noise Word leaves in extracted text.
    static func removingBookmarks(_ line: Substring) -> String {
        guard line.contains("[bookmark:") else { return String(line) }
        var out = ""
        var rest = line[...]
        while let open = rest.range(of: "[bookmark:") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else {
                rest = rest[open.lowerBound...]
                break
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// Splits `text` into lines on LF, dropping a CR before it and a leading BOM.
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let utf8 = body.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                result.append(Substring(utf8[start..<i]))
                let next = utf8.index(after: i)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A {
                    i = utf8.index(after: next)
                } else {
                    i = next
                }
                start = i
            } else {
                i = utf8.index(after: i)
            }
        }
        if start != utf8.endIndex { result.append(Substring(utf8[start...])) }
        return result
    }

    /// A block of the layout before any section is recognised.
    enum Item {
        case paragraph(String, SourceLocation)
        case table(RawTable)
    }

    /// Turns lines into paragraphs (blank lines dropped) and tables.
    static func items(of text: String) -> [Item] {
        let lines = lines(of: text)
        var items: [Item] = []
        var rows: [[RawCell]] = []
        var row: [RawCell] = []
        var tableStart: SourceLocation?
        var previousWasContent = false  // previous line was a cell or a continuation

        func endRow() {
            if !row.isEmpty { rows.append(row); row = [] }
        }
        func endTable() {
            endRow()
            if let start = tableStart, !rows.isEmpty { items.append(.table(RawTable(rows: rows, location: start))) }
            rows = []
            tableStart = nil
        }

        for (index, raw) in lines.enumerated() {
            let number = index + 1
            if raw.first == "\t" {
                if tableStart == nil { tableStart = SourceLocation(line: number, column: 2) }
                let text = removingBookmarks(raw.dropFirst())
                row.append(RawCell(text: text, location: SourceLocation(line: number, column: 2)))
                previousWasContent = true
                continue
            }
            let text = removingBookmarks(raw)
            if text.trimmingWhitespace().isEmpty {
                if tableStart != nil { endRow() }
                previousWasContent = false
                continue
            }
            if tableStart != nil, previousWasContent, !row.isEmpty {
                row[row.count - 1].text += "\n" + text
                continue
            }
            if tableStart != nil { endTable() }
            items.append(.paragraph(text, SourceLocation(line: number, column: 1)))
            previousWasContent = false
        }
        endTable()
        return items
    }
}
