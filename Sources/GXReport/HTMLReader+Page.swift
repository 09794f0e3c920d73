extension HTMLReader {
    /// Facts about every element of a page, computed in a few linear passes over the node array.
    ///
    /// Parents always precede children in `Tree.nodes`, so a forward loop inherits from parents and
    /// a backward loop sums into them; nothing recurses, however deep the page.
    struct Page {
        /// Elements that are page chrome by name.
        static let chromeElements: Set<String> = ["nav", "header", "footer", "aside"]
        /// Words in `class`/`id` that mark navigation, footers and share bars on government sites.
        static let chromeWords = ["nav", "menu", "breadcrumb", "crumb", "footer", "header", "sidebar", "share",
                                  "topbar", "toolbar", "copyright", "position"]
        /// Elements that never hold report text.
        static let hiddenElements: Set<String> = ["head", "button", "select", "option", "svg", "template", "map", "object"]
        /// A cell with more text than this is page layout, not a figure table.
        static let layoutCellText = 300

        let tree: Tree
        private(set) var isDataTable: [Bool]
        private(set) var dropped: [Bool]
        private var chrome: [Bool]
        private let directText: [Int]
        private let dataCells: [Int]

        /// Works out which tables hold figures, where the figure cells are and which elements are chrome.
        init(tree: Tree) {
            self.tree = tree
            let nodes = tree.nodes
            let directText = Self.countDirectText(of: tree)
            let (nearestTable, nearestRow) = Self.nearestTablesAndRows(nodes)
            let isDataTable = Self.findDataTables(nodes, directText: directText, nearestTable: nearestTable, nearestRow: nearestRow)
            let dataCells = Self.countDataCells(nodes, nearestTable: nearestTable, isDataTable: isDataTable)
            let chrome = Self.markChrome(nodes, nearestTable: nearestTable, isDataTable: isDataTable, dataCells: dataCells)
            self.directText = directText
            self.isDataTable = isDataTable
            self.dataCells = dataCells
            self.chrome = chrome
            self.dropped = Self.inherit(chrome, nodes: nodes)
        }

        /// Per element, the characters other than white space in the text directly inside it.
        private static func countDirectText(of tree: Tree) -> [Int] {
            var directText = [Int](repeating: 0, count: tree.nodes.count)
            var stack: [Int] = []
            for event in tree.events {
                switch event {
                case .start(let id): stack.append(id)
                case .end: stack.removeLast()
                case .text(let text):
                    if let id = stack.last { directText[id] += text.unicodeScalars.reduce(0) { $0 + ($1.isReportWhitespace ? 0 : 1) } }
                }
            }
            return directText
        }

        /// Per element, its nearest enclosing `table` and `tr`, or -1.
        private static func nearestTablesAndRows(_ nodes: [Node]) -> (tables: [Int], rows: [Int]) {
            let count = nodes.count
            var nearestTable = [Int](repeating: -1, count: count)
            var nearestRow = [Int](repeating: -1, count: count)
            for id in 1..<max(count, 1) {
                let parent = nodes[id].parent
                nearestTable[id] = nodes[parent].name == "table" ? parent : nearestTable[parent]
                nearestRow[id] = nodes[parent].name == "tr" ? parent : nearestRow[parent]
            }
            return (nearestTable, nearestRow)
        }

        /// Per element, whether it is a table of figures rather than one that lays out the page.
        private static func findDataTables(_ nodes: [Node], directText: [Int], nearestTable: [Int], nearestRow: [Int]) -> [Bool] {
            let count = nodes.count
            var subtreeText = directText
            var hasNestedTable = [Bool](repeating: false, count: count)
            for id in stride(from: count - 1, to: 0, by: -1) {
                let parent = nodes[id].parent
                subtreeText[parent] += subtreeText[id]
                if nodes[id].name == "table" || hasNestedTable[id] { hasNestedTable[parent] = true }
            }
            var rowCells = [Int](repeating: 0, count: count)
            var widestRow = [Int](repeating: 0, count: count)
            var longestCell = [Int](repeating: 0, count: count)
            for id in 0..<count where nodes[id].name == "td" || nodes[id].name == "th" {
                let table = nearestTable[id]
                guard table >= 0 else { continue }
                longestCell[table] = max(longestCell[table], subtreeText[id])
                let row = nearestRow[id]
                if row >= 0, nearestTable[row] == table {
                    rowCells[row] += 1
                    widestRow[table] = max(widestRow[table], rowCells[row])
                } else {
                    widestRow[table] = max(widestRow[table], 1)
                }
            }
            // Tables holding tables, single-column tables and tables with long prose in a cell lay out the page.
            var isDataTable = [Bool](repeating: false, count: count)
            for id in 0..<count where nodes[id].name == "table" {
                isDataTable[id] = !hasNestedTable[id] && widestRow[id] >= 2 && longestCell[id] <= Self.layoutCellText
            }
            return isDataTable
        }

        /// Per element, how many cells of figure tables it holds.
        private static func countDataCells(_ nodes: [Node], nearestTable: [Int], isDataTable: [Bool]) -> [Int] {
            let count = nodes.count
            var dataCells = [Int](repeating: 0, count: count)
            for id in 0..<count where (nodes[id].name == "td" || nodes[id].name == "th") && nearestTable[id] >= 0 && isDataTable[nearestTable[id]] {
                dataCells[id] = 1
            }
            for id in stride(from: count - 1, to: 0, by: -1) { dataCells[nodes[id].parent] += dataCells[id] }
            return dataCells
        }

        /// Per element, whether it is page chrome (hidden, or navigation and the like) by itself, before inheriting.
        private static func markChrome(_ nodes: [Node], nearestTable: [Int], isDataTable: [Bool], dataCells: [Int]) -> [Bool] {
            // Chrome that holds at least half of the page's figure cells is the report after all; and
            // inside a figure table a class like "table-header" styles cells, it does not mark chrome.
            let allCells = dataCells.first ?? 0
            var chrome = [Bool](repeating: false, count: nodes.count)
            for id in 0..<nodes.count {
                let node = nodes[id]
                let inFigureTable = nearestTable[id] >= 0 && isDataTable[nearestTable[id]]
                let looksLikeChrome = !inFigureTable && (Self.chromeElements.contains(node.name)
                    || (!node.classAndID.isEmpty && Self.chromeWords.contains { HTMLReader.containsBytes(node.classAndID, $0) }))
                chrome[id] = Self.hiddenElements.contains(node.name)
                    || (looksLikeChrome && !(dataCells[id] > 0 && dataCells[id] * 2 >= allCells))
            }
            return chrome
        }

        /// The flags with every descendant of a flagged element flagged too.
        private static func inherit(_ flags: [Bool], nodes: [Node]) -> [Bool] {
            var result = flags
            for id in 1..<max(nodes.count, 1) where result[nodes[id].parent] { result[id] = true }
            return result
        }

        /// Keeps `node` (a title found only inside chrome) by un-marking its chrome ancestors.
        mutating func rescue(_ node: Int) {
            var id = node
            while id >= 0 {
                if !Self.hiddenElements.contains(tree.nodes[id].name) { chrome[id] = false }
                id = tree.nodes[id].parent
            }
            dropped = Self.inherit(chrome, nodes: tree.nodes)
        }

        /// The element holding the report: the nearest common container of the title and the figure tables.
        ///
        /// Going down from the root towards the title, a container is accepted while it still holds 90%
        /// of the figure cells and half of the text outside chrome; without a title, the way down follows
        /// the child that does.
        func container(title: Int?) -> Int {
            let nodes = tree.nodes
            var text = [Int](repeating: 0, count: nodes.count)
            var cells = [Int](repeating: 0, count: nodes.count)
            for id in 0..<nodes.count where !dropped[id] {
                text[id] = directText[id]
                cells[id] = (nodes[id].name == "td" || nodes[id].name == "th") && dataCells[id] > 0 ? 1 : 0
            }
            for id in stride(from: nodes.count - 1, to: 0, by: -1) {
                text[nodes[id].parent] += text[id]
                cells[nodes[id].parent] += cells[id]
            }
            let totalText = text[0]
            let totalCells = cells[0]
            func holdsReport(_ id: Int) -> Bool {
                !dropped[id] && cells[id] * 10 >= totalCells * 9 && text[id] * 2 >= totalText
                    && (totalText > 0 || totalCells > 0)
            }
            var current = 0
            if let title {
                // The title element alone is never the report, however short the report's text.
                var path: [Int] = []
                var id = nodes[title].parent
                while id > 0 { path.append(id); id = nodes[id].parent }
                for id in path.reversed() {
                    guard holdsReport(id) else { break }
                    current = id
                }
                return current
            }
            var children = [[Int]](repeating: [], count: nodes.count)
            for id in 1..<nodes.count { children[nodes[id].parent].append(id) }
            while let next = children[current].first(where: holdsReport) { current = next }
            return current
        }

        /// Whether `node` is a heading or styled as a title, which makes it the likelier report title.
        func isHeading(_ node: Int) -> Bool {
            let nodes = tree.nodes
            if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(nodes[node].name) { return true }
            var id = node
            for _ in 0..<3 where id >= 0 {
                if HTMLReader.containsBytes(nodes[id].classAndID, "tit") { return true }
                id = nodes[id].parent
            }
            return false
        }

        /// Elements inside `container` and not dropped as chrome.
        func kept(inside container: Int) -> [Bool] {
            let nodes = tree.nodes
            var inside = [Bool](repeating: false, count: nodes.count)
            if container < nodes.count { inside[container] = true }
            for id in (container + 1)..<max(nodes.count, container + 1) where inside[nodes[id].parent] { inside[id] = true }
            return zip(inside, dropped).map { $0 && !$1 }
        }
    }
}
