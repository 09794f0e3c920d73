extension HTMLReader {
    /// A paragraph or table found in the page, with the element it came from.
    struct Block {
        var item: TikaLayout.Item
        /// The innermost block element holding a paragraph, or the table element.
        var owner: Int
    }

    /// Walks the events once and forms paragraphs and tables the way Tika lays out a Word file.
    ///
    /// Every paragraph with visible text and every row of a data table takes the next line number,
    /// kept or not, so locations do not depend on which part of the page is judged to be the report.
    struct Layout {
        static let blockElements: Set<String> = [
            "#document", "html", "head", "body", "address", "article", "aside", "blockquote", "caption", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
            "nav", "noframes", "ol", "optgroup", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul",
        ]
        /// At most this many empty cells are made up for `rowspan` in one page, so spans cannot blow up the output.
        static let carriedCellBudget = 1_000_000

        struct TableState {
            var node: Int
            var kept: Bool
            var rows: [[RawCell]] = []
            var row: [RawCell] = []
            var inRow = false
            var rowLine = 0
            var gridColumn = 0
            /// The open cell's grid column and width.
            var cellColumn = 0
            var cellSpan = 1
            /// Cells of earlier rows that span down: their first grid column → rows still to cover and width.
            var pending: [Int: (remaining: Int, span: Int)] = [:]
            var cell: TextBuffer?
        }

        let tree: Tree
        let isDataTable: [Bool]

        private var line = 0
        private var blocks: [Block] = []
        private var paragraph = TextBuffer()
        private var paragraphOwner = 0
        private var paragraphKept = TextBuffer()
        private var table: TableState?
        private var carriedCells = 0

        init(tree: Tree, isDataTable: [Bool]) {
            self.tree = tree
            self.isDataTable = isDataTable
        }

        /// The page's blocks; with `kept`, text of elements not kept is left out (it still counts for lines).
        static func blocks(of tree: Tree, isDataTable: [Bool], kept: [Bool]?) -> [Block] {
            var layout = Layout(tree: tree, isDataTable: isDataTable)
            return layout.walk(kept: kept)
        }

        private mutating func walk(kept: [Bool]?) -> [Block] {
            let nodes = tree.nodes
            var nodeStack: [Int] = []
            var blockStack: [Int] = [0]
            for event in tree.events {
                switch event {
                case .start(let id):
                    let name = nodes[id].name
                    nodeStack.append(id)
                    let isBlock = nodes[id].isBlock
                    if isBlock { blockStack.append(id) }
                    if isDataTable[id] {
                        flushParagraph()
                        table = TableState(node: id, kept: kept?[id] ?? true)
                    } else if table != nil {
                        switch name {
                        case "tr": startRow()
                        case "td", "th": startCell(nodes[id])
                        case "br": breakLine(hard: true)
                        default: if isBlock { breakLine(hard: false) }
                        }
                    } else if name == "br" {
                        paragraph.hardBreak()
                        paragraphKept.hardBreak()
                    } else if isBlock {
                        flushParagraph()
                    }
                case .end(let id):
                    let name = nodes[id].name
                    nodeStack.removeLast()
                    if blockStack.last == id { blockStack.removeLast() }
                    if let state = table, state.node == id {
                        endTable()
                    } else if table != nil {
                        switch name {
                        case "td", "th": endCell()
                        case "tr": endRow()
                        default: if nodes[id].isBlock { breakLine(hard: false) }
                        }
                    } else if nodes[id].isBlock {
                        flushParagraph()
                    }
                case .text(let text):
                    let node = nodeStack.last ?? 0
                    let keep = kept?[node] ?? true
                    if table?.cell != nil {
                        if keep { table?.cell?.append(text) }
                    } else {
                        if !paragraph.visible { paragraphOwner = blockStack.last ?? 0 }
                        paragraph.append(text)
                        if keep { paragraphKept.append(text) }
                    }
                }
            }
            if table != nil { endTable() }
            flushParagraph()
            return blocks
        }

        private mutating func breakLine(hard: Bool) {
            if table?.cell != nil {
                if hard { table?.cell?.hardBreak() } else { table?.cell?.softBreak() }
            } else if hard {
                paragraph.hardBreak()
                paragraphKept.hardBreak()
            } else {
                flushParagraph()
            }
        }

        private mutating func flushParagraph() {
            defer {
                paragraph = TextBuffer()
                paragraphKept = TextBuffer()
            }
            guard paragraph.visible else { return }
            line += 1
            guard paragraphKept.visible else { return }
            let location = SourceLocation(line: line, column: 1)
            // A `<br>` is a new line in Tika's text, hence a paragraph of its own (the title often has one).
            for piece in paragraphKept.text.split(separator: "\n") where !String(piece).trimmingWhitespace().isEmpty {
                blocks.append(Block(item: .paragraph(String(piece), location), owner: paragraphOwner))
            }
        }

        private mutating func startRow() {
            guard table != nil else { return }
            if table!.inRow { endRow() }
            flushParagraph()
            line += 1
            table!.rowLine = line
            table!.inRow = true
            table!.row = []
            table!.gridColumn = 0
        }

        private mutating func startCell(_ node: Node) {
            guard table != nil else { return }
            if table!.cell != nil { endCell() }
            if !table!.inRow { startRow() }
            while let carried = table!.pending[table!.gridColumn] { emitCarried(at: table!.gridColumn, carried) }
            let column = table!.gridColumn
            // A rowspan from above that this cell's colspan runs over is used up by this row.
            if node.colspan > 1, !table!.pending.isEmpty {
                for covered in (column + 1)..<(column + node.colspan) {
                    if let carried = table!.pending[covered] { consume(covered, carried) }
                }
            }
            if node.rowspan != 1 {
                let remaining = node.rowspan == 0 ? Tree.maxRowspan : node.rowspan - 1
                table!.pending[column] = (remaining, node.colspan)
            }
            table!.gridColumn = column + node.colspan
            table!.cellColumn = column
            table!.cellSpan = node.colspan
            table!.cell = TextBuffer()
        }

        /// Tika's layout shows a vertically merged continuation as an empty cell; so does this.
        private mutating func emitCarried(at column: Int, _ carried: (remaining: Int, span: Int)) {
            guard carriedCells < Self.carriedCellBudget else {
                table!.pending.removeAll()
                return
            }
            carriedCells += 1
            let location = SourceLocation(line: table!.rowLine, column: column + 1)
            table!.row.append(RawCell(text: "", location: location, gridColumn: column, gridSpan: carried.span))
            consume(column, carried)
            table!.gridColumn = column + carried.span
        }

        private mutating func consume(_ column: Int, _ carried: (remaining: Int, span: Int)) {
            if carried.remaining <= 1 {
                table!.pending[column] = nil
            } else {
                table!.pending[column] = (carried.remaining - 1, carried.span)
            }
        }

        private mutating func endCell() {
            guard let cell = table?.cell else { return }
            let location = SourceLocation(line: table!.rowLine, column: table!.cellColumn + 1)
            table!.row.append(RawCell(text: cell.text, location: location, gridColumn: table!.cellColumn, gridSpan: table!.cellSpan))
            table!.cell = nil
        }

        private mutating func endRow() {
            guard table != nil, table!.inRow else { return }
            endCell()
            if !table!.pending.isEmpty {
                let gridColumn = table!.gridColumn
                for column in table!.pending.keys.filter({ $0 >= gridColumn }).sorted() {
                    if let carried = table!.pending[column] { emitCarried(at: column, carried) }
                }
            }
            if !table!.row.isEmpty { table!.rows.append(table!.row) }
            table!.row = []
            table!.inRow = false
        }

        private mutating func endTable() {
            guard table != nil else { return }
            endRow()
            let state = table!
            table = nil
            flushParagraph()
            if state.kept, let first = state.rows.first?.first {
                blocks.append(Block(item: .table(RawTable(rows: state.rows, location: first.location, gridded: true)), owner: state.node))
            }
        }
    }
}
