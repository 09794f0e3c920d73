/// Splits text in Apache Tika's DOCX layout into paragraphs and tables (docs/inputs.md).
///
/// Paragraphs are lines; a line starting with TAB is a table cell; a blank line ends a table row;
/// a non-TAB line right after a cell continues that cell; a table ends at the next line that is
/// neither a cell nor blank.
struct TikaLayout {
    /// Noise Word leaves in extracted text.
    static func removingBookmarks(_ line: Substring) -> String {
        guard line.fastContains("[bookmark:") else { return String(line) }
        var out = ""
        var rest = line[...]
        while let open = rest.fastRange(of: "[bookmark:") {
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
        layout(of: text).items
    }

    /// `items(of:)`, and whether every paragraph and cell text is known to be plain (see `PlainText`).
    static func layout(of text: String) -> (items: [Item], plain: Bool) {
        var layout = Layout()
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            eachLine(of: text, bytes) { layout.add($0, cell: $1, line: $2) }
        }
        if plain == nil {
            for (index, raw) in lines(of: text).enumerated() {
                // A tab is a grapheme of its own, so this is `raw.first == "\t"`.
                let cell = raw.utf8.first == 0x09
                layout.add(removingBookmarks(cell ? raw.dropFirst() : raw), cell: cell, line: index + 1)
            }
        }
        return (layout.finish(), plain ?? false)
    }

    /// `lines(of:)` and `removingBookmarks` on the UTF-8 of `text`: each line's text without its
    /// cell tab, whether it is a cell, and its line number; returns whether the text is plain.
    ///
    /// Every text input goes through here, and stepping through the UTF-8 view and slicing
    /// Substrings is slow: the lines are found in the raw bytes and each made a String once.
    private static func eachLine(of text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ body: (String, Bool, Int) -> Void) -> Bool {
        // A BOM is a grapheme of its own, so this is the `hasPrefix` of `lines(of:)`.
        let first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let document = UnsafeBufferPointer(rebasing: bytes[first...])
        // Lines hold neither CR nor the BOM, so a plain document has plain lines only, and
        // a plain document without a bookmark marker has none in any line either.
        let plain = PlainText.isPlain(document, allowingCR: true)
        let marked = !plain || bookmark.withUnsafeBufferPointer { PlainText.firstOffset(of: $0, in: document) } != nil
        let strings = asciiStrings
        var number = 0
        func emit(_ start: Int, _ end: Int) {
            number += 1
            let cell = start < end && bytes[start] == 0x09
            let from = cell ? start + 1 : start
            let line = UnsafeBufferPointer(rebasing: bytes[from..<end])
            if !marked || plain && bookmark.withUnsafeBufferPointer({ PlainText.firstOffset(of: $0, in: line) }) == nil {
                // Most lines are blank or one digit: those strings are made once, not once a line.
                if line.isEmpty {
                    body("", cell, number)
                } else if line.count == 1, line[0] < 0x80 {
                    body(strings[Int(line[0])], cell, number)
                } else {
                    body(String(decoding: line, as: UTF8.self), cell, number)
                }
            } else {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: from)
                body(removingBookmarks(text[lower..<utf8.index(lower, offsetBy: end - from)]), cell, number)
            }
        }
        var start = first
        if PlainText.firstOffset(of: 0x0D, in: bytes, from: first, to: bytes.count) == nil {
            // Without CR a line ends at LF alone, and memchr finds each one at once.
            while let end = PlainText.firstOffset(of: 0x0A, in: bytes, from: start, to: bytes.count) {
                emit(start, end)
                start = end + 1
            }
        } else {
            var i = first
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D {
                    emit(start, i)
                    i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
        }
        if start != bytes.count { emit(start, bytes.count) }
        return plain
    }

    /// The UTF-8 of the bookmark marker.
    private static let bookmark = Array("[bookmark:".utf8)

    /// The strings of one ASCII character.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Paragraphs and tables being assembled line by line.
    private struct Layout {
        // Room for a usual report up front: growing these arrays step by step copied them again and again.
        var items = Layout.reserved([Item].self, 64)
        var rows = Layout.reserved([[RawCell]].self, 32)
        var row = Layout.reserved([RawCell].self, 10)
        var tableStart: SourceLocation?
        /// The previous line was a cell or a continuation.
        var previousWasContent = false

        /// Takes the next line, without bookmarks and without its tab if it is a cell.
        mutating func add(_ text: String, cell: Bool, line number: Int) {
            if cell {
                if tableStart == nil { tableStart = SourceLocation(line: number, column: 2) }
                row.append(RawCell(text: text, location: SourceLocation(line: number, column: 2), gridColumn: row.count))
                previousWasContent = true
                return
            }
            if text.isAllWhitespace {
                if tableStart != nil { endRow() }
                previousWasContent = false
                return
            }
            if tableStart != nil, previousWasContent, !row.isEmpty {
                row[row.count - 1].text += "\n" + text
                return
            }
            if tableStart != nil { endTable() }
            items.append(.paragraph(text, SourceLocation(line: number, column: 1)))
            previousWasContent = false
        }

        mutating func endRow() {
            if !row.isEmpty {
                rows.append(row)
                row = Self.reserved([RawCell].self, 10)
            }
        }

        mutating func endTable() {
            endRow()
            if let start = tableStart, !rows.isEmpty { items.append(.table(RawTable(rows: rows, location: start))) }
            rows = Self.reserved([[RawCell]].self, 32)
            tableStart = nil
        }

        /// An empty array with room for `count` elements (ten cells hold the widest rows of table 三).
        static func reserved<Element>(_ type: [Element].Type, _ count: Int) -> [Element] {
            var array: [Element] = []
            array.reserveCapacity(count)
            return array
        }

        /// The items, once the last line is in.
        mutating func finish() -> [Item] {
            endTable()
            return items
        }
    }
}
