import GXReport

/// `data/findings.csv`: one row per finding of every published report, for evaluators.
///
/// Same conventions as `data/reports.csv`: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting and
/// a leading `'` on text a spreadsheet would run as a formula.
enum FindingsCSV {
    /// Every column's key and Chinese description, in file order (for the data page).
    static let columns: [(key: String, description: String)] = [
        ("id", "报告标识：机关拼音标识/年度"),
        ("agency", "机关全称"),
        ("region", "所属行政区划（未能识别时为空）"),
        ("year", "报告年度"),
        ("rule", "校验规则标识（见“校验规则”页）"),
        ("severity", "级别：error（错误）或 warning（警告）"),
        ("cell", "问题所在单元格的稳定名称（如 t3-new-total，即报告页面上的锚点）；不在表格单元格上的为空"),
        ("where", "位置的文字说明（如 表三 第一项（本年新收） 总计列）"),
        ("file", "原始文件在内容目录中的路径"),
        ("line", "行号（DOCX、HTML、PDF 为段落或表格行的序号）"),
        ("column", "列号（DOCX、HTML、PDF 为单元格在表格网格中的列序号）"),
        ("page", "页码（仅 PDF；其他格式为空）"),
        ("message", "问题说明"),
        ("accepted", "是否已由公开办说明接受：yes 或 no；已说明的问题不计入报告的校验结果"),
        ("reason", "已说明的理由"),
    ]

    /// The file: BOM, header, one CRLF-terminated record per finding, reports in the given order.
    static func csv(_ entries: [ReportEntry]) -> String {
        var out = "\u{FEFF}" + columns.map { ReportsCSV.field($0.key) }.joined(separator: ",") + "\r\n"
        for entry in entries {
            for f in entry.findings {
                let r = entry.report
                let values = [
                    entry.id, r.agency, r.region, String(r.year), f.rule, f.severity.rawValue, CellKey.key(at: f.location, in: r) ?? "",
                    f.where ?? "", f.file, String(f.line), String(f.column), f.page > 0 ? String(f.page) : "", f.message,
                    f.isAccepted ? "yes" : "no", f.acceptance ?? "",
                ]
                out += values.map(ReportsCSV.field).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }
}
