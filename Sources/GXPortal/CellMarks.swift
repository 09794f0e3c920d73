import GXReport

/// Which cells of tables 三 and 四 carry findings, their anchors, and how to mark them in the rendered HTML.
struct CellMarks {
    enum Table { case applications, review }

    /// A cell of either table.
    enum Cell {
        case application(ApplicationRow, ApplicantColumn)
        case review(ReviewBlock, ReviewOutcome)
    }

    struct Ref {
        var table: Table
        /// The cell's position among the table body's `<td>` elements (the row label counts).
        var tdIndex: Int
        var cell: Cell
        var blank: Bool
        /// The figure was recovered from crawled text rather than read from a cell of its own.
        var recovered = false

        /// The cell's anchor id, made only for the cells that get one (most reports flag few cells).
        var anchor: String {
            switch cell {
            case .application(let row, let column): CellKey.application(row, column)
            case .review(let block, let outcome): CellKey.review(block, outcome)
            }
        }
    }

    private(set) var refs: [SourceLocation: Ref] = [:]
    /// The findings on each flagged cell, by the cell's location.
    private var flagged: [SourceLocation: [Finding]] = [:]
    private var onTable: [Table: [Finding]] = [:]

    init(entry: ReportEntry) {
        let report = entry.report
        if let t = report.applications {
            for (i, row) in t.rows.enumerated() {
                for (j, cell) in t.cells[row]!.enumerated() {
                    let column = ApplicantColumn(rawValue: j)!
                    refs[cell.location] = Ref(table: .applications, tdIndex: i * 8 + 1 + j, cell: .application(row, column),
                                              blank: cell.value == .blank, recovered: cell.isRecovered)
                }
            }
        }
        if let t = report.review {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases {
                    let cell = t[block, outcome]
                    refs[cell.location] = Ref(table: .review, tdIndex: block.rawValue * 6 + 1 + outcome.rawValue,
                                              cell: .review(block, outcome), blank: cell.value == .blank, recovered: cell.isRecovered)
                }
            }
        }
        for f in entry.findings {
            guard let ref = refs[f.location] else { continue }
            flagged[f.location, default: []].append(f)
            onTable[ref.table, default: []].append(f)
        }
    }

    func anchor(at location: SourceLocation) -> String? {
        guard let ref = refs[location], flagged[location] != nil else { return nil }
        return ref.anchor
    }

    func findings(in table: Table) -> [Finding] {
        onTable[table] ?? []
    }

    /// The attributes to add to one cell's `<td>`, or nil when it needs none.
    func attributes(for ref: Ref, at location: SourceLocation) -> String? {
        var classes: [String] = []
        if ref.blank { classes.append("cell-blank") }
        if ref.recovered { classes.append("cell-recovered") }
        var titles: [String] = ref.recovered ? [Self.recoveredTitle] : []
        var id = ""
        if let findings = flagged[location] {
            let open = findings.filter { !$0.isAccepted }
            classes.append(open.isEmpty ? "flag flag-accepted" : open.contains { $0.severity == .error } ? "flag flag-error" : "flag flag-warning")
            titles += findings.map { "[\($0.rule)] \($0.message)" + ($0.acceptance.map { "（已说明：\($0)）" } ?? "") }
            id = " id=\"\(ref.anchor)\""
        }
        guard !classes.isEmpty || !titles.isEmpty else { return nil }
        let title = titles.isEmpty ? "" : " title=\"\(XML.escape(titles.joined(separator: "；")))\""
        return " class=\"\(classes.joined(separator: " "))\"" + id + title
    }

    /// The title of a recovered cell, before any finding on it.
    static let recoveredTitle = "由抓取文本推算：原文中该行数字连在一起，此数为唯一满足模板等式的拆分结果"

    /// The first header cell of each table kind, as the composer writes it.
    static func signature(_ table: Table) -> String {
        switch table {
        case .applications: "<table>\n<thead>\n<tr>\n<th>申请情况</th>"
        case .review: "<table>\n<thead>\n<tr>\n<th>类别</th>"
        }
    }

    /// Adds classes, ids and titles to the marked cells of the rendered report.
    func apply(to html: String) -> String {
        guard !refs.isEmpty else { return html }
        var bytes = Array(html.utf8)
        for table in [Table.applications, .review] {
            let marks = refs.filter { $0.value.table == table }.compactMap { location, ref in
                attributes(for: ref, at: location).map { (ref.tdIndex, $0) }
            }
            guard !marks.isEmpty, let start = Self.find(Array(Self.signature(table).utf8), in: bytes, from: 0),
                  let end = Self.find(Array("</table>".utf8), in: bytes, from: start) else { continue }
            let wanted = Dictionary(marks, uniquingKeysWith: { a, _ in a })
            let td = Array("<td".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + marks.count * 120)
            out += bytes[..<start]
            var index = 0
            var i = start
            while let hit = Self.find(td, in: bytes, from: i), hit < end {
                out += bytes[i..<(hit + td.count)]
                if let attrs = wanted[index] { out += attrs.utf8 }
                index += 1
                i = hit + td.count
            }
            out += bytes[i...]
            bytes = out
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first index of `needle` in `haystack` at or after `from`, comparing bytes (Foundation's search is slow on Linux).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
