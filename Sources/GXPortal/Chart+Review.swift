import GXReport

extension Chart {
    /// The result columns drawn for each row of `reviewResults`, with 纠正 singled out.
    static let reviewCategories: [(label: String, corrected: Bool)] = [
        ("维持", false), ("纠正", true), ("其他结果", false), ("尚未审结", false),
    ]

    /// Fill of 纠正 bars (and colour of their label): 6.6:1 against white.
    static let correctedColour = "#b42318"

    /// Table 四 of reports as two rows, 行政复议 and 行政诉讼 (both litigation blocks added): each
    /// figure the sum of the filled cells across the reports, nil when none is filled.
    static func reviewRows(_ entries: [ReportEntry])
        -> [(label: String, upheld: Int?, corrected: Int?, other: Int?, pending: Int?)] {
        func sum(_ blocks: [ReviewBlock], _ outcome: ReviewOutcome) -> Int? {
            var total: Int?
            for entry in entries {
                for block in blocks {
                    if let n = entry.reviewFigure(block, outcome) { total = (total ?? 0) + n }
                }
            }
            return total
        }
        return [("行政复议", [ReviewBlock.review]), ("行政诉讼", [.litigationDirect, .litigationAfterReview])].map { label, blocks in
            (label, sum(blocks, .upheld), sum(blocks, .corrected), sum(blocks, .other), sum(blocks, .pending))
        }
    }

    /// Grouped horizontal bars of 行政复议/行政诉讼 results (维持, 纠正, 其他结果, 尚未审结); 纠正
    /// has its own colour and a bold label, and every bar states its figure.
    static func reviewResults(id rawID: String, title: String = "行政复议、行政诉讼结果",
                              rows: [(label: String, upheld: Int?, corrected: Int?, other: Int?, pending: Int?)]) -> Chart {
        let id = elementID(rawID)
        let groups = rows.map { (label: $0.label, values: [$0.upheld, $0.corrected, $0.other, $0.pending]) }
        let tableHTML = table(id: id, caption: title, columns: ["类别"] + reviewCategories.map { $0.label },
                              rows: groups.map { [$0.label] + $0.values.map(figure) })
        let description = groups.map { group in
            "\(group.label)：" + reviewCategories.indices.map { "\(reviewCategories[$0].label) \(figure(group.values[$0]))" }
                .joined(separator: "，")
        }.joined(separator: "；") + "。"
        let maxValue = groups.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        guard maxValue > 0 else {
            return empty(id: id, title: title, detail: groups.isEmpty ? "" : description, tableHTML: tableHTML)
        }

        let labelWidth = 72
        let barMax = Double(width - 2 * margin - labelWidth - 56)
        var body = ""
        var y = 40
        for group in groups {
            body += "<text x=\"\(margin)\" y=\"\(y + 14)\" font-weight=\"bold\">\(text(group.label))</text>\n"
            y += 22
            for (i, category) in reviewCategories.enumerated() {
                let colour = category.corrected ? correctedColour : palette[0]
                let labelStyle = category.corrected ? " font-weight=\"bold\" fill=\"\(correctedColour)\"" : ""
                body += "<g><text x=\"\(margin)\" y=\"\(y + 11)\"\(labelStyle)>\(category.label)</text>"
                let bx = Double(margin + labelWidth)
                if let v = group.values[i] {
                    let w = v == 0 ? 0 : max(2, barMax * Double(v) / Double(maxValue))
                    if w > 0 {
                        body += "<rect x=\"\(num(bx))\" y=\"\(y + 1)\" width=\"\(num(w))\" height=\"12\" fill=\"\(colour)\"/>"
                    }
                    body += "<text x=\"\(num(bx + w + 6))\" y=\"\(y + 11)\"\(labelStyle)>\(v)</text>"
                } else {
                    body += "<text x=\"\(num(bx))\" y=\"\(y + 11)\" fill=\"\(muted)\">\(blank)</text>"
                }
                body += "</g>\n"
                y += 20
            }
            y += 10
        }
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: y + 4, body: body),
                     tableHTML: tableHTML)
    }
}
