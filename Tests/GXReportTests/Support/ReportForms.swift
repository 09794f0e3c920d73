import Foundation
@testable import GXReport
import ZIPFoundation

/// Makes the other forms a report takes from its Tika text: an HTML page as a government CMS publishes it, DOCX files
/// in the official template's table structure and as ad-hoc tables, with the slips real documents have.
///
/// Tables 三 and 四 get the official header (merged cells over the applicant columns and the three blocks of 四);
/// data rows keep their cells, the first label cell spanning the label columns a row leaves out, as in the template.
enum ReportForms {
    /// Variations of a form.
    struct Options: Sendable, Hashable, CustomStringConvertible {
        /// Tables rebuilt with the official header and merged label cells (else one cell per Tika cell).
        var official = true
        /// An extra empty cell after every table row.
        var trailingEmptyCell = false
        /// An extra empty cell before every table row (HTML), or a skipped grid column before it (DOCX `gridBefore`).
        var leadingEmptyCell = false
        /// Page metadata (索引号, 发布日期) above the title.
        var metadataAboveTitle = false
        /// The title's year written in Chinese numerals (二〇二〇).
        var chineseYear = false
        /// The title split over two paragraphs at the year (agency on the line above).
        var splitTitle = false

        var description: String {
            var parts: [String] = [official ? "official" : "ad-hoc"]
            if trailingEmptyCell { parts.append("trailing-cell") }
            if leadingEmptyCell { parts.append("leading-cell") }
            if metadataAboveTitle { parts.append("metadata") }
            if chineseYear { parts.append("chinese-year") }
            if splitTitle { parts.append("split-title") }
            return parts.joined(separator: "+")
        }
    }

    /// A row of a form's table: cells with their widths in grid columns, and whether each continues a merged cell above.
    struct FormCell {
        var text: String
        var span = 1
        var mergedAbove = false
        var mergeStart = false
    }

