import GXReport

/// A figure of tables 三 or 四 that differs between two versions of a corrected report.
struct FigureChange: Equatable {
    /// The cell's stable name (`CellKey`), e.g. `t3-new-total`.
    var cell: String
    /// The cell in words, e.g. `表三 一、本年新收政府信息公开申请数量·总计`.
    var name: String
    /// The earlier version's cell as shown (a figure, 空白, the text written, or 未读取).
    var old: String
    /// The later version's cell as shown.
    var new: String

    /// How a cell reads in a change list.
    static func display(_ cell: Cell?) -> String {
        guard let cell else { return SiteMessages.cellNotRead }
        switch cell.value {
        case .number(let n): return String(n)
        case .blank: return SiteMessages.cellBlank
        case .text(let t): return t
        }
    }

    /// Every cell of tables 三 and 四 that reads differently in `new` than in `old`, in table order.
    static func between(_ old: Report, _ new: Report) -> [FigureChange] {
        var changes: [FigureChange] = []
        let rows = ApplicationRow.allCases.filter { row in
            old.applications?.cells[row] != nil || new.applications?.cells[row] != nil
        }
        for row in rows {
            for column in ApplicantColumn.allCases {
                let a = display(old.applications?[row, column]), b = display(new.applications?[row, column])
                guard a != b else { continue }
                changes.append(FigureChange(cell: CellKey.application(row, column),
                                            name: "表三 \(Messages.rowName(row))·\(Messages.columnName(column))", old: a, new: b))
            }
        }
        if old.review != nil || new.review != nil {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases {
                    let a = display(old.review?[block, outcome]), b = display(new.review?[block, outcome])
                    guard a != b else { continue }
                    changes.append(FigureChange(cell: CellKey.review(block, outcome),
                                                name: "表四 \(Messages.reviewCellName(block, outcome))", old: a, new: b))
                }
            }
        }
        return changes
    }
}
