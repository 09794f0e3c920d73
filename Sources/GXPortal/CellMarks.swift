import GXReport

/// Which cells of tables 三 and 四 carry findings or were recovered, their anchors, and the attributes that mark them.
struct CellMarks {
    enum Table { case applications, review }

    /// A cell of either table.
    enum Cell: Hashable {
        case application(ApplicationRow, ApplicantColumn)
        case review(ReviewBlock, ReviewOutcome)
    }

    struct Ref {
        var table: Table
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

    /// What marks one cell: its classes, its anchor when a finding sits on it, and its title.
    struct Attributes: Equatable {
        var classes: [String]
        var id: String?
        var title: String?
    }

    private(set) var refs: [SourceLocation: Ref] = [:]
    /// The report's tables, where each cell's location is found.
    private let applications: ApplicationTable?
    private let review: ReviewTable?
    /// The findings on each flagged cell, by the cell's location.
    private var flagged: [SourceLocation: [Finding]] = [:]
    private var onTable: [Table: [Finding]] = [:]

    init(entry: ReportEntry) {
        let report = entry.report
        (applications, review) = (report.applications, report.review)
        if let t = report.applications {
            for row in t.rows {
                for (j, cell) in t.cells[row]!.enumerated() {
                    let key = Cell.application(row, ApplicantColumn(rawValue: j)!)
                    refs[cell.location] = Ref(table: .applications, cell: key, blank: cell.value == .blank, recovered: cell.isRecovered)
                }
            }
        }
        if let t = report.review {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases {
                    let cell = t[block, outcome]
                    refs[cell.location] = Ref(table: .review, cell: .review(block, outcome), blank: cell.value == .blank,
                                              recovered: cell.isRecovered)
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

    /// The marks of `cell`: blank, recovered, flagged by findings (with its anchor); nil when it has none.
    func attributes(of cell: Cell) -> Attributes? {
        let location: SourceLocation?
        switch cell {
        case .application(let row, let column): location = applications?.cells[row]?[column.rawValue].location
        case .review(let block, let outcome): location = review?[block, outcome].location
        }
        guard let location, let ref = refs[location] else { return nil }
        // Most cells carry no mark: answered before any list is made.
        guard ref.blank || ref.recovered || flagged[location] != nil else { return nil }
        var classes: [String] = []
        if ref.blank { classes.append("cell-blank") }
        if ref.recovered { classes.append("cell-recovered") }
        var titles: [String] = ref.recovered ? [Self.recoveredTitle] : []
        var id: String?
        if let findings = flagged[location] {
            let open = findings.filter { !$0.isAccepted }
            classes.append(open.isEmpty ? "flag flag-accepted" : open.contains { $0.severity == .error } ? "flag flag-error" : "flag flag-warning")
            titles += findings.map { "[\($0.rule)] \($0.message)" + ($0.acceptance.map { "（已说明：\($0)）" } ?? "") }
            id = ref.anchor
        }
        guard !classes.isEmpty || !titles.isEmpty else { return nil }
        return Attributes(classes: classes, id: id, title: titles.isEmpty ? nil : titles.joined(separator: "；"))
    }

    /// The title of a recovered cell, before any finding on it.
    static let recoveredTitle = "由抓取文本推算：原文中该行数字连在一起，此数为唯一满足模板等式的拆分结果"
}
