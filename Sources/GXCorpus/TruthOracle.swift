/// Recomputes, from the generator's own final grid and the renderer's record of where things
/// landed, every finding a correct validator must report for one file.
///
/// It never looks at which injections were planned: a changed figure is caught by whatever
/// equations it breaks, which is how the ground truth lists every one of them.
enum TruthOracle {
    /// The findings of one report file, unsorted.
    static func findings(
        file: String,
        model: ReportModel,
        output: ReportRenderer.Output,
        previousForward: [Int?]?
    ) -> [InjectedError] {
        var check = Check(file: file, model: model, output: output)
        check.table3Cells()
        check.rowSums()
        check.columnSums()
        if model.flattensReviewTable {
            check.flattenedReviewTable()
        } else {
            check.reviewCells()
            check.reviewSums()
        }
        if let previous = previousForward {
            check.carryOver(from: previous)
        }
        check.claims()
        check.publicationDate()
        check.sections()
        check.template()
        return check.found
    }

    /// The figures of 四、结转下年度继续办理 as written, for next year's carry-over check.
    static func forwardRow(of model: ReportModel) -> [Int?] {
        (0..<7).map { model.value(.forward, $0) }
    }

    /// One file's checks, each appending its findings in the order the ground truth has always listed them.
    private struct Check {
        let file: String
        let model: ReportModel
        let output: ReportRenderer.Output
        private(set) var found: [InjectedError] = []

        /// The checks of `file`, rendered from `model` as `output` records.
        init(file: String, model: ReportModel, output: ReportRenderer.Output) {
            self.file = file
            self.model = model
            self.output = output
        }

        /// Records one finding of this file.
        private mutating func add(_ rule: String, _ line: Int, _ column: Int, _ description: String) {
            found.append(InjectedError(file: file, rule: rule, line: line, column: column, description: description))
        }

        /// The line of one cell of table 三.
        private func cellLine(_ row: RowKind, _ c: Int) -> Int { output.t3Lines[ReportModel.index(row, c)] }

        /// Blank and text cells of table 三, one blank-cell finding per row.
        mutating func table3Cells() {
            let columns = RowKind.columnNames
            for row in model.layout.rows where model.rowHasText(row) {
                var blanks: [Int] = []
                for c in 0..<7 {
                    switch model.t3Text[ReportModel.index(row, c)] {
                    case .blank?: blanks.append(c)
                    case .text(let s)?:
                        add("non-numeric-cell", cellLine(row, c), 2, "表三「\(row.shortName)」·\(columns[c])：非数字内容「\(s)」")
                    case nil: break
                    }
                }
                if let first = blanks.first {
                    add("blank-cell", cellLine(row, first), 2,
                        "表三「\(row.shortName)」行空白：" + blanks.map { columns[$0] }.joined(separator: "、"))
                }
            }
        }

        /// row-sum: 总计 = 自然人 + the five 法人 columns.
        mutating func rowSums() {
            for row in model.layout.rows {
                var values: [Int] = []
                for c in 0..<7 { if let v = model.value(row, c) { values.append(v) } }
                guard values.count == 7 else { continue }
                let sum = values[0..<6].reduce(0, +)
                if sum != values[6] {
                    add("row-sum", cellLine(row, 6), 2, "表三「\(row.shortName)」：总计 \(values[6]) ≠ 各列之和 \(sum)")
                }
            }
        }

        /// outcome-sum and reconciliation, per column.
        mutating func columnSums() {
            let columns = RowKind.columnNames
            for c in 0..<7 {
                if let total = model.value(.total, c) {
                    var sum = 0
                    var complete = true
                    for row in model.layout.outcomeRows {
                        if let v = model.value(row, c) { sum += v } else { complete = false; break }
                    }
                    if complete, sum != total {
                        add("outcome-sum", cellLine(.total, c), 2, "表三「\(columns[c])」列：（七）总计 \(total) ≠ 办理结果之和 \(sum)")
                    }
                }
                if let new = model.value(.new, c), let carried = model.value(.carried, c),
                   let total = model.value(.total, c), let forward = model.value(.forward, c),
                   new + carried != total + forward {
                    add("reconciliation", cellLine(.forward, c), 2,
                        "表三「\(columns[c])」列：一+二 = \(new + carried) ≠ （七）总计+四 = \(total + forward)")
                }
            }
        }

