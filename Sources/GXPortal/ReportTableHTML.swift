import GXBuild
import GXMarkdown
import GXReport

/// The report page's tables, rendered from cmark-gfm's parse of `report.md`: table 三 with the official form's grouped
/// header and row groups, table 四 with its three blocks, any other table with column (and row) headers; each with a
/// caption naming its section, every data cell linked to its headers (`headers`, `scope`), figures right-aligned and
/// marked cells carrying `CellMarks`' attributes. Cell contents stay cmark-gfm's (escaped) HTML.
final class ReportTableHTML {
    private let marks: CellMarks
    /// Tables rendered so far: ids are numbered in page order.
    private var count = 0

    init(marks: CellMarks) {
        self.marks = marks
    }

    /// The HTML of `table`: a captioned table in a box that scrolls on its own on narrow screens.
    func render(_ table: MarkdownTable) -> String {
        count += 1
        let caption = XML.escape(table.headings.dropFirst().joined(separator: " · ").nonEmpty ?? "报告基本信息")
        let (id, body): (String, String)
        if let form = applications(table) {
            (id, body) = (Self.applicationsID, form)
        } else if let form = review(table) {
            (id, body) = (Self.reviewID, form)
        } else {
            id = "tbl\(count)"
            body = generic(table, id: id)
        }
        return "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
            + "<table id=\"\(id)\">\n<caption id=\"\(id)-caption\">\(caption)</caption>\n" + body + "</table>\n</div>\n"
    }

    /// A data cell: its headers, right-aligned when a figure, with the cell's marks.
    /// `headers` is the ids of its header cells, joined by spaces.
    private func cell(_ html: String, headers: String, figure: Bool = true, marked: CellMarks.Cell? = nil, into out: inout String) {
        out += "<td headers=\""
        out += headers
        out += "\""
        guard let attributes = marked.flatMap({ marks.attributes(of: $0) }) else {
            out += figure ? " class=\"num\">" : ">"
            out += html
            out += "</td>"
            return
        }
        let classes = (figure ? ["num"] : []) + attributes.classes
        if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
        if let anchor = attributes.id { out += " id=\"\(anchor)\"" }
        if let title = attributes.title { out += " title=\"\(XML.escape(title))\"" }
        out += ">"
        out += html
        out += "</td>"
    }

    /// A header cell with its id, scope and spans.
    static func th(_ text: String, id: String, scope: String, colspan: Int = 1, rowspan: Int = 1) -> String {
        var out = "<th id=\"\(id)\" scope=\"\(scope)\""
        if colspan > 1 { out += " colspan=\"\(colspan)\"" }
        if rowspan > 1 { out += " rowspan=\"\(rowspan)\"" }
        return out + ">\(XML.escape(text))</th>"
    }

