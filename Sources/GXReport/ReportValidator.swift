/// Checks one report against the rules of docs/validation-rules.md that need nothing but the report itself.
///
/// Parse-time rules (missing-section, unparsed-table, not-a-report) come from `ReportParser`;
/// rules that compare reports (duplicate-report, carry-over) from `CrossReportValidator`.
/// Blank is not zero: an equation that touches a blank or non-numeric cell is skipped, and the
/// cell is reported by `blank-cell` or `non-numeric-cell` instead of a false sum error.
public struct ReportValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// The findings for `report`, sorted by line, column and rule id.
    public func validate(_ report: Report) -> [Finding] {
        var findings: [Finding] = []
        if let table = report.applications {
            findings += cellFindings(table, file: report.source)
            findings += rowSums(table, file: report.source)
            findings += outcomeSums(table, file: report.source)
            findings += reconciliation(table, file: report.source)
        }
        if let review = report.review {
            findings += cellFindings(review, file: report.source)
            findings += reviewSums(review, file: report.source)
        }
        findings += templateMismatch(report)
        findings += narrativeMismatches(report)
        findings += latePublication(report)
        return findings.sorted(by: Self.order)
    }

    /// Source order, so findings read top to bottom like the report.
    package static func order(_ a: Finding, _ b: Finding) -> Bool {
        (a.line, a.column, a.rule) < (b.line, b.column, b.rule)
    }

    // MARK: Table 三

    /// One blank-cell finding per row (the page marks every cell; the list stays short), one per text cell.
    func cellFindings(_ table: ApplicationTable, file: String) -> [Finding] {
        var findings: [Finding] = []
        for row in table.rows {
            guard let cells = table.cells[row] else { continue }
            // Rows of figures, nearly all, have nothing to report.
            if cells.prefix(ApplicantColumn.allCases.count).allSatisfy({ $0.number != nil }) { continue }
            let columns = zip(ApplicantColumn.allCases, cells)
            let blank = columns.filter { $0.1.value == .blank }
            if let first = blank.first {
                let message = Messages.blankCells(row: Messages.rowName(row), cells: blank.map { Messages.columnName($0.0) })
                findings.append(Rule.blankCell.finding(file: file, at: first.1.location, message,
                                                       where: Messages.whereApplication(row, first.0)))
            }
            for (column, cell) in columns {
                guard case .text(let raw) = cell.value else { continue }
                let name = "\(Messages.rowName(row))·\(Messages.columnName(column))"
                findings.append(Rule.nonNumericCell.finding(file: file, at: cell.location, Messages.nonNumericCell(name, raw: raw),
                                                            where: Messages.whereApplication(row, column)))
            }
        }
        return findings
    }

    /// `row-sum`: 总计 = 自然人 + the five 法人或其他组织 columns, on the row's 总计 cell.
    func rowSums(_ table: ApplicationTable, file: String) -> [Finding] {
        table.rows.compactMap { row in
            guard let cells = table.cells[row], cells.count == ApplicantColumn.allCases.count,
                  let total = cells[ApplicantColumn.total.rawValue].number
            else { return nil }
            var sum = 0
            for cell in cells.dropLast() {
                guard let part = cell.number else { return nil }
                sum += part
            }
            guard sum != total else { return nil }
            return Rule.rowSum.finding(file: file, at: cells[ApplicantColumn.total.rawValue].location,
                                       Messages.rowSum(row, sum: sum, total: total),
                                       where: Messages.whereApplication(row, .total))
        }
    }

    /// The outcome rows of the table's own template; a 2021 table's （六） is its three sub-rows.
    static func outcomeRows(of table: ApplicationTable) -> [ApplicationRow] {
        let is2021 = table.rows.contains { [.otherNoCorrection, .otherUnpaidFee, .otherOther].contains($0) }
        return ApplicationRow.outcomeRows(in: is2021 ? ApplicationRow.rows2021 : ApplicationRow.rows2019)
    }

    /// `outcome-sum`: per column, （七）总计 = the outcome rows, on the （七）总计 cell.
    func outcomeSums(_ table: ApplicationTable, file: String) -> [Finding] {
        // Looked up once, not once a column: each look-up hashes the row's raw value.
        let outcomes = Self.outcomeRows(of: table).map { table.cells[$0] }
        let totals = table.cells[.total]
        return ApplicantColumn.allCases.compactMap { column in
            guard let totalCell = totals?[column.rawValue], let total = totalCell.number else { return nil }
            // A row the parser could not read is absent, not zero: the column cannot be checked.
            var sum = 0
            for cells in outcomes {
                guard let part = cells?[column.rawValue].number else { return nil }
                sum += part
            }
            guard sum != total else { return nil }
            return Rule.outcomeSum.finding(file: file, at: totalCell.location,
                                           Messages.outcomeSum(column, sum: sum, total: total),
                                           where: Messages.whereApplication(.total, column))
        }
    }

    /// `reconciliation`: per column, 一 + 二 = （七）总计 + 四, on the 四、结转下年度 cell.
    func reconciliation(_ table: ApplicationTable, file: String) -> [Finding] {
        // Looked up once, not once a column.
        let (newCells, carriedCells, totalCells, forwardCells) = (table.cells[.new], table.cells[.carriedOver],
                                                                  table.cells[.total], table.cells[.carriedForward])
        return ApplicantColumn.allCases.compactMap { column in
            guard let new = newCells?[column.rawValue].number, let carried = carriedCells?[column.rawValue].number,
                  let total = totalCells?[column.rawValue].number, let forwardCell = forwardCells?[column.rawValue],
                  let forward = forwardCell.number
            else { return nil }
            guard new + carried != total + forward else { return nil }
            return Rule.reconciliation.finding(file: file, at: forwardCell.location,
                                               Messages.reconciliation(column, received: new + carried, settled: total + forward),
                                               where: Messages.whereApplication(.carriedForward, column))
        }
    }

    // MARK: Table 四

    /// Table 四 has one data row, so at most one blank-cell finding; one per text cell.
    func cellFindings(_ review: ReviewTable, file: String) -> [Finding] {
        var findings: [Finding] = []
        let named = ReviewBlock.allCases.flatMap { block in ReviewOutcome.allCases.map { (block, $0) } }
        let blank = named.filter { review[$0.0, $0.1].value == .blank }
        if let first = blank.first {
            let message = Messages.blankCells(row: Messages.reviewRowName, cells: blank.map { Messages.reviewCellName($0.0, $0.1) })
            findings.append(Rule.blankCell.finding(file: file, at: review[first.0, first.1].location, message,
                                                   where: Messages.whereReview(first.0, first.1)))
        }
        for (block, outcome) in named {
            let cell = review[block, outcome]
            guard case .text(let raw) = cell.value else { continue }
            findings.append(Rule.nonNumericCell.finding(file: file, at: cell.location,
                                                        Messages.nonNumericCell(Messages.reviewCellName(block, outcome), raw: raw),
                                                        where: Messages.whereReview(block, outcome)))
        }
        return findings
    }

    /// `review-sum`: 维持 + 纠正 + 其他 + 尚未审结 = 总计 in each block, on the block's 总计 cell.
    func reviewSums(_ review: ReviewTable, file: String) -> [Finding] {
        ReviewBlock.allCases.compactMap { block in
            let totalCell = review[block, .total]
            guard let total = totalCell.number else { return nil }
            let parts = [ReviewOutcome.upheld, .corrected, .other, .pending].map { review[block, $0].number }
            guard !parts.contains(nil) else { return nil }
            let sum = parts.reduce(0) { $0 + $1! }
            guard sum != total else { return nil }
            return Rule.reviewSum.finding(file: file, at: totalCell.location, Messages.reviewSum(block, sum: sum, total: total),
                                          where: Messages.whereReview(block, .total))
        }
    }

    // MARK: Whole report

    /// `template-mismatch`: only a recognised layout can be the wrong one; "other" is unparsed-table's business.
    func templateMismatch(_ report: Report) -> [Finding] {
        guard let table = report.applications, report.year > 0 else { return [] }
        let found = table.template
        let expected = TemplateKind.expected(forYear: report.year)
        guard found != .other, found != expected else { return [] }
        return [Rule.templateMismatch.finding(file: report.source, at: table.location,
                                              Messages.templateMismatch(year: report.year, found: found, expected: expected),
                                              where: Messages.whereApplicationTable)]
    }
}
