/// Table 三 (收到和处理政府信息公开申请情况): its header, row labels and figures.
extension ReportRenderer {
    /// The wordings of the row labels that vary between reports.
    private struct RowLabels {
        let new: String
        let carried: String
        let forward: String
        /// Whether （三）不予公开 is split over three lines.
        let splitDenied: Bool
    }

    /// Table 三, recording the line of its first cell and of every figure.
    mutating func writeApplications() {
        writeApplicationsHeader()
        let labels = drawRowLabels()
        for row in model.layout.rows {
            writeRowLabel(row, labels)
            for c in 0..<7 {
                let i = ReportModel.index(row, c)
                result.t3Lines[i] = numberCell(model.t3[i], override: model.t3Text[i])
            }
            out.blank()
        }
    }

    /// The reconciliation note and the two header rows of applicant columns.
    private mutating func writeApplicationsHeader() {
        if rng.chance(0.15) {
            result.table3FirstLine = out.line
            out.cell(lines: ["（本列数据的勾稽关系为：", "第一项加第二项之和，等于第三项", "加第四项之和）"])
        } else {
            result.table3FirstLine = out.cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        }
        out.cell("申请人情况")
        out.blank()
        out.cell("")
        if rng.chance(0.1) { out.cell(lines: [" ", "自然人"]) } else { out.cell("自然人") }
        out.cell("法人或其他组织")
        out.cell("总计")
        out.blank()
        out.cell("")
        out.cell("")
        if rng.chance(0.4) {
            out.cell(lines: ["商业", "企业"])
            out.cell(lines: ["科研", "机构"])
        } else {
            out.cell("商业企业")
            out.cell("科研机构")
        }
        out.cell("社会公益组织")
        out.cell("法律服务机构")
        out.cell("其他")
        out.cell("")
        out.blank()
    }

    /// Draws this report's wording of the row labels.
    private mutating func drawRowLabels() -> RowLabels {
        let newLabel = rng.chance(0.15) ? "一、本年新收到政府信息公开申请数量" : RowKind.new.label
        let carriedLabel = rng.chance(0.15) ? "二、上年转结政府信息公开申请数量" : RowKind.carried.label
        let forwardLabel = rng.chance(0.1) ? "四、转结下年度继续办理" : RowKind.forward.label
        let splitDenied = rng.chance(0.1)
        return RowLabels(new: newLabel, carried: carriedLabel, forward: forwardLabel, splitDenied: splitDenied)
    }

    /// The label cells of one row: the 三、本年度办理结果 and group cells where they start, then the row's own label.
    private mutating func writeRowLabel(_ row: RowKind, _ labels: RowLabels) {
        switch row {
        case .new: out.cell(labels.new)
        case .carried: out.cell(labels.carried)
        case .forward: out.cell(labels.forward)
        case .granted:
            out.cell("三、本年度办理结果")
            out.cell(row.label)
        case .partly, .other, .total:
            out.cell("")
            out.cell(row.label)
        case .secret:
            out.cell("")
            if labels.splitDenied { out.cell(lines: ["（三）", "不予", "公开"]) } else { out.cell("（三）不予公开") }
            out.cell(row.label)
        case .notHeld, .complaint:
            out.cell("")
            out.cell(row == .notHeld ? "（四）无法提供" : "（五）不予处理")
            out.cell(row.label)
        case .noCorrection:
            out.cell("")
            out.cell("（六）其他处理")
            out.cell(row.label)
        default:
            out.cell("")
            out.cell("")
            out.cell(row.label)
        }
    }
}