        /// Table 四 written as one line of text.
        mutating func flattenedReviewTable() {
            // A reader may rebuild the table only when its glued digits split into the fifteen figures in one way.
            if GluedFigures.reviewSplitCount(model.flatReviewDigits) == 1 {
                add("recovered-table", output.reviewHeadingLine, 1, "表四被展平为一行文字，数字只有一种拆分，由此推算")
            } else {
                add("unparsed-table", output.reviewHeadingLine, 1, "表四被展平为一行文字，无法按单元格读取")
            }
        }

        /// Blank and text cells of table 四, one blank-cell finding for the whole table.
        mutating func reviewCells() {
            var blanks: [Int] = []
            for i in 0..<15 {
                switch model.t4Text[i] {
                case .blank?: blanks.append(i)
                case .text(let s)?:
                    add("non-numeric-cell", output.t4Lines[i], 2,
                        "表四「\(RowKind.reviewBlockNames[i / 5])」·\(RowKind.reviewColumnNames[i % 5])：非数字内容「\(s)」")
                case nil: break
                }
            }
            if let first = blanks.first {
                add("blank-cell", output.t4Lines[first], 2, "表四空白：" + blanks.map {
                    RowKind.reviewBlockNames[$0 / 5] + "·" + RowKind.reviewColumnNames[$0 % 5]
                }.joined(separator: "、"))
            }
        }

        /// review-sum: each block's 总计 = 维持 + 纠正 + 其他 + 尚未审结.
        mutating func reviewSums() {
            for block in 0..<3 {
                let values = (0..<5).compactMap { model.reviewValue(block * 5 + $0) }
                guard values.count == 5 else { continue }
                let sum = values[0] + values[1] + values[2] + values[3]
                if sum != values[4] {
                    add("review-sum", output.t4Lines[block * 5 + 4], 2,
                        "表四「\(RowKind.reviewBlockNames[block])」：总计 \(values[4]) ≠ 维持+纠正+其他+尚未审结 \(sum)")
                }
            }
        }

        /// carry-over: 二、上年结转 against last year's 四、结转下年度继续办理.
        mutating func carryOver(from previous: [Int?]) {
            let columns = RowKind.columnNames
            for c in 0..<7 {
                if let last = previous[c], let now = model.value(.carried, c), last != now {
                    add("carry-over", cellLine(.carried, c), 2,
                        "表三「二、上年结转」·\(columns[c]) \(now) ≠ \(model.year - 1)年「四、结转下年度继续办理」 \(last)")
                }
            }
        }

        /// narrative-mismatch: figures the 总体情况 states against the tables.
        mutating func claims() {
            for stated in output.claims {
                if let truth = model.actual(stated.claim), truth != stated.stated {
                    add("narrative-mismatch", stated.line, stated.column,
                        "总体情况称\(stated.claim.word) \(stated.stated) 件，表格为 \(truth) 件")
                }
            }
        }

        /// late-publication: a written date past the agency's deadline.
        mutating func publicationDate() {
            guard let line = output.dateLine else { return }
            let deadline = model.agency.deadline(for: model.year)
            if deadline < model.publication {
                add("late-publication", line, 1, "公开日期 \(model.publication.iso) 晚于法定期限 \(deadline.iso)")
            }
        }

        /// missing-section: the first of the six sections the file leaves out.
        mutating func sections() {
            let sectionNames = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
            if let missing = output.sections.firstIndex(of: false) {
                add("missing-section", 1, 1, "缺少第\(["一", "二", "三", "四", "五", "六"][missing])部分「\(sectionNames[missing])」")
            }
        }

        /// template-mismatch: a table layout of another year's template.
        mutating func template() {
            if model.layout != Layout.expected(for: model.year) {
                // Like every cell location, the table's starts after the TAB.
                add("template-mismatch", output.table3FirstLine, 2,
                    "\(model.year)年报告使用\(model.layout.name)年版表格（表三\(model.layout.rows.count)行）")
            }
        }
    }
}
