import CCmarkGFM

/// Renders a parsed document with its tables handed, as `MarkdownTable`s, to the caller's renderer. The blocks between
/// two tables are moved into a document of their own and rendered by cmark-gfm in one call (a document renders as its
/// blocks one after the other, so the bytes are the same); cells holding only text are escaped here as cmark-gfm
/// escapes text (`CellText`), since a call into cmark-gfm per cell costs more than the rest of a report page.
struct TableWalk {
    let document: OpaquePointer
    let extensions: UnsafeMutablePointer<cmark_llist>?
    let render: (MarkdownTable) -> String

    func html() -> String {
        var out = ""
        var headings: [(level: Int32, text: String)] = []
        var run: OpaquePointer?
        func flush() {
            guard let chunk = run else { return }
            out += MarkdownRenderer.html(of: chunk, extensions)
            cmark_node_free(chunk)
            run = nil
        }
        var node = cmark_node_first_child(document)
        while let block = node {
            node = cmark_node_next(block)
            if cmark_node_get_type(block) == CMARK_NODE_HEADING {
                let level = cmark_node_get_heading_level(block)
                headings.removeAll { $0.level >= level }
                headings.append((level, Self.plainText(of: block)))
            }
            if Self.type(of: block) == "table" {
                flush()
                out += render(table(block, headings: headings.map(\.text)))
                continue
            }
            if run == nil { run = cmark_node_new(CMARK_NODE_DOCUMENT) }
            cmark_node_unlink(block)
            cmark_node_append_child(run, block)
        }
        flush()
        return out
    }

    private func table(_ node: OpaquePointer, headings: [String]) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let aligns = cmark_gfm_extensions_get_table_alignments(node)
        let alignments = (0..<columns).map { i -> MarkdownTable.Alignment in
            switch aligns.map({ UInt8($0[i]) }) {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
        var header: [String] = []
        var rows: [[String]] = []
        var row = cmark_node_first_child(node)
        while let r = row {
            var cells: [String] = []
            cells.reserveCapacity(columns)
            var cell = cmark_node_first_child(r)
            while let c = cell {
                cells.append(inlineHTML(of: c))
                cell = cmark_node_next(c)
            }
            if cmark_gfm_extensions_get_table_row_is_header(r) != 0 { header = cells } else { rows.append(cells) }
            row = cmark_node_next(r)
        }
        return MarkdownTable(headings: headings, header: header, rows: rows, alignments: alignments)
    }

    /// The HTML of a cell's inline content: its text escaped as cmark-gfm escapes it when it holds only text, else each
    /// inline rendered by cmark-gfm.
    private func inlineHTML(of cell: OpaquePointer) -> String {
        var out = ""
        var child = cmark_node_first_child(cell)
        var onlyText = true
        while let inline = child, onlyText {
            if cmark_node_get_type(inline) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(inline) {
                CellText.appendEscaped(literal, to: &out)
            } else {
                onlyText = false
            }
            child = cmark_node_next(inline)
        }
        guard !onlyText else { return out }
        out = ""
        child = cmark_node_first_child(cell)
        while let inline = child {
            out += MarkdownRenderer.html(of: inline, extensions)
            child = cmark_node_next(inline)
        }
        return out
    }

    /// A node's type name (`table` for the extension's table node, which has no constant of its own).
    static func type(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The text of a heading, without markup: its text and code nodes' literals.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let walk = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(walk) }
        while cmark_iter_next(walk) != CMARK_EVENT_DONE {
            let current = cmark_iter_get_node(walk)
            let type = cmark_node_get_type(current)
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE), let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            }
        }
        return text
    }
}
