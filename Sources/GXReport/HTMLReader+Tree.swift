extension HTMLReader {
    /// An element: its name, parent and the attributes a reader of reports needs.
    struct Node {
        var name: String
        /// The parent's index in `Tree.nodes`; always smaller than the node's own index (-1 for the root).
        var parent: Int
        /// The lower-cased `class` and `id` values, for recognising page chrome and titles.
        var classAndID: String
        var rowspan: Int
        var colspan: Int
        /// Whether the element ends a paragraph (Layout.blockElements), looked up once rather than per event.
        var isBlock: Bool
    }

    /// The document as properly nested start/end events over a flat node array.
    enum Event {
        case start(Int)
        case end(Int)
        case text(String)
    }

    /// Repairs tag soup into a tree the way browsers roughly do, in time linear in the input.
    ///
    /// Every decision looks only at the top of per-name stacks of open elements, so a stray end tag
    /// or 100,000 nested elements cost constant time each and no recursion is needed.
    struct Tree {
        static let voidElements: Set<String> = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "keygen", "basefont", "bgsound", "frame",
        ]
        static let closesParagraph: Set<String> = [
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
        ]
        static let tableParts: Set<String> = ["td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"]
        /// The largest spans HTML allows; bigger values are clamped like browsers do.
        static let maxColspan = 1000
        static let maxRowspan = 65534

        private(set) var nodes: [Node] = [Node(name: "#document", parent: -1, classAndID: "", rowspan: 1, colspan: 1, isBlock: true)]
        private(set) var events: [Event] = [.start(0)]
        private var stack: [Int] = [0]
        private var open: [String: [Int]] = [:]

        init(tokens: [Token]) {
            for token in tokens {
                switch token {
                case .text(let text): events.append(.text(text))
                case .start(let name, let attributes, let selfClosing): start(name, attributes: attributes, selfClosing: selfClosing)
                case .end(let name): end(name)
                }
            }
            pop(to: 1)
            events.append(.end(0))
        }

        private func innermost(_ name: String) -> Int? {
            open[name]?.last
        }

        private func innermost(_ names: [String]) -> Int? {
            names.compactMap { open[$0]?.last }.max()
        }

        /// The innermost open element that end tags and implicit closes may not cross (a table or its cell).
        private var cellBarrier: Int {
            max(max(open["td"]?.last ?? 0, open["th"]?.last ?? 0), max(open["caption"]?.last ?? 0, open["table"]?.last ?? 0))
        }

        private mutating func push(_ name: String, attributes: [String: String]) {
            let id = nodes.count
            let span = { (key: String, limit: Int) -> Int in
                guard let text = attributes[key]?.trimmingWhitespace(), let n = Int(text.prefix(6)) else { return 1 }
                return min(max(n, key == "rowspan" ? 0 : 1), limit)
            }
            let classAndID = attributes.isEmpty ? "" : ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
            nodes.append(Node(name: name, parent: stack[stack.count - 1], classAndID: classAndID,
                              rowspan: span("rowspan", Self.maxRowspan), colspan: span("colspan", Self.maxColspan),
                              isBlock: Layout.blockElements.contains(name)))
            stack.append(id)
            open[name, default: []].append(stack.count - 1)
            events.append(.start(id))
        }

        /// Closes every open element from the top of the stack down to stack position `position`.
        private mutating func pop(to position: Int) {
            while stack.count > max(position, 1) {
                let id = stack.removeLast()
                open[nodes[id].name]?.removeLast()
                events.append(.end(id))
            }
        }

        private mutating func start(_ name: String, attributes: [String: String], selfClosing: Bool) {
            if Self.closesParagraph.contains(name), let p = innermost("p"), p > cellBarrier { pop(to: p) }
            switch name {
            case "li":
                if let li = innermost("li"), li > max(cellBarrier, innermost(["ul", "ol", "menu"]) ?? 0) { pop(to: li) }
            case "dt", "dd":
                if let item = innermost(["dt", "dd"]), item > max(cellBarrier, innermost("dl") ?? 0) { pop(to: item) }
            case "td", "th":
                if let cell = innermost(["td", "th"]), cell > (innermost("table") ?? 0) { pop(to: cell) }
            case "tr":
                let table = innermost("table") ?? 0
                if let inner = [innermost("tr"), innermost("td"), innermost("th")].compactMap({ $0 }).filter({ $0 > table }).min() {
                    pop(to: inner)
                }
            case "tbody", "thead", "tfoot":
                let table = innermost("table") ?? 0
                let parts = ["tbody", "thead", "tfoot", "tr", "td", "th"].compactMap { innermost($0) }.filter { $0 > table }
                if let inner = parts.min() { pop(to: inner) }
            case "body":
                if let head = innermost("head") { pop(to: head) }
            case "a":
                if let a = innermost("a"), a > cellBarrier { pop(to: a) }
            default: break
            }
            push(name, attributes: attributes)
            if selfClosing || Self.voidElements.contains(name) { pop(to: stack.count - 1) }
        }

        private mutating func end(_ name: String) {
            if name == "br" {
                start("br", attributes: [:], selfClosing: true)
                return
            }
            guard let position = innermost(name) else {
                // `</p>` without an open paragraph still ends one in browsers.
                if name == "p" { start("p", attributes: [:], selfClosing: true) }
                return
            }
            if name == "html" || name == "body" { return }  // content after them still belongs to the page
            let barrier: Int
            if name == "table" {
                barrier = 0
            } else if Self.tableParts.contains(name) {
                barrier = innermost("table") ?? 0
            } else {
                barrier = cellBarrier
            }
            if position > barrier { pop(to: position) }
        }
    }
}
