import GXReport

extension Chart {
    /// The six outcome groups of table 三 (本年度办理结果), in template order.
    enum Outcome: Int, Sendable, CaseIterable, Hashable {
        case granted, partlyGranted, denied, unable, notProcessed, other

        /// The group's short name.
        var label: String {
            switch self {
            case .granted: "予以公开"
            case .partlyGranted: "部分公开"
            case .denied: "不予公开"
            case .unable: "无法提供"
            case .notProcessed: "不予处理"
            case .other: "其他处理"
            }
        }

        /// The group's fill (at least 4.5:1 against white).
        var colour: String {
            switch self {
            case .granted: "#1a7f37"
            case .partlyGranted: "#0969da"
            case .denied: "#b42318"
            case .unable: "#8a5300"
            case .notProcessed: "#8250df"
            case .other: "#57606a"
            }
        }

        /// The rows of table 三 that make up the group (both templates' 其他处理 rows).
        var rows: [ApplicationRow] {
            switch self {
            case .granted: [.granted]
            case .partlyGranted: [.partlyGranted]
            case .denied: [.stateSecret, .prohibitedByLaw, .securityStability, .thirdPartyRights,
                           .internalAffairs, .processInformation, .enforcementFiles, .queryMatters]
            case .unable: [.notHeld, .needsCreation, .unclearAfterCorrection]
            case .notProcessed: [.complaint, .duplicate, .publication, .excessive, .confirmOrReissue]
            case .other: [.other, .otherNoCorrection, .otherUnpaidFee, .otherOther]
            }
        }
    }

    /// The six outcome figures (总计 column) of reports, in `Outcome` order: each the sum of the
    /// filled cells of its rows across the reports, nil when none of them is filled.
    static func outcomeValues(_ entries: [ReportEntry]) -> [Int?] {
        Outcome.allCases.map { outcome in
            var sum: Int?
            for entry in entries {
                for row in outcome.rows {
                    if let n = entry.figure(row) { sum = (sum ?? 0) + n }
                }
            }
            return sum
        }
    }

    /// One bar of `outcomeMix`: its label, the six figures in `Outcome` order, and their sum.
    private typealias OutcomeBar = (label: String, values: [Int?], total: Int)

    /// Stacked horizontal bars of the six outcomes (values in `Outcome` order), one bar per
    /// agency-year or year, each segment's share written out beside a colour key.
    static func outcomeMix(id rawID: String, title: String = "申请办理结果构成",
                           bars: [(label: String, values: [Int?])]) -> Chart {
        let id = elementID(rawID)
        let outcomes = Outcome.allCases
        let rows: [OutcomeBar] = bars.map { bar in
            let values = outcomes.map { $0.rawValue < bar.values.count ? bar.values[$0.rawValue] : nil }
            return (bar.label, values, values.reduce(0) { $0 + max(0, $1 ?? 0) })
        }
        let tableHTML = table(id: id, caption: title, columns: ["项目"] + outcomes.map(\.label) + ["合计"],
                              rows: rows.map { row in [row.label] + row.values.map { shown($0, of: row.total) } + [String(row.total)] })
        let description = rows.map { row in
            "\(row.label)：" + outcomes.map { "\($0.label) \(shown(row.values[$0.rawValue], of: row.total))" }.joined(separator: "，")
                + "；合计 \(row.total) 件"
        }.joined(separator: "。") + "。"
        guard rows.contains(where: { $0.total > 0 }) else {
            return empty(id: id, title: title, detail: rows.isEmpty ? "" : "各项办理结果均为 0 或未填报。", tableHTML: tableHTML)
        }

        var y = 40
        var body = ""
        for row in rows {
            body += "<text x=\"\(margin)\" y=\"\(y + 14)\" font-weight=\"bold\">\(text(row.label))：共 \(row.total) 件</text>\n"
            let barY = y + 22
            if row.total == 0 {
                body += "<text x=\"\(margin)\" y=\"\(barY + 16)\" fill=\"\(muted)\">\(noData)</text>\n"
            } else {
                outcomeSegments(row, y: barY, into: &body)
            }
            outcomeKey(row, y: barY, into: &body)
            y = barY + 22 + 20 + 18 + 16
        }
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: y, body: body),
                     tableHTML: tableHTML)
    }

    /// An outcome's figure with its share of `total`, or the blank mark.
    private static func shown(_ v: Int?, of total: Int) -> String {
        guard let v else { return blank }
        return total > 0 ? "\(v)（\(percent(v, of: total))）" : String(v)
    }

    /// The bar of a row with a total: a segment per outcome, its share written inside where it fits.
    private static func outcomeSegments(_ row: OutcomeBar, y barY: Int, into body: inout String) {
        let barWidth = Double(width - 2 * margin)
        var x = Double(margin)
        body += "<g stroke=\"#ffffff\" stroke-width=\"1\">"
        var inside = ""
        for outcome in Outcome.allCases {
            guard let v = row.values[outcome.rawValue], v > 0 else { continue }
            let w = barWidth * Double(v) / Double(row.total)
            body += "<rect x=\"\(num(x))\" y=\"\(barY)\" width=\"\(num(w))\" height=\"22\" fill=\"\(outcome.colour)\"/>"
            let share = percent(v, of: row.total)
            if Double(textWidth(share, size: 11) + 8) <= w {
                inside += "<text x=\"\(num(x + w / 2))\" y=\"\(barY + 15)\">\(share)</text>"
            }
            x += w
        }
        body += "</g>\n<g font-size=\"11\" fill=\"#ffffff\" text-anchor=\"middle\">\(inside)</g>\n"
    }

    /// The key under a bar, in three columns: every outcome with its colour, figure and share.
    private static func outcomeKey(_ row: OutcomeBar, y barY: Int, into body: inout String) {
        let columnWidth = (width - 2 * margin) / 3
        body += "<g>"
        for outcome in Outcome.allCases {
            let kx = margin + (outcome.rawValue % 3) * columnWidth
            let ky = barY + 22 + 20 + (outcome.rawValue / 3) * 18
            body += "<rect x=\"\(kx)\" y=\"\(ky - 10)\" width=\"10\" height=\"10\" fill=\"\(outcome.colour)\"/>"
            body += "<text x=\"\(kx + 14)\" y=\"\(ky)\">\(outcome.label) \(shown(row.values[outcome.rawValue], of: row.total))</text>"
        }
        body += "</g>\n"
    }
}
