import GXReport

/// `data/text-reuse.csv`: one row per passage of every pair of reports a text-reuse rule flags (a report and its
/// agency's previous report for `text-reuse`, a report and another agency's for `text-shared`).
///
/// Same conventions as `data/reports.csv`: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting and a leading `'` on
/// text a spreadsheet would run as a formula.
enum TextReuseCSV {
    /// Every column's key and Chinese description, in file order (for the data page).
    static let columns: [(key: String, description: String)] = [
        ("id", "报告标识：机关拼音标识/年度"),
        ("agency", "机关全称"),
        ("year", "报告年度"),
        ("rule", "text-reuse（与本机关上一份报告相同）或 text-shared（与其他机关报告相同）"),
        ("other_id", "另一份报告的标识"),
        ("other_agency", "另一份报告的机关"),
        ("other_year", "另一份报告的年度"),
        ("percent", "text-reuse：本机关自己的文字与上一份报告相同的比例（%，向下取整）；text-shared 为空"),
        ("section", "段落所在部分：1（总体情况）、5（存在的主要问题及改进情况）或 6（其他需要报告的事项）"),
        ("own_chars", "段落中本机关自己的文字（通用表述以外）的字数，不计空白、数字和标点"),
        ("text", "相同的段落（只保留文字，去掉空白、数字和标点）"),
    ]

    /// The file: BOM, header, one CRLF-terminated record per passage, reports in the given order; a report's share is
    /// flagged as the site's settings say.
    static func csv(_ entries: [ReportEntry], site: SiteModel) -> String {
        var out = "\u{FEFF}" + columns.map { ReportsCSV.field($0.key) }.joined(separator: ",") + "\r\n"
        for entry in entries {
            guard let reuse = site.reuse(of: entry) else { continue }
            let flaggedPrevious = reuse.reuse.reaches(site.config.reuse)
            let shared = Set(reuse.shared.map(\.link))
            for p in reuse.passages where p.fromPrevious ? flaggedPrevious : shared.contains(p.link) {
                let values = [
                    entry.id, entry.report.agency, String(entry.report.year), p.fromPrevious ? "text-reuse" : "text-shared",
                    p.link.id, p.link.agency, String(p.link.year), p.fromPrevious ? reuse.percent.map(String.init) ?? "" : "",
                    String(p.passage.section), String(p.passage.own), p.passage.text,
                ]
                out += values.map(ReportsCSV.field).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }
}
