import GXReport

/// The stable name of a number cell of tables 三 and 四, e.g. `t3-new-total` or `t4-review-corrected`.
///
/// It is the cell's anchor on the report page (`…/2023/index.html#t3-new-total`), the `cell` of
/// `data/findings.csv`, and what an accepted finding in the config may name: it survives edits that
/// move lines, where a line and column would not.
enum CellKey {
    /// A cell of table 三.
    static func application(_ row: ApplicationRow, _ column: ApplicantColumn) -> String {
        "t3-\(row.rawValue)-\(column.key)"
    }

    /// A cell of table 四.
    static func review(_ block: ReviewBlock, _ outcome: ReviewOutcome) -> String {
        "t4-\(block.key)-\(outcome.key)"
    }

    /// Every valid key, for checking the config.
    static let all: Set<String> = Set(
        ApplicationRow.allCases.flatMap { row in ApplicantColumn.allCases.map { application(row, $0) } }
            + ReviewBlock.allCases.flatMap { block in ReviewOutcome.allCases.map { review(block, $0) } })

    /// The key of the read cell at `location` (the last one, as in `keys(of:)`), without building the whole map.
    static func key(at location: SourceLocation, in report: Report) -> String? {
        var found: String?
        if let t = report.applications {
            for row in t.rows {
                for (j, cell) in t.cells[row]!.enumerated() where cell.location == location {
                    if let column = ApplicantColumn(rawValue: j) { found = application(row, column) }
                }
            }
        }
        if let t = report.review {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases where t[block, outcome].location == location { found = review(block, outcome) }
            }
        }
        return found
    }

    /// Each read cell's key by its source location.
    static func keys(of report: Report) -> [SourceLocation: String] {
        var keys: [SourceLocation: String] = [:]
        if let t = report.applications {
            for row in t.rows {
                for (j, cell) in t.cells[row]!.enumerated() {
                    guard let column = ApplicantColumn(rawValue: j) else { continue }
                    keys[cell.location] = application(row, column)
                }
            }
        }
        if let t = report.review {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases { keys[t[block, outcome].location] = review(block, outcome) }
            }
        }
        return keys
    }

    /// Whether `text` names a cell: a key, or `line:column` (1-based, as in the diagnostics).
    static func isValid(_ text: String) -> Bool {
        if all.contains(text) { return true }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0).map { $0 > 0 } == true }
    }
}