    /// Table 三 as the form: 申请人情况 over 自然人, 法人或其他组织 (five columns) and 总计; rows grouped under
    /// 三、本年度办理结果 and its （三）–（六）. Nil when `table` is not table 三 as `ReportMarkdown` writes it.
    private func applications(_ table: MarkdownTable) -> String? {
        let columns = ApplicantColumn.allCases
        guard Self.same(table.header, Self.applicationsHeader) else { return nil }
        let labels = table.rows.map { $0.first ?? "" }
        let rows = Self.standardRows.first { Self.same(labels, $0.labels) }?.rows
            ?? table.rows.compactMap { $0.first.flatMap { Self.rowsByLabel[$0] } }
        guard rows.count == table.rows.count, table.rows.allSatisfy({ $0.count == columns.count + 1 }) else { return nil }
        let layout = Self.standardLayouts[rows] ?? FormLayout(rows: rows)
        var out = layout.head
        out.reserveCapacity(layout.head.utf8.count + rows.count * 1200)
        for (i, row) in rows.enumerated() {
            out += "<tr>"
            out += layout.labels[i]
            for (j, html) in table.rows[i].dropFirst().enumerated() {
                cell(html, headers: layout.headers[i][j], marked: .application(row, columns[j]), into: &out)
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n"
    }

    /// What table 三 looks like around its figures, for one list of rows: the column groups and header, each row's
    /// label cells and each cell's `headers`. The same for every report of a template, so made once for each.
    struct FormLayout {
        var head: String
        var labels: [String]
        var headers: [[String]]

        init(rows: [ApplicationRow]) {
            let id = ReportTableHTML.applicationsID, columns = ApplicantColumn.allCases
            head = "<colgroup span=\"3\"></colgroup><colgroup></colgroup><colgroup span=\"5\"></colgroup><colgroup></colgroup>\n<thead>\n"
            head += "<tr><td colspan=\"3\" rowspan=\"3\"></td>" + th("申请人情况", id: "\(id)-applicant", scope: "colgroup", colspan: 7) + "</tr>\n"
            head += "<tr>" + th(columns[0].label, id: "\(id)-c0", scope: "col", rowspan: 2)
                + th("法人或其他组织", id: "\(id)-org", scope: "colgroup", colspan: 5)
                + th(columns[6].label, id: "\(id)-c6", scope: "col", rowspan: 2) + "</tr>\n<tr>"
            for j in 1...5 { head += th(columns[j].label, id: "\(id)-c\(j)", scope: "col") }
            head += "</tr>\n</thead>\n<tbody>\n"
            let columnHeaders = columns.indices.map { j in "\(id)-applicant " + ((1...5).contains(j) ? "\(id)-org " : "") + "\(id)-c\(j)" }
            labels = []
            headers = []
            for i in rows.indices {
                let (html, ids) = Self.rowHeaders(rows, i, id: id)
                labels.append(html)
                headers.append(columnHeaders.map { ids.joined(separator: " ") + " " + $0 })
            }
        }

        /// The header cells that open row `i` (the row groups it starts, then its own label) and the ids of every row
        /// header of its data cells.
        private static func rowHeaders(_ rows: [ApplicationRow], _ i: Int, id: String) -> (html: String, ids: [String]) {
            let row = rows[i]
            let own = "\(id)-r\(i)"
            guard let group = row.group else { return (th(row.label, id: own, scope: "row", colspan: 3), [own]) }
            let inResults = { (r: ApplicationRow) in r.group != nil }
            let resultsStart = rows[..<i].lastIndex { !inResults($0) }.map { $0 + 1 } ?? 0
            let results = "\(id)-results"
            var html = ""
            if i == resultsStart {
                let span = rows[i...].prefix(while: inResults).count
                html += th("三、本年度办理结果", id: results, scope: "rowgroup", rowspan: span)
            }
            guard group != "三、本年度办理结果" else { return (html + th(row.label, id: own, scope: "row", colspan: 2), [results, own]) }
            let groupStart = rows[..<i].lastIndex { $0.group != group }.map { $0 + 1 } ?? 0
            let subgroup = "\(id)-g\(groupStart)"
            if i == groupStart {
                html += th(group, id: subgroup, scope: "rowgroup", rowspan: rows[i...].prefix { $0.group == group }.count)
            }
            return (html + th(row.label, id: own, scope: "row"), [results, subgroup, own])
        }
    }

    /// The layouts of the two templates' row lists.
    private static let standardLayouts = Dictionary(uniqueKeysWithValues: [ApplicationRow.rows2019, ApplicationRow.rows2021].map {
        ($0, FormLayout(rows: $0))
    })

    /// The id of table 三, which prefixes its header cells' ids (one table 三 a page; cells' anchors are `t3-<row>-<column>`).
    static let applicationsID = "t3h"

    /// The id of table 四, as `applicationsID`.
    static let reviewID = "t4h"

    /// Table 三's header row in `report.md`.
    private static let applicationsHeader = ["申请情况"] + ApplicantColumn.allCases.map(\.label)

    /// The two templates' rows with their labels as cmark-gfm renders them, matched first: comparing bytes in order
    /// spares hashing and normalising every label of every report.
    private static let standardRows = [ApplicationRow.rows2021, ApplicationRow.rows2019].map { rows in
        (rows: rows, labels: rows.map { XML.escape($0.displayLabel) })
    }

    /// Whether two lists of strings hold the same bytes (String's `==` compares canonical equivalence, which for Chinese
    /// text means normalising both).
    private static func same(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    /// Table 三's rows by their label in `report.md`, as cmark-gfm renders it.
    private static let rowsByLabel = Dictionary(ApplicationRow.allCases.map { (XML.escape($0.displayLabel), $0) }) { a, _ in a }

    /// Table 四 as the form: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), each with its five results, over one
    /// row of figures. Nil when `table` is not table 四 as `ReportMarkdown` writes it.
    private func review(_ table: MarkdownTable) -> String? {
        let outcomes = ReviewOutcome.allCases, blocks = ReviewBlock.allCases
        guard Self.same(table.header, Self.reviewHeader), Self.same(table.rows.map { $0.first ?? "" }, Self.reviewRowLabels),
              table.rows.allSatisfy({ $0.count == outcomes.count + 1 }) else { return nil }
        var out = Self.reviewHead
        for (b, block) in blocks.enumerated() {
            for (k, outcome) in outcomes.enumerated() {
                cell(table.rows[b][k + 1], headers: Self.reviewHeaders[b][k], marked: .review(block, outcome), into: &out)
            }
        }
        return out + "</tr>\n</tbody>\n"
    }

    /// Table 四's header and rows in `report.md`.
    private static let reviewHeader = ["类别"] + ReviewOutcome.allCases.map(\.label)
    private static let reviewRowLabels = ReviewBlock.allCases.map { XML.escape($0.label) }

    /// Table 四's column groups and header, up to its row of figures.
    private static let reviewHead: String = {
        let id = reviewID, outcomes = ReviewOutcome.allCases
        var out = "<colgroup span=\"5\"></colgroup><colgroup span=\"5\"></colgroup><colgroup span=\"5\"></colgroup>\n<thead>\n"
        out += "<tr>" + th("行政复议", id: "\(id)-b0", scope: "colgroup", colspan: 5)
            + th("行政诉讼", id: "\(id)-lit", scope: "colgroup", colspan: 10) + "</tr>\n<tr>"
        for (k, outcome) in outcomes.enumerated() { out += th(outcome.label, id: "\(id)-b0-\(k)", scope: "col", rowspan: 2) }
        out += th("未经复议直接起诉", id: "\(id)-b1", scope: "colgroup", colspan: 5)
            + th("复议后起诉", id: "\(id)-b2", scope: "colgroup", colspan: 5) + "</tr>\n<tr>"
        for b in 1...2 {
            for (k, outcome) in outcomes.enumerated() { out += th(outcome.label, id: "\(id)-b\(b)-\(k)", scope: "col") }
        }
        return out + "</tr>\n</thead>\n<tbody>\n<tr>"
    }()

    /// The `headers` of each figure of table 四, by block and result.
    private static let reviewHeaders: [[String]] = (0..<3).map { b in
        (0..<5).map { k in (b == 0 ? "\(reviewID)-b0 " : "\(reviewID)-lit \(reviewID)-b\(b) ") + "\(reviewID)-b\(b)-\(k)" }
    }

    /// Any other table: its header row as column headers and, unless its columns are only numbered (a table shown as
    /// written), its first column as row headers.
    private func generic(_ table: MarkdownTable, id: String) -> String {
        let rowHeads = !(table.header.first ?? "").isEmpty && table.header.first != "列1"
        var out = "<thead>\n<tr>"
        for (j, text) in table.header.enumerated() {
            let right = j < table.alignments.count && table.alignments[j] == .right
            out += "<th id=\"\(id)-c\(j)\" scope=\"col\"\(right ? " class=\"num\"" : "")>\(text)</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (i, row) in table.rows.enumerated() {
            out += "<tr>"
            for (j, html) in row.enumerated() {
                if j == 0 && rowHeads {
                    out += "<th id=\"\(id)-r\(i)\" scope=\"row\">\(html)</th>"
                } else {
                    let right = j < table.alignments.count && table.alignments[j] == .right
                    cell(html, headers: (rowHeads ? "\(id)-r\(i) " : "") + "\(id)-c\(j)", figure: right, into: &out)
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n"
    }
}

private extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
