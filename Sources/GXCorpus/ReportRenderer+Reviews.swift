/// Table 四 (行政复议、行政诉讼): as cells, or flattened into one line of text.
extension ReportRenderer {
    private static let reviewHeaders = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

    /// Table 四 with its two-row header and fifteen figures, recording each figure's line.
    mutating func writeReviews() {
        if model.flattensReviewTable {
            var line = "行政复议行政诉讼"
            line.reserveCapacity(200)
            for _ in 0..<3 { for h in ReportRenderer.reviewHeaders { line += h } }
            line += model.flatReviewDigits
            out.paragraph(line)
            return
        }
        if rng.chance(0.2) { out.blank() }
        let split = rng.chance(0.25)
        out.cell("行政复议")
        out.cell("行政诉讼")
        out.blank()
        reviewHeaderCells(split: split)
        out.cell("未经复议直接起诉")
        out.cell("复议后起诉")
        out.blank()
        for _ in 0..<5 { out.cell("") }
        reviewHeaderCells(split: split)
        reviewHeaderCells(split: split)
        out.blank()
        for i in 0..<15 {
            result.t4Lines[i] = numberCell(model.t4[i], override: model.t4Text[i])
        }
        out.blank()
    }

    /// The five column headers of one block, all but 总计 optionally split over two lines.
    private mutating func reviewHeaderCells(split: Bool) {
        for h in ReportRenderer.reviewHeaders {
            if split, h != "总计" {
                out.cell(lines: [String(h.prefix(2)), String(h.dropFirst(2))])
            } else {
                out.cell(h)
            }
        }
    }
}
