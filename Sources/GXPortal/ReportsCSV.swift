import GXReport

/// `data/reports.csv`: one row per report with every figure of tables 三 and 四, for spreadsheets.
///
/// UTF-8 with a byte order mark (so Excel reads the Chinese), CRLF line ends, RFC 4180 quoting,
/// stable ASCII column keys, and a leading `'` on text that a spreadsheet would run as a formula.
enum ReportsCSV {
    /// The columns that describe a report, before the figures.
    static let identityColumns: [(key: String, description: String)] = [
        ("id", "报告标识：机关拼音标识/年度"),
        ("agency", "机关全称"),
        ("region", "所属行政区划（未能识别时为空）"),
        ("year", "报告年度"),
        ("template", "表三、表四的格式：2019（2019年版模板，23行）、2021（2021年版模板，25行）或 other（其他）"),
        ("status", "校验结果：pass（通过）、warn（有警告）、fail（有错误）"),
        ("format", "原始文件格式：text、docx 或 html"),
        ("published", "报告所载公开日期（yyyy-MM-dd），未载明时为空"),
        ("source", "原始文件在内容目录中的路径"),
        ("page", "报告页面路径（相对于网站根目录）"),
        ("errors", "错误数"),
        ("warnings", "警告数"),
        ("reuse_percent", "一、五、六部分中本机关自己的文字（通用表述以外）与本机关上一份报告相同的比例（%，向下取整）；没有上一份报告或自己的文字过少时为空"),
        ("shared_reports", "与本报告有相同段落（达到 text-shared 的字数）的其他机关报告数"),
    ]

    /// The figure columns of table 三: every row of both templates × the seven applicant columns.
    static let applicationColumns: [(row: ApplicationRow, column: ApplicantColumn)] =
        ApplicationRow.allCases.flatMap { row in ApplicantColumn.allCases.map { (row, $0) } }

    /// The figure columns of table 四: three blocks × five results.
    static let reviewColumns: [(block: ReviewBlock, outcome: ReviewOutcome)] =
        ReviewBlock.allCases.flatMap { block in ReviewOutcome.allCases.map { (block, $0) } }

    /// Every column's key and its Chinese description, in file order (for the data page).
    static func columns() -> [(key: String, description: String)] {
        identityColumns
            + applicationColumns.map { row, column in
                (key(row, column), "表三 \(rowDescription(row))，\(column.fullLabel)（件；空白表示未填写或不是数字）")
            }
            + reviewColumns.map { block, outcome in
                (key(block, outcome), "表四 \(block.label)，\(outcome.label)（件；空白表示未填写或不是数字）")
            }
    }

    /// The file: BOM, header, one CRLF-terminated record per report in the given order, without text reuse.
    static func csv(_ entries: [ReportEntry]) -> String {
        var out = header
        for entry in entries { out += row(entry, reuse: nil) }
        return out
    }

    /// The byte order mark and the header line.
    static let header = "\u{FEFF}" + columns().map { field($0.key) }.joined(separator: ",") + "\r\n"

    /// One report's line, CRLF included.
    static func row(_ entry: ReportEntry, reuse: ReportReuse?) -> String {
        record(entry, reuse: reuse).map(field).joined(separator: ",") + "\r\n"
    }

    /// One report's values, unquoted, in column order.
    static func record(_ entry: ReportEntry, reuse: ReportReuse?) -> [String] {
        let r = entry.report
        var values = [
            entry.id, r.agency, r.region, String(r.year), r.template.rawValue, entry.status.rawValue,
            r.format, r.published ?? "", r.source, entry.page, String(entry.errorCount), String(entry.warningCount),
            reuse?.percent.map(String.init) ?? "", String(reuse?.shared.count ?? 0),
        ]
        for (row, column) in applicationColumns {
            values.append(applicationFigure(entry, row, column).map { String($0) } ?? "")
        }
        for (block, outcome) in reviewColumns {
            values.append(entry.reviewFigure(block, outcome).map { String($0) } ?? "")
        }
        return values
    }

    /// A figure of table 三; for a 2021 table `other` is the sum of its three parts (blank if any
    /// part is), as in `reports.json`.
    static func applicationFigure(_ entry: ReportEntry, _ row: ApplicationRow, _ column: ApplicantColumn) -> Int? {
        guard row == .other, let table = entry.report.applications,
              table.rows.contains(.otherOther) || table.rows.contains(.otherNoCorrection) else {
            return entry.figure(row, column)
        }
        var sum = 0
        for part: ApplicationRow in [.otherNoCorrection, .otherUnpaidFee, .otherOther] {
            guard let n = table.number(part, column) else { return nil }
            sum += n
        }
        return sum
    }

    /// The column key of a table 三 figure, e.g. `denied_state_secret__natural_person`.
    static func key(_ row: ApplicationRow, _ column: ApplicantColumn) -> String {
        row.jsonPath.joined(separator: "_") + "__" + column.key
    }

    /// The column key of a table 四 figure, e.g. `review__corrected`.
    static func key(_ block: ReviewBlock, _ outcome: ReviewOutcome) -> String {
        block.key + "__" + outcome.key
    }

    /// A row of table 三 in words, with its template where only one template has it.
    static func rowDescription(_ row: ApplicationRow) -> String {
        let label = row.displayLabel
        switch row {
        case .other: return label + "（2021年版模板为下列三项之和）"
        case .otherNoCorrection, .otherUnpaidFee, .otherOther: return label + "（仅2021年版模板）"
        default: return label
        }
    }

    /// One field, defused against spreadsheet formulas and quoted per RFC 4180 when needed.
    static func field(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        // Byte scan: these are all ASCII, and walking grapheme clusters would cost far more.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `s` is an optionally negative decimal number such as `-12` or `-3.5`.
    static func isPlainNumber(_ s: String) -> Bool {
        var digits = Substring(s)
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard !digits.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    }
}
