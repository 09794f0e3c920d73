/// `submissions/<year>/submissions.csv`: the submissions page as a spreadsheet, one row per agency.
///
/// Same conventions as `data/reports.csv` (BOM, CRLF, RFC 4180, formula-safe).
enum SubmissionsCSV {
    /// Every column's key and Chinese description, in file order.
    static let columns: [(key: String, description: String)] = [
        ("year", "报告年度"),
        ("agency", "机关全称"),
        ("region", "所属行政区划"),
        ("kind", "department（部门，1月31日前公布）或 government（本级政府，3月31日前公布）；未列入名单的为空"),
        ("contact", "联系人"),
        ("state", "published（已发布）、late（逾期）、errors（有错误）、missing（未报送）或 unlisted（未列入名单）"),
        ("state_label", "状态的中文名称"),
        ("published", "发布日期（yyyy-MM-dd），报告未载明时为空"),
        ("deadline", "适用的法定期限（yyyy-MM-dd）"),
        ("page", "报告页面路径（相对于网站根目录）"),
        ("errors", "未说明的错误数"),
        ("warnings", "未说明的警告数"),
    ]

    /// The file for one year.
    static func csv(year: Int, _ rows: [Submission]) -> String {
        var out = "\u{FEFF}" + columns.map { ReportsCSV.field($0.key) }.joined(separator: ",") + "\r\n"
        for s in rows {
            let values = [
                String(year), s.agency, s.region, s.expected?.kind.rawValue ?? "", s.expected?.contact ?? "",
                s.state.rawValue, s.state.label, s.report?.report.published ?? "", s.deadline, s.report?.page ?? "",
                s.report.map { String($0.errorCount) } ?? "", s.report.map { String($0.warningCount) } ?? "",
            ]
            out += values.map(ReportsCSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