    /// The report's paragraphs and tables as forms lay them out: the title first, tables rebuilt per `options`.
    static func blocks(of text: String, options: Options) -> [FormBlock] {
        let items = TikaLayout.items(of: text)
        let titleEnd = ReportParser.title(in: items).items.upperBound
        var blocks: [FormBlock] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .paragraph(let text, _):
                let line = text.trimmingWhitespace()
                if index < titleEnd {
                    if index == 0 { blocks += titleBlocks(items[..<titleEnd], options: options) }
                    continue
                }
                blocks.append(.paragraph(line))
            case .table(let table):
                blocks.append(.table(formRows(of: table, options: options)))
            }
        }
        return blocks
    }

    /// A paragraph or a table of a form.
    enum FormBlock {
        case paragraph(String)
        case title(String)
        case table([[FormCell]])
    }

    /// The title lines (and metadata above them) per `options`.
    static func titleBlocks(_ items: ArraySlice<TikaLayout.Item>, options: Options) -> [FormBlock] {
        var title = items.compactMap { item -> String? in
            if case .paragraph(let text, _) = item { return text.trimmingWhitespace() }
            return nil
        }.joined()
        let identity = ReportParser.identity(fromTitle: title)
        if options.chineseYear, let year = identity.year {
            title = title.replacingOccurrences(of: "\(year)", with: chineseYear(year))
        }
        var blocks: [FormBlock] = []
        if options.metadataAboveTitle {
            blocks += [.paragraph("索引号：11330281002584620X/2021-00012"), .paragraph("发布机构：\(identity.agency)"),
                       .paragraph("发布日期：\(identity.year.map { "\($0 + 1)-01-20" } ?? "2021-01-20")")]
        }
        if options.splitTitle, let cut = title.range(of: identity.agency), cut.lowerBound == title.startIndex {
            blocks += [.title(identity.agency), .title(String(title[cut.upperBound...]))]
        } else {
            blocks.append(.title(title))
        }
        return blocks
    }

    /// A year written in Chinese numerals, as some titles have it (2020 → 二〇二〇).
    static func chineseYear(_ year: Int) -> String {
        String(String(year).map { Array("〇一二三四五六七八九")[Int(String($0))!] })
    }

    /// A table's rows as a form lays them out.
    static func formRows(of table: RawTable, options: Options) -> [[FormCell]] {
        let texts = table.rows.map { $0.map(\.text) }
        var rows: [[FormCell]]
        let flat = texts.joined().map { $0.removingWhitespace() }
        if options.official, flat.contains("申请人情况") {
            rows = applicationRows(texts)
        } else if options.official, flat.contains("行政复议"), flat.contains("复议后起诉") {
            rows = reviewRows(texts)
        } else {
            rows = texts.map { $0.map { FormCell(text: $0) } }
        }
        if options.trailingEmptyCell { rows = rows.map { $0 + [FormCell(text: "")] } }
        return rows
    }

    /// Table 三 with the official three header rows; label cells spanning the three label columns.
    static func applicationRows(_ texts: [[String]]) -> [[FormCell]] {
        var rows: [[FormCell]] = [
            [FormCell(text: "", span: 3, mergeStart: true), FormCell(text: "申请人情况", span: 7)],
            [FormCell(text: "", span: 3, mergedAbove: true), FormCell(text: "自然人", mergeStart: true),
             FormCell(text: "法人或其他组织", span: 5), FormCell(text: "总计", mergeStart: true)],
            [FormCell(text: "", span: 3, mergedAbove: true), FormCell(text: "", mergedAbove: true)]
                + ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { FormCell(text: $0) }
                + [FormCell(text: "", mergedAbove: true)],
        ]
        // The last label cell starting at each grid column, which an empty label cell below continues.
        var above: [Int: (row: Int, cell: Int)] = [:]
        for row in texts where row.count >= 8 {
            let labels = Array(row.dropLast(7))
            let joined = labels.joined().removingWhitespace()
            if ["申请人情况", "自然人", "商业企业"].contains(where: joined.contains) { continue }
            var cells: [FormCell] = []
            var column = 0
            for (i, text) in labels.enumerated() {
                let span = i == 0 ? 3 - labels.count + 1 : 1
                var cell = FormCell(text: text, span: span)
                if text.isAllWhitespace, i < labels.count - 1, let start = above[column], rows[start.row][start.cell].span == span {
                    cell.mergedAbove = true
                    if !rows[start.row][start.cell].mergedAbove { rows[start.row][start.cell].mergeStart = true }
                }
                above[column] = (rows.count, cells.count)
                cells.append(cell)
                column += span
            }
            cells += row.suffix(7).map { FormCell(text: $0) }
            rows.append(cells)
        }
        return rows
    }

    /// Table 四 with its official three header rows over three blocks of five.
    static func reviewRows(_ texts: [[String]]) -> [[FormCell]] {
        let outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        var rows: [[FormCell]] = [
            [FormCell(text: "行政复议", span: 5, mergeStart: true), FormCell(text: "行政诉讼", span: 10)],
            [FormCell(text: "", span: 5, mergedAbove: true), FormCell(text: "未经复议直接起诉", span: 5),
             FormCell(text: "复议后起诉", span: 5)],
            (outcomes + outcomes + outcomes).map { FormCell(text: $0) },
        ]
        for row in texts where row.count >= 15 {
            let values = row.suffix(15)
            if values.contains(where: { ["维持", "纠正", "总计"].contains(where: $0.contains) }) { continue }
            rows.append(values.map { FormCell(text: $0) })
        }
        return rows
    }

    // MARK: HTML

    /// The report as a CMS page: navigation, breadcrumbs, `<title>` naming only the agency, inline styles on every
    /// cell, `<br>` between a cell's lines, a footer.
    static func html(of text: String, options: Options) -> String {
        let blocks = blocks(of: text, options: options)
        let agency = ReportParser.identity(fromTitle: ReportParser.title(in: TikaLayout.items(of: text)).text).agency
        var out = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(escape(agency))</title></head><body>
            <div class="top"><a href="/">首页</a> | <a href="/gk/">政务公开</a> | <a href="/hd/">互动交流</a></div>
            <div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
            <div class="article" style="width:1000px;margin:0 auto">

            """
        for block in blocks {
            switch block {
            case .title(let line):
                out += "<p style=\"text-align:center;font-size:22px\"><strong>\(escape(line))</strong></p>\n"
            case .paragraph(let line):
                out += "<p style=\"text-indent:2em;line-height:1.5\"><span style=\"font-family:仿宋\">\(escape(line))</span></p>\n"
            case .table(let rows):
                out += "<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tbody>\n"
                for (r, row) in rows.enumerated() {
                    out += "<tr style=\"height:20px\">"
                    if options.leadingEmptyCell { out += "<td style=\"width:1px\"></td>" }
                    var column = 0
                    for cell in row {
                        defer { column += cell.span }
                        if cell.mergedAbove { continue }
                        var attributes = " style=\"border:solid windowtext 1px;padding:0 5px\" valign=\"center\""
                        if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
                        if cell.mergeStart { attributes += " rowspan=\"\(mergedRows(rows, from: r, column: column))\"" }
                        let lines = cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
                        out += "<td\(attributes)><p style=\"text-align:center\"><span style=\"font-size:14px\">"
                            + lines.joined(separator: "<br/>") + "</span></p></td>"
                    }
                    out += "</tr>\n"
                }
                out += "</tbody></table>\n"
            }
        }
        out += """
            </div><div class="footer">主办单位：某某市人民政府办公室 网站标识码：3302810001 浙ICP备00000000号</div>
            </body></html>

            """
        return out
    }

    /// How many rows a merged cell starting at grid `column` of row `r` covers: itself and the continuations below.
    static func mergedRows(_ rows: [[FormCell]], from r: Int, column: Int) -> Int {
        var count = 1
        for below in rows[(r + 1)...] {
            var start = 0
            guard let continuation = below.first(where: { cell in
                defer { start += cell.span }
                return start == column
            }), continuation.mergedAbove else { break }
            count += 1
        }
        return count
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: DOCX

    /// The WordprocessingML of the report's body.
    static func documentXML(of text: String, options: Options) -> String {
        let blocks = blocks(of: text, options: options)
        var body = ""
        // Table text in 9 pt, as reports set it: narrow columns (table 四 has fifteen) then hold three-digit figures.
        func paragraph(_ text: String, centered: Bool = false, small: Bool = false) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            let runs = lines.joined(separator: "</w:t><w:br/><w:t xml:space=\"preserve\">")
            let run = small ? "<w:rPr><w:sz w:val=\"18\"/></w:rPr>" : ""
            return "<w:p>\(centered ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : "")<w:r>\(run)<w:t xml:space=\"preserve\">\(runs)</w:t></w:r></w:p>"
        }
        for block in blocks {
            switch block {
            case .title(let line): body += paragraph(line, centered: true)
            case .paragraph(let line): body += paragraph(line)
            case .table(let rows):
                let width = rows.map { $0.reduce(0) { $0 + $1.span } }.max() ?? 1
                body += "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
                    + "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/>"
                    + "<w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>"
                    + "<w:tblCellMar><w:left w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"28\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
                    + String(repeating: "<w:gridCol w:w=\"\(10000 / max(width, 1))\"/>", count: width + (options.leadingEmptyCell ? 1 : 0))
                    + "</w:tblGrid>"
                for row in rows {
                    body += "<w:tr>"
                    if options.leadingEmptyCell { body += "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" }
                    for cell in row {
                        var properties = ""
                        if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                        if cell.mergeStart { properties += "<w:vMerge w:val=\"restart\"/>" }
                        if cell.mergedAbove { properties += "<w:vMerge/>" }
                        body += "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraph(cell.mergedAbove ? "" : cell.text, small: true))</w:tc>"
                    }
                    body += "</w:tr>"
                }
                body += "</w:tbl><w:p/>"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="900" w:bottom="1440" w:left="900"/></w:sectPr>\
            </w:body></w:document>
            """
    }

    /// A DOCX package holding the report, which Word and LibreOffice open.
    static func docx(of text: String, options: Options) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>
                """),
            ("word/document.xml", documentXML(of: text, options: options)),
        ]
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
