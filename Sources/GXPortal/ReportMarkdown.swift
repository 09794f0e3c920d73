import GXMarkdown
import GXReport

/// Composes the readable GFM page of one report (`report.md`); every character from the report is escaped.
struct ReportMarkdown {
    var entry: ReportEntry
    /// Marks to attach to cells, keyed by cell location (from the findings).
    var marks: CellMarks
    /// The report's narrative, composed when it was parsed or from the entry's sections.
    var narrative: Narrative

    init(entry: ReportEntry, narrative: Narrative? = nil) {
        self.entry = entry
        self.marks = CellMarks(entry: entry)
        self.narrative = narrative ?? Narrative(of: entry.report)
    }

    /// Said under a table whose figures were recovered from crawled text.
    static let recoveredNote = "本表的数字由抓取文本推算：原文表格被压平为文字，各行数字连在一起，表中数字是唯一满足模板等式的拆分结果，页面上已逐格标出，请与原报告核对。\n\n"

    /// Shown where a cell was left blank, which is not the same as 0.
    static let blankMark = "—"

    func compose() -> String {
        let r = entry.report
        var md = "# \(MarkdownText.escape(r.title.isEmpty ? "\(r.agency)\(r.year)年度政府信息公开工作年度报告" : r.title))\n\n"
        md += factsBox()
        md += summaryOfFindings()
        md += narrative.preamble
        for part in narrative.parts {
            md += "## \(MarkdownText.escape(part.kind?.title ?? part.heading))\n\n"
            md += part.text
            switch part.kind {
            case .proactive?: md += r.disclosure.map(disclosure) ?? part.rawTables
            case .applications?: md += r.applications.map(applications) ?? part.rawTables
            case .reviewLitigation?: md += r.review.map(review) ?? part.rawTables
            default: break
            }
        }
        return md
    }

    func factsBox() -> String {
        let r = entry.report
        var rows: [(String, String)] = [
            ("机关", r.agency),
            ("地区", r.region.isEmpty ? "未识别" : r.region),
            ("年度", "\(r.year)"),
            ("模板", Self.templateName(r.template)),
            ("来源文件", r.source),
        ]
        if let published = r.published { rows.append(("发布日期", published)) }
        var md = "| 项目 | 内容 |\n| --- | --- |\n"
        for (k, v) in rows { md += "| \(k) | \(MarkdownText.tableCell(v)) |\n" }
        return md + "\n"
    }

    static func templateName(_ t: TemplateKind) -> String {
        switch t {
        case .t2019: "2019年版（国办公开办函〔2019〕60号）"
        case .t2021: "2021年版（国办公开办函〔2021〕30号）"
        case .other: "其他格式"
        }
    }

    static func blocks(_ blocks: [Block]) -> String {
        var md = ""
        for block in blocks {
            switch block {
            case .paragraph(let text, _):
                md += (Self.isSubheading(text) ? "### " : "") + MarkdownText.escape(text) + "\n\n"
            case .table(let table): md += rawTable(table)
            }
        }
        return md
    }

    /// Short lines such as `（一）主动公开情况` are the author's sub-headings.
    static func isSubheading(_ text: String) -> Bool {
        guard text.count <= 30, let first = text.first, first == "（" || first == "(" else { return false }
        return !text.hasSuffix("。") && !text.hasSuffix("；") && !text.hasSuffix("，")
    }

    /// A table that could not be interpreted is shown cell for cell, as written.
    static func rawTable(_ table: RawTable) -> String {
        let width = min(table.rows.map(\.count).max() ?? 0, 40)
        guard width > 0 else { return "" }
        var md = "| " + (1...width).map { "列\($0)" }.joined(separator: " | ") + " |\n"
        md += "|" + String(repeating: " --- |", count: width) + "\n"
        for row in table.rows {
            let cells = (0..<width).map { $0 < row.count ? MarkdownText.tableCell(row[$0].displayText) : "" }
            md += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return md + "\n"
    }

    func disclosure(_ d: Disclosure) -> String {
        var md = ""
        for item in d.items {
            md += "### \(MarkdownText.escape(item.title))\n\n"
            let width = max(item.columns.count, item.rows.map(\.values.count).max() ?? 0)
            var header = ["信息内容"]
            for i in 0..<width { header.append(i < item.columns.count ? item.columns[i] : "") }
            md += "| " + header.map(MarkdownText.tableCell).joined(separator: " | ") + " |\n"
            // Figures align right; free text such as 公开渠道 reads better left-aligned.
            let aligns = (0..<width).map { i in
                item.rows.allSatisfy { i >= $0.values.count || $0.values[i].isEmpty || $0.values[i].first!.isNumber } ? " ---: |" : " --- |"
            }
            md += "| --- |" + aligns.joined() + "\n"
            for row in item.rows {
                let values = (0..<width).map { $0 < row.values.count ? MarkdownText.tableCell(row.values[$0]) : "" }
                md += "| " + ([MarkdownText.tableCell(row.label)] + values).joined(separator: " | ") + " |\n"
            }
            md += "\n"
        }
        return md
    }

    /// Appends a cell's text as the tables show it: its figure, the blank mark, or its text escaped.
    static func appendCellText(_ cell: Cell, to md: inout String) {
        switch cell.value {
        case .number(let n): md += String(n)
        case .blank: md += blankMark
        case .text(let t): md += MarkdownText.tableCell(t)
        }
    }

    /// Appends a table row: its label and its cells, each between bars.
    static func appendRow(_ label: String, _ cells: some Sequence<Cell>, to md: inout String) {
        md += "| "
        md += label
        md += " |"
        for cell in cells {
            md += " "
            appendCellText(cell, to: &md)
            md += " |"
        }
        md += "\n"
    }

    private static let applicationsHeader = "| 申请情况 | " + ApplicantColumn.allCases.map(\.label).joined(separator: " | ") + " |\n"
        + "| --- |" + String(repeating: " ---: |", count: ApplicantColumn.allCases.count) + "\n"

    private static let reviewHeader = "| 类别 | " + ReviewOutcome.allCases.map(\.label).joined(separator: " | ") + " |\n"
        + "| --- |" + String(repeating: " ---: |", count: ReviewOutcome.allCases.count) + "\n"

    // Appended piece by piece: every report's page is composed, and joining each row's cells made strings to throw away.
    func applications(_ table: ApplicationTable) -> String {
        var md = Self.applicationsHeader
        md.reserveCapacity(md.utf8.count + table.rows.count * 96 + 256)
        for row in table.rows {
            Self.appendRow(MarkdownText.tableCell(row.displayLabel), table.cells[row]!, to: &md)
        }
        md += "\n商业企业、科研机构、社会公益组织、法律服务机构、其他为“法人或其他组织”。“\(Self.blankMark)”表示原报告该单元格空白，不同于0。\n\n"
        if table.rows.contains(where: { table.cells[$0]!.contains(where: \.isRecovered) }) { md += Self.recoveredNote }
        return md + findingList(marks.findings(in: .applications))
    }

    func review(_ table: ReviewTable) -> String {
        var md = Self.reviewHeader
        for block in ReviewBlock.allCases {
            Self.appendRow(block.label, ReviewOutcome.allCases.map { table[block, $0] }, to: &md)
        }
        md += "\n"
        if table.cells.contains(where: \.isRecovered) { md += Self.recoveredNote }
        return md + findingList(marks.findings(in: .review))
    }
}

extension ReportMarkdown {
    static func severityName(_ s: Finding.Severity) -> String {
        s == .error ? "错误" : "警告"
    }

    /// One list item per finding; a finding on a cell links to the cell's anchor.
    func findingList(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "" }
        var md = "本表校验发现：\n\n"
        for f in findings { md += "- " + item(f) + "\n" }
        return md + "\n"
    }

    /// An accepted finding reads `已说明（警告）：… 说明：<reason>`.
    func item(_ f: Finding) -> String {
        let label = f.acceptance == nil ? Self.severityName(f.severity) : "已说明（\(Self.severityName(f.severity))）"
        var text = "\(label)：\(MarkdownText.escape(f.message))（第\(f.line)行第\(f.column)列，规则 `\(f.rule)`）"
        if let reason = f.acceptance { text += " 说明：\(MarkdownText.escape(reason))" }
        if let anchor = marks.anchor(at: f.location) { text += " [定位](#\(anchor))" }
        return text
    }

    /// The report's validation result near the top, every finding listed.
    func summaryOfFindings() -> String {
        let findings = entry.findings
        var md = "## 校验结果\n\n"
        if findings.isEmpty { return md + "通过：未发现问题。\n\n" }
        md += "发现 \(entry.errorCount) 个错误、\(entry.warningCount) 个警告。"
        md += entry.acceptedCount > 0 ? "另有 \(entry.acceptedCount) 个问题已说明，不计入校验结果。\n\n" : "\n\n"
        // Errors first: they are what a reader must see; blank-cell warnings can run long; accepted ones last.
        let open = findings.filter { !$0.isAccepted }
        for f in open.filter({ $0.severity == .error }) + open.filter({ $0.severity == .warning }) + findings.filter(\.isAccepted) {
            md += "- " + item(f) + "\n"
        }
        return md + "\n"
    }
}
